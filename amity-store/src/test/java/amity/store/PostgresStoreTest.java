package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import amity.query.Search;
import amity.query.SearchHit;
import amity.testkit.Analyze;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same store on a PostgreSQL server: it must hold and answer exactly what the embedded store
 * does. Runs against {@code $AMITY_TEST_POSTGRES} (default
 * postgresql://amity:amity@127.0.0.1:5432/amity_test, which .ci/postgres.sh starts), each run in a
 * schema of its own; skipped, saying so, when no server answers.
 */
class PostgresStoreTest {
  static String base;
  static String schema;
  @TempDir Path dir;

  @BeforeAll
  static void server() {
    base = System.getenv().getOrDefault("AMITY_TEST_POSTGRES", "postgresql://amity:amity@127.0.0.1:5432/amity_test");
    schema = "amity_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      Assumptions.abort("PostgreSQL tests skipped: no server at " + base.replaceFirst(":[^:@/]*@", ":***@")
          + " (" + e.getMessage() + "); run .ci/postgres.sh to start one");
    }
  }

  @AfterAll
  static void drop() throws SQLException {
    if (schema == null) return;
    try (Connection c = connect(); Statement st = c.createStatement()) {
      st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    } catch (SQLException e) {
      // no server: nothing to drop
    }
  }

  static Connection connect() throws SQLException {
    URI u = URI.create(base);
    Properties p = new Properties();
    String[] up = u.getUserInfo() == null ? new String[] {""} : u.getUserInfo().split(":", 2);
    p.setProperty("user", up[0]);
    if (up.length > 1) p.setProperty("password", up[1]);
    p.setProperty("connectTimeout", "3");
    return DriverManager.getConnection("jdbc:postgresql://" + u.getHost() + ":" + (u.getPort() > 0 ? u.getPort() : 5432) + u.getPath(), p);
  }

  static String url() {
    return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Test
  void aServerStoreHoldsAndAnswersWhatAnEmbeddedStoreDoes() throws Exception {
    var docs = RefreshAndQueryTest.PAGES;
    List<String> h2Events;
    List<String> h2Search;
    List<String> h2Answers;
    try (Store s = Store.open(dir.resolve("h2"))) {
      for (String p : docs) s.writer().saveAll(List.of(Analyze.text(p)));
      s.writer().refresh(Analyze.kb());
      h2Events = s.events().all().stream().map(e -> Json.write(Json.event(e))).toList();
      h2Search = new Search(s, Analyze.kb()).find("vắc xin", null, 10).stream().map(SearchHit::story).sorted().toList();
      h2Answers = answers(s);
    }
    try (Store s = Store.open(url(), dir.resolve("pg-index"))) {
      for (String p : docs) assertThat(s.writer().saveAll(List.of(Analyze.text(p)))).containsExactly(true);
      assertThat(s.writer().save(Analyze.text(docs[0]))).as("idempotent").isFalse();
      s.writer().refresh(Analyze.kb());
      assertThat(s.events().all().stream().map(e -> Json.write(Json.event(e))).toList()).isEqualTo(h2Events);
      assertThat(new Search(s, Analyze.kb()).find("vắc xin", null, 10).stream().map(SearchHit::story).sorted().toList()).isEqualTo(h2Search);
      assertThat(s.entities().find("to", null, 10, 0).items()).extracting(e -> e.id()).contains("person:vn/to-lam");
      assertThat(answers(s)).isEqualTo(h2Answers);
      assertThat(s.entities().profile("person:vn/to-lam")).isPresent();
      String story = s.stories().all().get(0).id();
      assertThat(s.stories().detail(story)).isPresent();
    }
    // Reopening runs no migration twice; an index deleted or lost is rebuilt from the server.
    try (Store s = Store.open(url(), dir.resolve("other-index"))) {
      assertThat(s.writer().isDirty()).isFalse();
      assertThat(new Search(s, Analyze.kb()).find("vắc xin", null, 10).stream().map(SearchHit::story).sorted().toList()).isEqualTo(h2Search);
    }
  }

  /** What entity search, contact networks and fields by date answer on a store, each as text. */
  private static List<String> answers(Store s) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (String q : List.of("t", "to", "lam", "cu", "díaz", "苏", "%", "o'")) {
      var page = s.entities().find(q, null, 50, 0);
      out.add(q + " " + page.total() + " " + page.items().stream().map(e -> e.id()).toList());
    }
    for (var e : s.entities().all()) {
      for (var r : s.events().actors(new EventFilter(List.of(java.util.Set.of(EventFilter.entityKey(e.id()))), null, null, null))) {
        out.add(e.id() + " " + r);
      }
    }
    for (String c : List.of("VN", "LA", "CU")) {
      for (var r : s.events().actors(new EventFilter(List.of(java.util.Set.of(EventFilter.countryKey(c), EventFilter.entityKey("country:" + c))), null, null, null))) {
        out.add(c + " " + r);
      }
    }
    for (String a : List.of("VN", "LA", "CU")) {
      for (String b : List.of("", "LA", "CU", "JP")) {
        List<java.util.Set<String>> keys = new java.util.ArrayList<>();
        for (String c : b.isEmpty() ? List.of(a) : List.of(a, b)) keys.add(java.util.Set.of(EventFilter.countryKey(c), EventFilter.entityKey("country:" + c)));
        out.add(a + "/" + b + " " + s.events().fieldsByDate(new EventFilter(keys, null, null, null)));
      }
    }
    return out;
  }
}
