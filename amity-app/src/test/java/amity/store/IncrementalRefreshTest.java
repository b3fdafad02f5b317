package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.EventMerger;
import amity.kb.KnowledgeBase;
import amity.link.CorpusLinker;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.pipeline.Corpus;
import amity.testkit.Analyze;
import amity.testkit.Docs;
import amity.testkit.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Refreshing after each of several batches (incrementally: each batch is small beside what is
 * stored) gives every derived table, and the refresh's own state, exactly as one refresh of all
 * the pages does, and that equals linking and merging everything at once. On real pages: the
 * bundled sample corpus, the seeds and Vietnamese news articles from {@code ../shared} (skipped
 * when absent), in two orders.
 */
class IncrementalRefreshTest {
  /** The derived tables and the refresh's state, each row in a fixed order. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("entities", "SELECT id, type, name, country, mentions, aliases, hash FROM entities ORDER BY id");
    TABLES.put("entity_aliases", "SELECT folded, entity_id FROM entity_aliases ORDER BY folded, entity_id");
    TABLES.put("entity_words", "SELECT word, entity_id, whole, type, mentions FROM entity_words ORDER BY word, entity_id, whole");
    TABLES.put("entity_remap", "SELECT local_id, entity_id FROM entity_remap ORDER BY local_id");
    TABLES.put("events", "SELECT id, type, form, status, date_start, date_end, sort_key, date_lo, date_hi, location, hash FROM events ORDER BY id");
    TABLES.put("event_json", "SELECT id, json FROM event_json ORDER BY id");
    TABLES.put("event_actors", "SELECT event_id, entity_id, role FROM event_actors ORDER BY event_id, entity_id");
    TABLES.put("event_countries", "SELECT event_id, country FROM event_countries ORDER BY event_id, country");
    TABLES.put("event_keys", "SELECT event_id, k FROM event_keys ORDER BY event_id, k");
    TABLES.put("event_parties", "SELECT a, b, sort_key, fields, form, date_start, actors FROM event_parties ORDER BY a, b, sort_key");
    TABLES.put("event_stories", "SELECT event_id, story_id FROM event_stories ORDER BY event_id, story_id");
    TABLES.put("link_names", "SELECT id, type, name, first_story, first_idx, n FROM link_names ORDER BY id");
    TABLES.put("link_values", "SELECT id, kind, v, first_story, first_idx, n FROM link_values ORDER BY id, kind, v");
    TABLES.put("reading_keys", "SELECT k, reading_id, lo, hi FROM reading_keys ORDER BY k, reading_id");
    TABLES.put("reading_refs", "SELECT ref, reading_id FROM reading_refs ORDER BY ref, reading_id");
    TABLES.put("reading_state", "SELECT reading_id, component FROM reading_state ORDER BY reading_id");
    TABLES.put("pending and to do", "SELECT 'p', story_id FROM pending_stories UNION ALL SELECT kind, id FROM refresh_todo");
  }

  static final List<DocumentAnalysis> PAGES = new ArrayList<>();

  @TempDir Path dir;

  @BeforeAll
  static void analyse() throws IOException {
    for (String f : lines("amity/sample/sample.list")) {
      try (InputStream in = IncrementalRefreshTest.class.getClassLoader().getResourceAsStream("amity/sample/" + f.strip())) {
        PAGES.add(Analyze.pipeline().analyze(Docs.text(f.strip(), new String(in.readAllBytes(), StandardCharsets.UTF_8))));
      }
    }
    if (Seeds.shared().isPresent()) {
      for (String s : List.of("000", "001", "002", "003", "004")) PAGES.add(Analyze.seed(s));
      for (String set : List.of("vi-news", "vi-news-world")) {
        Path folder = Seeds.shared().get().resolve("data/text/" + set);
        if (!Files.isDirectory(folder)) continue;
        List<Path> files;
        try (Stream<Path> all = Files.list(folder)) {
          files = all.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        // Every n-th article: a spread over the sections, about 40 from each set.
        int step = Math.max(1, files.size() / 40);
        for (int i = 0; i < files.size(); i += step) {
          PAGES.add(Analyze.pipeline().analyze(Docs.text(set + "/" + files.get(i).getFileName(), Files.readString(files.get(i)))));
        }
      }
    }
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = IncrementalRefreshTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    }
  }

  @Test
  void refreshingBatchByBatchGivesEveryDerivedTableAsOneRefreshOfAllPages() throws Exception {
    List<DocumentAnalysis> shuffled = new ArrayList<>(PAGES);
    Collections.shuffle(shuffled, new Random(21));
    List<DocumentAnalysis> reversed = new ArrayList<>(PAGES);
    Collections.reverse(reversed);
    Map<String, List<List<Object>>> once = once(dir.resolve("once"));
    assertThat(once.get("entities")).hasSizeGreaterThan(20);
    assertThat(once.get("events")).hasSizeGreaterThan(10);
    assertThat(once.get("entity_remap")).isNotEmpty();
    for (List<DocumentAnalysis> order : List.of(shuffled, reversed)) {
      Path batches = dir.resolve("batches-" + (order == shuffled ? "shuffled" : "reversed"));
      try (Store s = Store.open(batches)) {
        inBatches(s, order, 3);
        assertThat(s.writer().isDirty()).isFalse();
      }
      Map<String, List<List<Object>>> stepped = tables(batches);
      for (String t : TABLES.keySet()) assertThat(stepped.get(t)).as(t + " after batches (" + batches.getFileName() + ")").isEqualTo(once.get(t));
    }
  }

  @Test
  void aFullRefreshOfAStoreRefreshedIncrementallyChangesNothing() throws Exception {
    Path store = dir.resolve("store");
    try (Store s = Store.open(store)) {
      inBatches(s, PAGES, 5);
    }
    Map<String, List<List<Object>>> before = tables(store);
    try (Store s = Store.open(store)) {
      s.writer().refreshAll(Analyze.kb());
    }
    assertThat(tables(store)).isEqualTo(before);
  }

  /**
   * Saves half the pages and refreshes (a full refresh), then the rest in batches of {@code size},
   * refreshing after each: each batch far below a quarter of the stories stored, so each refresh
   * is incremental.
   */
  private static void inBatches(Store s, List<DocumentAnalysis> pages, int size) throws StoreException {
    int half = pages.size() / 2;
    s.writer().saveAll(pages.subList(0, half));
    s.writer().refresh(Analyze.kb());
    for (int i = half; i < pages.size(); i += size) {
      s.writer().saveAll(pages.subList(i, Math.min(pages.size(), i + size)));
      s.writer().refresh(Analyze.kb());
    }
  }

  /**
   * A refresh killed before any of its commits (a kill loses what was not committed, as the
   * rollback here does) leaves a store that the next refresh completes to the tables of a refresh
   * that was not killed: for an incremental refresh and for a full one, at every commit.
   */
  @Test
  void aRefreshKilledAtAnyCommitIsCompletedByTheNext() throws Exception {
    int half = PAGES.size() / 2;
    for (boolean full : List.of(false, true)) {
      Path base = dir.resolve("base-" + full);
      try (Store s = Store.open(base)) {
        s.writer().saveAll(PAGES.subList(0, half));
        s.writer().refresh(Analyze.kb());
        s.writer().saveAll(PAGES.subList(half, half + 4));
      }
      Path clean = copy(base, dir.resolve("clean-" + full));
      refresh(clean, full, Integer.MAX_VALUE);
      Map<String, List<List<Object>>> expected = tables(clean);
      for (int kill = 1; ; kill++) {
        Path killed = copy(base, dir.resolve("killed-" + full + "-" + kill));
        boolean finished = refresh(killed, full, kill);
        try (Store s = Store.open(killed)) {
          assertThat(s.writer().isDirty()).as("killed at commit " + kill).isEqualTo(!finished);
          s.writer().refresh(Analyze.kb());
        }
        assertThat(tables(killed)).as((full ? "full" : "incremental") + " refresh killed at commit " + kill).isEqualTo(expected);
        if (finished) break;
      }
    }
  }

  /** Runs one refresh on a closed store whose connection fails at its {@code kill}-th commit; {@return whether it finished} */
  private static boolean refresh(Path store, boolean full, int kill) throws SQLException {
    try (Connection c = connect(store)) {
      if (full) {
        Database.setMeta(c, "refresh_full", "1");
        Database.setMeta(c, "dirty", "1");
      }
      int[] commits = {0};
      Connection failing = (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
          new Class<?>[] {Connection.class}, (proxy, method, args) -> {
            if (method.getName().equals("commit") && ++commits[0] == kill) throw new SQLException("killed at commit " + kill);
            try {
              return method.invoke(c, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      try {
        new Refresh(failing, amity.pipeline.CorpusSteps.of(Analyze.kb())).run();
        return true;
      } catch (SQLException e) {
        assertThat(e.getMessage()).isEqualTo("killed at commit " + kill);
        return false;
      }
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
    return to;
  }

  /** {@return the tables of a store that took every page in one batch and one refresh} */
  private Map<String, List<List<Object>>> once(Path store) throws Exception {
    try (Store s = Store.open(store)) {
      s.writer().saveAll(PAGES);
      s.writer().refresh(Analyze.kb());
    }
    Map<String, List<List<Object>>> t = tables(store);
    assertThat(entitiesAndEvents(store)).isEqualTo(reference(store, Analyze.kb()));
    return t;
  }

  /**
   * {@return the entities and events of linking every mention and merging every reading at once,
   * as the store reads them (mentions by story and position, readings by id)}
   */
  private static List<Object> reference(Path store, KnowledgeBase kb) throws SQLException {
    try (Connection c = connect(store); Statement st = c.createStatement()) {
      List<CorpusLinker.MentionRow> rows = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT entity_id, entity_name, type, surface, country, finder FROM mentions ORDER BY story_id, idx")) {
        while (rs.next()) {
          rows.add(new CorpusLinker.MentionRow(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getString(4),
              rs.getString(5), "nominal".equals(rs.getString(6))));
        }
      }
      CorpusLinker.Result linked = new CorpusLinker(kb).link(rows);
      Map<String, String> names = new HashMap<>();
      for (Entity e : linked.entities()) names.put(e.id(), e.name());
      List<Event> readings = new ArrayList<>();
      try (ResultSet rs = st.executeQuery("SELECT json FROM event_readings ORDER BY id")) {
        while (rs.next()) readings.add(Corpus.relink(Json.event(Json.read(rs.getString(1))), linked::resolve, names::get));
      }
      List<String> entities = linked.entities().stream().map(e -> Json.write(Json.entity(e))).sorted().toList();
      List<String> events = new EventMerger().merge(readings).stream().map(e -> Json.write(Json.event(e))).sorted().toList();
      return List.of(entities, events, new java.util.TreeMap<>(linked.remap()));
    }
  }

  /** {@return the store's entities and events as JSON, sorted, and its remap} */
  private static List<Object> entitiesAndEvents(Path store) throws Exception {
    List<String> entities;
    List<String> events;
    try (Store s = Store.open(store)) {
      entities = s.entities().all().stream().map(e -> Json.write(Json.entity(e))).sorted().toList();
      events = s.events().all().stream().map(e -> Json.write(Json.event(e))).sorted().toList();
    }
    Map<String, String> remap = new java.util.TreeMap<>();
    for (List<Object> r : tables(store).get("entity_remap")) remap.put((String) r.get(0), (String) r.get(1));
    return List.of(entities, events, remap);
  }

  private static Connection connect(Path store) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("amity"), "amity", "");
  }

  /** {@return every table of {@link #TABLES}, as rows of values} */
  static Map<String, List<List<Object>>> tables(Path store) throws SQLException {
    Map<String, List<List<Object>>> out = new LinkedHashMap<>();
    try (Connection c = connect(store); Statement st = c.createStatement()) {
      for (Map.Entry<String, String> t : TABLES.entrySet()) {
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(t.getValue())) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) row.add(rs.getObject(i));
            rows.add(row);
          }
        }
        out.put(t.getKey(), rows);
      }
    }
    return out;
  }
}
