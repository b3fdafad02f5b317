package amity.export;

import amity.model.Actor;
import amity.model.Entity;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Quantity;
import amity.store.EventFilter;
import amity.store.Json;
import amity.store.Store;
import amity.store.StoreException;
import amity.store.StoryRepository;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Writes a store's events, entities or mentions in a format analysts' tools read. Rows are
 * streamed from the store; only Parquet goes through a temporary file (DuckDB converts it).
 * Stateless apart from its store; one export at a time.
 *
 * <pre>{@code
 * new Exporter(store).write(Exporter.Table.EVENTS, Exporter.Format.CSV, out);
 * }</pre>
 */
public final class Exporter {
  /** What to export. */
  public enum Table { EVENTS, ENTITIES, MENTIONS }

  /** How to write it. */
  public enum Format { CSV, JSONL, PARQUET, GDELT }

  /** A column: name, SQL type for Parquet, and its value in a row. */
  private record Column<T>(String name, String type, Function<T, @Nullable Object> value) {}

  private static final String LIST = "VARCHAR[]";

  private static final List<Column<Event>> EVENT_COLUMNS = List.of(
      new Column<>("id", "VARCHAR", Event::id),
      new Column<>("date", "VARCHAR", e -> e.date() == null ? null : e.date().start().iso()),
      new Column<>("date_end", "VARCHAR", e -> e.date() == null || e.date().end() == null ? null : e.date().end().iso()),
      new Column<>("type", "VARCHAR", Event::type),
      new Column<>("form", "VARCHAR", Event::form),
      new Column<>("cameo", "VARCHAR", Event::cameo),
      new Column<>("mode", "VARCHAR", e -> e.mode().wire()),
      new Column<>("status", "VARCHAR", e -> e.status().wire()),
      new Column<>("actor_ids", LIST, e -> e.actors().stream().map(Actor::entity).toList()),
      new Column<>("actor_names", LIST, e -> e.actors().stream().map(Actor::name).toList()),
      new Column<>("actor_roles", LIST, e -> e.actors().stream().map(a -> a.role().wire()).toList()),
      new Column<>("countries", LIST, Event::countries),
      new Column<>("location_id", "VARCHAR", e -> e.location() == null ? null : e.location().entity()),
      new Column<>("location_name", "VARCHAR", e -> e.location() == null ? null : e.location().name()),
      new Column<>("fields", LIST, Event::fields),
      new Column<>("quantities", LIST, e -> e.quantities().stream().map(Exporter::quantity).toList()),
      new Column<>("languages", LIST, e -> distinct(e.sources(), Evidence::lang)),
      new Column<>("sources", "INTEGER", e -> e.sources().size()),
      new Column<>("docs", LIST, e -> distinct(e.sources(), Evidence::doc)),
      new Column<>("stories", LIST, e -> distinct(e.sources(), Evidence::story)),
      new Column<>("confidence", "DOUBLE", e -> e.shownConfidence()));

  private static final List<Column<Entity>> ENTITY_COLUMNS = List.of(
      new Column<>("id", "VARCHAR", Entity::id),
      new Column<>("type", "VARCHAR", e -> e.type().name()),
      new Column<>("name", "VARCHAR", Entity::name),
      new Column<>("country", "VARCHAR", Entity::country),
      new Column<>("mentions", "INTEGER", Entity::mentions),
      new Column<>("aliases", LIST, Entity::aliases));

  private static final List<Column<StoryRepository.MentionExport>> MENTION_COLUMNS = List.of(
      new Column<>("story", "VARCHAR", StoryRepository.MentionExport::story),
      new Column<>("idx", "INTEGER", StoryRepository.MentionExport::idx),
      new Column<>("doc", "VARCHAR", StoryRepository.MentionExport::doc),
      new Column<>("lang", "VARCHAR", StoryRepository.MentionExport::lang),
      new Column<>("start", "INTEGER", StoryRepository.MentionExport::start),
      new Column<>("end", "INTEGER", StoryRepository.MentionExport::end),
      new Column<>("doc_start", "INTEGER", StoryRepository.MentionExport::docStart),
      new Column<>("doc_end", "INTEGER", StoryRepository.MentionExport::docEnd),
      new Column<>("surface", "VARCHAR", StoryRepository.MentionExport::surface),
      new Column<>("type", "VARCHAR", StoryRepository.MentionExport::type),
      new Column<>("finder", "VARCHAR", StoryRepository.MentionExport::finder),
      new Column<>("kb_id", "VARCHAR", StoryRepository.MentionExport::kbId),
      new Column<>("roles", LIST, m -> m.roles().isEmpty() ? List.of() : List.of(m.roles().split(","))),
      new Column<>("country", "VARCHAR", StoryRepository.MentionExport::country),
      new Column<>("local_entity", "VARCHAR", StoryRepository.MentionExport::localEntity),
      new Column<>("entity", "VARCHAR", StoryRepository.MentionExport::entity),
      new Column<>("entity_name", "VARCHAR", StoryRepository.MentionExport::entityName));

  private final Store store;

  public Exporter(Store store) {
    this.store = store;
  }

  /** {@return the column names of a table in CSV, JSON Lines and Parquet} */
  public static List<String> columns(Table t) {
    return columnsOf(t).stream().map(Column::name).toList();
  }

  private static List<? extends Column<?>> columnsOf(Table t) {
    return switch (t) {
      case EVENTS -> EVENT_COLUMNS;
      case ENTITIES -> ENTITY_COLUMNS;
      case MENTIONS -> MENTION_COLUMNS;
    };
  }

  /**
   * Writes {@code table} as {@code format} to {@code out} (not closed).
   *
   * @return rows written
   * @throws IllegalArgumentException for GDELT of anything but events
   */
  public long write(Table table, Format format, OutputStream out) throws IOException {
    if (format == Format.GDELT && table != Table.EVENTS) {
      throw new IllegalArgumentException("the gdelt format holds events only, not " + table.name().toLowerCase(Locale.ROOT));
    }
    if (format == Format.PARQUET) {
      Path tmp = Files.createTempFile("amity-export", ".parquet");
      try {
        long n = writeParquet(table, tmp);
        Files.copy(tmp, out);
        return n;
      } finally {
        Files.deleteIfExists(tmp);
      }
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    long n;
    try {
      n = switch (format) {
        case CSV -> rows(table, w, true);
        case JSONL -> rows(table, w, false);
        case GDELT -> Gdelt.write(store, w);
        case PARQUET -> throw new IllegalStateException("unreachable");
      };
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    w.flush();
    return n;
  }

  /** Writes {@code table} as Parquet to {@code file} through DuckDB; returns the rows written. */
  public long writeParquet(Table table, Path file) throws IOException {
    Path json = Files.createTempFile("amity-export", ".jsonl");
    try {
      long n;
      try (Writer w = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
        n = rows(table, w, false, true);
      }
      StringBuilder cols = new StringBuilder();
      for (Column<?> c : columnsOf(table)) {
        if (cols.length() > 0) cols.append(", ");
        cols.append('\'').append(c.name()).append("': '").append(c.type()).append('\'');
      }
      String sql = "COPY (SELECT * FROM read_json(" + literal(json) + ", format = 'newline_delimited', columns = {" + cols + "}))"
          + " TO " + literal(file) + " (FORMAT PARQUET, COMPRESSION ZSTD)";
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
        st.execute(sql);
      } catch (SQLException e) {
        throw new IOException("cannot write Parquet " + file + ": " + e.getMessage(), e);
      }
      return n;
    } finally {
      Files.deleteIfExists(json);
    }
  }

  private static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private long rows(Table table, Writer w, boolean csv) throws StoreException {
    return rows(table, w, csv, false);
  }

  /**
   * Writes rows as CSV, or as JSON Lines: the command line's objects for events and entities, or
   * (flat) one object a row with the CSV's columns, lists as arrays.
   */
  @SuppressWarnings("unchecked")
  private long rows(Table table, Writer w, boolean csv, boolean flat) throws StoreException {
    long[] n = {0};
    List<Column<Object>> cols = (List<Column<Object>>) (List<?>) columnsOf(table);
    try {
      if (csv) w.write(String.join(",", columns(table)) + "\n");
    } catch (IOException e) {
      throw new StoreException("cannot write: " + e.getMessage(), e);
    }
    java.util.function.Consumer<Object> each = row -> {
      try {
        if (csv) {
          w.write(csvLine(cols, row));
        } else if (!flat && row instanceof Event e) {
          w.write(Json.write(Json.event(e)));
          w.write('\n');
        } else if (!flat && row instanceof Entity e) {
          w.write(Json.write(Json.entity(e)));
          w.write('\n');
        } else {
          w.write(Json.write(flatJson(cols, row)));
          w.write('\n');
        }
        n[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
    switch (table) {
      case EVENTS -> store.events().forEach(EventFilter.ALL, Integer.MAX_VALUE, 0, each::accept);
      case ENTITIES -> store.entities().forEach(each::accept);
      case MENTIONS -> store.stories().forEachMention(each::accept);
    }
    return n[0];
  }

  private static ObjectNode flatJson(List<Column<Object>> cols, Object row) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    for (Column<Object> c : cols) {
      Object v = c.value().apply(row);
      if (v == null) {
        o.putNull(c.name());
      } else if (v instanceof List<?> l) {
        ArrayNode a = o.putArray(c.name());
        l.forEach(x -> a.add(String.valueOf(x)));
      } else if (v instanceof Integer i) {
        o.put(c.name(), i);
      } else if (v instanceof Double d) {
        o.put(c.name(), d);
      } else {
        o.put(c.name(), v.toString());
      }
    }
    return o;
  }

  private static String csvLine(List<Column<Object>> cols, Object row) {
    StringBuilder sb = new StringBuilder();
    for (Column<Object> c : cols) {
      if (sb.length() > 0) sb.append(',');
      Object v = c.value().apply(row);
      if (v instanceof List<?> l) {
        List<String> parts = new ArrayList<>();
        l.forEach(x -> parts.add(String.valueOf(x)));
        v = String.join("|", parts);
      }
      sb.append(csv(v == null ? "" : v.toString()));
    }
    return sb.append('\n').toString();
  }

  /**
   * Writes events as CSV in the columns of {@code columns(EVENTS)}: the header, then one row an
   * event, lines ended by CRLF as RFC 4180 has them (for a download, which spreadsheets open).
   */
  @SuppressWarnings("unchecked")
  public static void writeEventsCsv(Iterable<Event> events, Writer w) throws IOException {
    List<Column<Object>> cols = (List<Column<Object>>) (List<?>) EVENT_COLUMNS;
    w.write(String.join(",", columns(Table.EVENTS)) + "\r\n");
    for (Event e : events) {
      String line = csvLine(cols, e);
      w.write(line, 0, line.length() - 1);
      w.write("\r\n");
    }
  }

  /** {@return a CSV field, quoted when it must be (RFC 4180)} */
  public static String csv(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String quantity(Quantity q) {
    double v = q.value();
    String num = v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    return num + " " + q.unit();
  }

  private static List<String> distinct(List<Evidence> sources, Function<Evidence, String> f) {
    Set<String> s = new LinkedHashSet<>();
    for (Evidence e : sources) if (!f.apply(e).isEmpty()) s.add(f.apply(e));
    return List.copyOf(s);
  }

  /** {@return the ISO 3166 alpha-3 code of an alpha-2 code (CAMEO country codes are alpha-3), or ""} */
  static String alpha3(@Nullable String iso2) {
    if (iso2 == null || iso2.length() != 2) return "";
    try {
      return new Locale("", iso2).getISO3Country();
    } catch (MissingResourceException e) {
      return "";
    }
  }

  static Map<String, String> urls(Store store, List<Event> events) throws StoreException {
    Set<String> docs = new LinkedHashSet<>();
    for (Event e : events) if (!e.sources().isEmpty()) docs.add(e.sources().get(0).doc());
    return new LinkedHashMap<>(store.stories().urls(docs));
  }
}
