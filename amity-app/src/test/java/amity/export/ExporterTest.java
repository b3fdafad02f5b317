package amity.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.http.SampleStore;
import amity.model.Event;
import amity.store.Json;
import amity.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports round-trip: CSV and JSON Lines parse back to the store's rows, Parquet reads back in DuckDB. */
class ExporterTest {
  @TempDir static Path dir;
  static Store store;

  @BeforeAll
  static void open() throws Exception {
    store = SampleStore.open(dir.resolve("s"));
  }

  @AfterAll
  static void close() throws Exception {
    store.close();
  }

  static String export(Exporter.Table t, Exporter.Format f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Exporter(store).write(t, f, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Parses RFC 4180 CSV: quoted fields may hold commas, quotes and newlines. */
  static List<List<String>> parseCsv(String s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          f.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(f.toString());
        f.setLength(0);
      } else if (c == '\n') {
        row.add(f.toString());
        f.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        f.append(c);
      }
    }
    return rows;
  }

  @Test
  void csvHasTheDocumentedColumnsAndOneRowAnEvent() throws Exception {
    List<Event> events = store.events().all();
    List<List<String>> rows = parseCsv(export(Exporter.Table.EVENTS, Exporter.Format.CSV));
    assertThat(rows.get(0)).isEqualTo(Exporter.columns(Exporter.Table.EVENTS));
    assertThat(rows).hasSize(events.size() + 1);
    for (int i = 0; i < events.size(); i++) {
      List<String> r = rows.get(i + 1);
      assertThat(r).hasSameSizeAs(rows.get(0));
      assertThat(r.get(0)).isEqualTo(events.get(i).id());
      assertThat(r.get(4)).isEqualTo(events.get(i).form());
      assertThat(r.get(9)).isEqualTo(String.join("|", events.get(i).actors().stream().map(a -> a.name()).toList()));
    }
    List<List<String>> entities = parseCsv(export(Exporter.Table.ENTITIES, Exporter.Format.CSV));
    assertThat(entities).hasSize(store.entities().all().size() + 1);
    List<List<String>> mentions = parseCsv(export(Exporter.Table.MENTIONS, Exporter.Format.CSV));
    assertThat(mentions).hasSize((int) (long) store.counts().get("mentions") + 1);
  }

  @Test
  void jsonLinesAreTheCommandLinesObjects() throws Exception {
    List<String> lines = export(Exporter.Table.EVENTS, Exporter.Format.JSONL).lines().toList();
    assertThat(lines).isEqualTo(store.events().all().stream().map(e -> Json.write(Json.event(e))).toList());
    List<String> entities = export(Exporter.Table.ENTITIES, Exporter.Format.JSONL).lines().toList();
    assertThat(entities).isEqualTo(store.entities().all().stream().map(e -> Json.write(Json.entity(e))).toList());
  }

  @Test
  void parquetReadsBackInDuckDb() throws Exception {
    Path events = dir.resolve("events.parquet");
    Path entities = dir.resolve("entities.parquet");
    Path mentions = dir.resolve("mentions.parquet");
    Exporter x = new Exporter(store);
    assertThat(x.writeParquet(Exporter.Table.EVENTS, events)).isEqualTo(store.events().all().size());
    x.writeParquet(Exporter.Table.ENTITIES, entities);
    x.writeParquet(Exporter.Table.MENTIONS, mentions);
    List<Event> expected = store.events().all();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT id, len(actor_ids), sources, confidence FROM '" + events + "'")) {
        int i = 0;
        while (rs.next()) {
          ids.add(rs.getString(1));
          assertThat(rs.getInt(2)).isEqualTo(expected.get(i).actors().size());
          assertThat(rs.getInt(3)).isEqualTo(expected.get(i).sources().size());
          assertThat(rs.getDouble(4)).isBetween(0.0, 1.0);
          i++;
        }
      }
      assertThat(ids).isEqualTo(expected.stream().map(Event::id).toList());
      try (ResultSet rs = st.executeQuery("SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '" + events + "')")) {
        List<String> cols = new ArrayList<>();
        while (rs.next()) {
          cols.add(rs.getString(1));
          if (rs.getString(1).equals("fields")) assertThat(rs.getString(2)).isEqualTo("VARCHAR[]");
          if (rs.getString(1).equals("sources")) assertThat(rs.getString(2)).isEqualTo("INTEGER");
        }
        assertThat(cols).isEqualTo(Exporter.columns(Exporter.Table.EVENTS));
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM '" + entities + "' WHERE list_contains(aliases, '苏林')")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM '" + mentions + "'")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(store.counts().get("mentions"));
      }
    }
  }

  @Test
  void gdeltRowsHaveGdeltsSixtyOneColumns() throws Exception {
    List<String> lines = export(Exporter.Table.EVENTS, Exporter.Format.GDELT).lines().toList();
    assertThat(lines).hasSize(store.events().all().size());
    for (String l : lines) assertThat(l.split("\t", -1)).hasSize(61);
    // The Tô Lâm – Díaz-Canel call of 8 January 2025: CAMEO 041, discuss by telephone.
    String phone = lines.stream()
        .filter(l -> l.contains("\t20250108\t") && l.split("\t", -1)[26].equals("041"))
        .findFirst().orElseThrow();
    String[] c = phone.split("\t", -1);
    assertThat(c[1]).isEqualTo("20250108");
    assertThat(c[3]).isEqualTo("2025");
    assertThat(c[28]).isEqualTo("04");
    assertThat(c[29]).isEqualTo("1");
    assertThrows(IllegalArgumentException.class, () -> export(Exporter.Table.ENTITIES, Exporter.Format.GDELT));
  }
}
