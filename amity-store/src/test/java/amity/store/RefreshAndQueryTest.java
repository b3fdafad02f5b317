package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.model.DateValue;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.Event;
import amity.query.EventQuery;
import amity.query.Queries;
import amity.query.QueryNames;
import amity.query.Search;
import amity.query.SearchHit;
import amity.query.Target;
import amity.query.Targets;
import amity.testkit.Analyze;
import amity.text.Fold;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Derived tables refreshed a batch at a time equal a rebuild; SQL filters mean what EventQuery means. */
class RefreshAndQueryTest {
  static final String[] PAGES = {
    "Vietnam sends vaccines to Laos\n\nHANOI — Deputy Prime Minister Trần Hồng Hà on 12 March 2024 handed over "
        + "200,000 doses of vaccine to Lao Deputy Prime Minister Chansamone Chanyalath in Vientiane.",
    "越南向老挝移交疫苗\n\n越通社河内 ——2024年3月12日，越南政府副总理陈红河在万象向老挝移交20万剂疫苗。",
    "Talks in Hanoi\n\nHANOI — President Lương Cường met Lao President Thongloun Sisoulith in Hanoi on 5 May 2025.\n",
    "Cuba and Vietnam leaders hold phone talks\n\nHAVANA — General Secretary Tô Lâm held a phone call with Cuban President "
        + "Miguel Díaz-Canel Bermúdez on 8 January 2025. They agreed to expand cooperation in agriculture and energy.",
    "Tổng Bí thư Tô Lâm điện đàm với Chủ tịch Cuba\n\nHà Nội (TTXVN) - Tối 8/1/2025, Tổng Bí thư Tô Lâm đã điện đàm với "
        + "Chủ tịch nước Cuba Miguel Díaz-Canel Bermúdez. Hai bên nhất trí thúc đẩy hợp tác nông nghiệp và năng lượng.",
    "Prime Minister receives Japanese ambassador\n\nHANOI — Prime Minister Phạm Minh Chính received Japanese Ambassador "
        + "Ito Naoki in Hanoi on 3 October 2024 to discuss investment and trade.",
  };

  static List<DocumentAnalysis> docs = new ArrayList<>();
  @TempDir Path dir;

  @BeforeAll
  static void analyse() {
    for (String p : PAGES) docs.add(Analyze.text(p));
  }

  private static KnowledgeBase kb() {
    return Analyze.kb();
  }

  @Test
  void refreshingBatchByBatchEqualsOneRefreshOfEverything() throws Exception {
    List<String> stepEvents;
    List<Entity> stepEntities;
    try (Store s = Store.open(dir.resolve("steps"))) {
      for (DocumentAnalysis d : docs) {
        s.writer().saveAll(List.of(d));
        s.writer().refresh(kb());
      }
      stepEvents = s.events().all().stream().map(e -> Json.write(Json.event(e))).toList();
      stepEntities = s.entities().all();
      // Nothing new: refreshing again changes nothing.
      assertThat(s.writer().isDirty()).isFalse();
    }
    try (Store s = Store.open(dir.resolve("once"))) {
      assertThat(s.writer().saveAll(docs)).containsOnly(true);
      s.writer().refresh(kb());
      assertThat(s.events().all().stream().map(e -> Json.write(Json.event(e))).toList()).isEqualTo(stepEvents);
      assertThat(s.entities().all()).isEqualTo(stepEntities);
    }
  }

  /**
   * Finding entities by a name's start reads entity_words; the answer is what matching every folded
   * name, id and alias directly gives: a name equal to the text first, then a name starting with
   * it, then a word of a name starting with it, each by mentions; LIKE's wildcards and quotes in
   * the text are plain characters.
   */
  @Test
  void entitiesFoundByTheStartOfANameOrOfAWordOfOne() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().saveAll(docs);
      s.writer().refresh(kb());
      List<Entity> all = s.entities().all();
      List<String> queries = new ArrayList<>(List.of("to", "Tô Lâm", "lam", "díaz", "canel", "苏", "卡斯特罗", "cuba", "viet", "person:vn", "%", "_", "o'", "\\", "("));
      for (char c = 'a'; c <= 'z'; c++) queries.add(String.valueOf(c));
      for (String q : queries) {
        for (amity.model.EntityType type : java.util.Arrays.asList(null, amity.model.EntityType.PERSON, amity.model.EntityType.GPE)) {
          String f = Fold.fold(q.strip());
          List<String> expected = all.stream()
              .filter(e -> rank(e, f) < 3 && (type == null || e.type() == type))
              .sorted(Comparator.comparingInt((Entity e) -> rank(e, f)).thenComparing(e -> -e.mentions()).thenComparing(Entity::id))
              .map(Entity::id)
              .toList();
          ResultPage<Entity> found = s.entities().find(q, type, 1000, 0);
          assertThat(found.items()).as(q + " " + type).extracting(Entity::id).isEqualTo(expected);
          assertThat(found.total()).as(q + " " + type).isEqualTo(expected.size());
          assertThat(s.entities().find(q, type, 5, 1000).total()).as(q + " " + type + ", past the end").isEqualTo(expected.size());
          assertThat(s.entities().find(q, type, 3, 1).items()).as(q + " " + type + ", a page").extracting(Entity::id)
              .isEqualTo(expected.subList(Math.min(1, expected.size()), Math.min(4, expected.size())));
        }
      }
      assertThat(s.entities().find("lam", null, 10, 0).items()).extracting(Entity::id).contains("person:vn/to-lam");
    }
  }

  /**
   * The actors of a party's events, as a contact network reads them (the party's own rows of
   * event_parties), are those of the merged events that have the entity as an actor or as their
   * place, or, for a country, the country among their countries too; oldest first, each event's
   * actors in entity order with their role.
   */
  @Test
  void actorsOfAPartysEventsAreThoseOfTheMergedEvents() throws Exception {
    try (Store s = Store.open(dir)) {
      for (DocumentAnalysis d : docs) {
        s.writer().saveAll(List.of(d));
        s.writer().refresh(kb());
      }
      List<Event> all = s.events().all();
      List<Set<String>> parties = new ArrayList<>();
      for (Entity entity : s.entities().all()) {
        String country = entity.id().startsWith("country:") ? entity.id().substring("country:".length()) : null;
        parties.add(country == null ? Set.of(EventFilter.entityKey(entity.id()))
            : Set.of(EventFilter.entityKey(entity.id()), EventFilter.countryKey(country)));
      }
      int checked = 0;
      for (Set<String> party : parties) {
        List<String> expected = new ArrayList<>();
        all.stream()
            .filter(e -> !java.util.Collections.disjoint(party, keys(e)))
            .sorted(Comparator.comparing(Refresh::sortKey))
            .forEach(e -> {
              java.util.TreeMap<String, String> roles = new java.util.TreeMap<>();
              e.actors().forEach(a -> roles.putIfAbsent(a.entity(), a.role().wire()));
              roles.forEach((id, role) -> expected.add(e.id() + " " + e.form() + " " + (e.date() == null ? null : e.date().start().iso()) + " " + id + " " + role));
            });
        List<String> read = s.events().actors(new EventFilter(List.of(party), null, null, null)).stream()
            .map(r -> r.event() + " " + r.form() + " " + r.date() + " " + r.entity() + " " + r.role())
            .toList();
        assertThat(read).as(party.toString()).isEqualTo(expected);
        if (!expected.isEmpty()) checked++;
      }
      assertThat(checked).isGreaterThan(5);
    }
  }

  /** {@return the keys an event is found by: its actors' and place's entity keys, its countries' keys} */
  private static Set<String> keys(Event e) {
    Set<String> has = new java.util.HashSet<>();
    e.actors().forEach(x -> has.add(EventFilter.entityKey(x.entity())));
    e.countries().forEach(c -> has.add(EventFilter.countryKey(c)));
    if (e.location() != null) has.add(EventFilter.entityKey(e.location().entity()));
    return has;
  }

  /**
   * Fields of cooperation counted by first day (as the fields chart reads them from event_parties'
   * ranges) are those of the merged dated events of one party, or of two.
   */
  @Test
  void fieldsByDateOfOnePartyOrTwoAreThoseOfTheMergedEvents() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().saveAll(docs);
      s.writer().refresh(kb());
      List<Event> all = s.events().all();
      List<Set<String>> parties = new ArrayList<>();
      for (String c : List.of("VN", "LA", "CU", "JP")) parties.add(Set.of(EventFilter.countryKey(c), EventFilter.entityKey("country:" + c)));
      for (Entity e : s.entities().all()) if (!e.id().startsWith("country:")) parties.add(Set.of(EventFilter.entityKey(e.id())));
      int counted = 0;
      for (Set<String> a : parties) {
        for (Set<String> b : parties) {
          List<Set<String>> keys = a.equals(b) ? List.of(a) : List.of(a, b);
          java.util.Map<String, String> expected = new java.util.TreeMap<>();
          java.util.Map<String, List<String>> byDate = new java.util.TreeMap<>();
          for (Event e : all) {
            Set<String> has = keys(e);
            if (e.date() == null || keys.stream().anyMatch(k -> java.util.Collections.disjoint(k, has))) continue;
            byDate.computeIfAbsent(e.date().start().iso(), d -> new ArrayList<>()).add(e.id());
            for (String f : new java.util.TreeSet<>(e.fields())) expected.merge(e.date().start().iso() + " " + f, "1", (x, y) -> String.valueOf(Integer.parseInt(x) + 1));
          }
          java.util.Map<String, String> read = new java.util.TreeMap<>();
          java.util.Map<String, Integer> events = new java.util.TreeMap<>();
          for (EventRepository.DateFields d : s.events().fieldsByDate(new EventFilter(keys, null, null, null))) {
            events.put(d.date(), d.events());
            d.fields().forEach((f, n) -> read.put(d.date() + " " + f, String.valueOf(n)));
          }
          java.util.Map<String, Integer> expectedEvents = new java.util.TreeMap<>();
          byDate.forEach((d, ids) -> expectedEvents.put(d, ids.size()));
          assertThat(events).as(keys.toString()).isEqualTo(expectedEvents);
          assertThat(read).as(keys.toString()).isEqualTo(expected);
          if (!expected.isEmpty()) counted++;
        }
      }
      assertThat(counted).isGreaterThan(5);
    }
  }

  /** {@return 0 where a folded name equals {@code f}, 1 where one starts with it, 2 where a word of one does, else 3} */
  private static int rank(Entity e, String f) {
    Set<String> names = new LinkedHashSet<>(List.of(Fold.fold(e.name()), Fold.fold(e.id())));
    e.aliases().forEach(a -> names.add(Fold.fold(a.strip())));
    int best = 3;
    for (String n : names) {
      if (n.equals(f)) best = 0;
      else if (n.startsWith(f)) best = Math.min(best, 1);
      else if (List.of(" ", Fold.fold("-"), Fold.fold("·"), ".", "(").stream().anyMatch(b -> n.contains(b + f))) best = Math.min(best, 2);
    }
    return best;
  }

  @Test
  void aBatchSkipsWhatIsStoredAndWhatItHoldsTwice() throws Exception {
    try (Store s = Store.open(dir)) {
      assertThat(s.writer().saveAll(List.of(docs.get(0), docs.get(1), docs.get(0)))).containsExactly(true, true, false);
      assertThat(s.writer().saveAll(List.of(docs.get(1), docs.get(2)))).containsExactly(false, true);
      assertThat(s.counts().get("documents")).isEqualTo(3);
      assertThat(s.stories().all()).hasSize(3);
    }
  }

  @Test
  void sqlFiltersMeanWhatEventQueryMeans() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().saveAll(docs);
      s.writer().refresh(kb());
      List<Event> all = s.events().all();
      assertThat(all).hasSizeGreaterThan(3);
      Targets t = new Targets(kb(), all.isEmpty() ? List.of() : s.entities().all());
      Queries q = new Queries(s, kb());
      List<String> labels = List.of("Việt Nam", "Lào", "老挝", "CU", "Tô Lâm", "To Lam", "Japan", "Miguel Diaz-Canel");
      List<DateValue> dates = new ArrayList<>();
      dates.add(null);
      dates.add(DateValue.parse("2024"));
      dates.add(DateValue.parse("2025-01"));
      dates.add(DateValue.parse("2025-01-08"));
      int compared = 0;
      for (String a : labels) {
        for (String b : labels) {
          if (a.equals(b)) continue;
          for (DateValue from : dates) {
            for (String type : new String[] {null, "CONSULT", "phone_call", "aid"}) {
              Target ta = t.resolve(a);
              Target tb = t.resolve(b);
              EventQuery eq = new EventQuery(List.of(ta, tb), from, null, type);
              List<String> expected = all.stream().filter(eq::matches).map(Event::id).toList();
              List<String> got = new ArrayList<>();
              q.forEachEvent(eq, e -> got.add(e.id()));
              assertThat(got).as(a + "," + b + " from " + from + " type " + type).isEqualTo(expected);
              EventQuery toQ = new EventQuery(List.of(ta, tb), null, from, type);
              List<String> expectedTo = all.stream().filter(toQ::matches).map(Event::id).toList();
              List<String> gotTo = new ArrayList<>();
              q.forEachEvent(toQ, e -> gotTo.add(e.id()));
              assertThat(gotTo).isEqualTo(expectedTo);
              compared += expected.size();
            }
          }
        }
      }
      assertThat(compared).as("the comparison saw events").isPositive();
      // The alias index resolves as the in-memory resolver does.
      for (String l : labels) assertThat(new Targets(kb(), s).resolve(l)).isEqualTo(t.resolve(l));
    }
  }

  @Test
  void theAliasIndexFindsNamesInsideQueriesInEveryScript() throws Exception {
    assertThat(QueryNames.candidates("gap to lam hom nay")).contains("to lam", "gap to lam hom nay", "lam").doesNotContain("o la");
    assertThat(QueryNames.candidates("苏林会见古巴")).contains("苏林", "古巴", "会见古巴");
    try (Store s = Store.open(dir)) {
      s.writer().saveAll(docs);
      s.writer().refresh(kb());
      // A name in one script finds stories that name it in another.
      assertThat(new Search(s, kb()).find("苏林 điện đàm", null, 10)).extracting(SearchHit::lang).contains("en", "vi");
      assertThat(s.entities().named(List.of("to lam")).get("to lam")).extracting(EntityRepository.EntityRef::id).containsExactly("person:vn/to-lam");
    }
  }

  @Test
  void aVersionOneStoreIsUpgradedAndRefreshedWhenOpened() throws Exception {
    Path old = dir.resolve("v1");
    java.nio.file.Files.createDirectories(old);
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + old.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement()) {
      for (String sql : Schema.MIGRATIONS.get(0)) st.execute(sql);
      st.execute("CREATE TABLE IF NOT EXISTS schema_version(version INT PRIMARY KEY)");
      st.execute("INSERT INTO schema_version VALUES (1)");
    }
    try (Store s = Store.open(old)) {
      s.writer().saveAll(docs.subList(0, 2));
      assertThat(s.writer().isDirty()).isTrue();
      s.writer().refresh(kb());
      assertThat(s.events().all()).isNotEmpty();
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + old.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT MAX(version) FROM schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(Schema.MIGRATIONS.size());
    }
  }

  @Test
  void aFullRefreshLeavesTheIndexesAsTheSchemaMadeThemAndARefreshRestoresOnesAKilledRefreshLeftOut() throws Exception {
    Path store = dir.resolve("indexes");
    try (Store s = Store.open(store)) {
      // Before any refresh: the indexes as the migrations made them.
    }
    List<String> migrated = indexes(store);
    assertThat(migrated).anyMatch(i -> i.startsWith("EVENTS_SORT ")).anyMatch(i -> i.startsWith("READING_KEYS_READING "));
    try (Store s = Store.open(store)) {
      s.writer().saveAll(docs.subList(0, 3));
      s.writer().refreshAll(kb());
    }
    assertThat(indexes(store)).isEqualTo(migrated);
    // As a full refresh killed while it filled the emptied tables leaves them.
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement()) {
      st.execute("DROP INDEX events_sort");
      st.execute("DROP INDEX reading_keys_reading");
    }
    try (Store s = Store.open(store)) {
      s.writer().saveAll(docs.subList(3, 4));
      s.writer().refresh(kb());
    }
    assertThat(indexes(store)).isEqualTo(migrated);
  }

  /** {@return each index of the store's tables with its table and columns, sorted} */
  private static List<String> indexes(Path store) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement();
        var rs = st.executeQuery("SELECT index_name, table_name, LISTAGG(column_name, ',') WITHIN GROUP (ORDER BY ordinal_position)"
            + " FROM information_schema.index_columns WHERE table_schema = 'PUBLIC' AND index_name NOT LIKE 'PRIMARY_KEY%'"
            + " GROUP BY index_name, table_name ORDER BY index_name")) {
      while (rs.next()) out.add(rs.getString(1) + " " + rs.getString(2) + "(" + rs.getString(3) + ")");
    }
    return out;
  }

  @Test
  void dialectsTranslateDdl() {
    assertThat(Dialect.POSTGRESQL.ddl("CREATE TABLE x(t CLOB, d DOUBLE)")).isEqualTo("CREATE TABLE x(t TEXT, d DOUBLE PRECISION)");
    assertThat(Set.of(Dialect.H2.ddl("CLOB"))).containsExactly("CLOB");
  }
}
