package amity.store;

import amity.index.DayRange;
import amity.link.CorpusLinker;
import amity.model.Actor;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Place;
import amity.pipeline.CorpusSteps;
import amity.text.Fold;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One refresh of the derived tables: corpus-wide entities and merged events (the {@link
 * CorpusSteps}), brought up to date with the stories saved since the
 * last refresh and written as a difference against what is stored.
 *
 * <p>Design decision: linking and merging are global (a new long name can join older short ones;
 * a new report can join two old ones), but each works within blocks. The store keeps what they
 * need per block: each story-level entity's first name and its aliases, names and countries
 * summed with their first use ({@code link_names}, {@code link_values}), and each reading's merge
 * blocks with its date bounds, the entities it points at and its component of same-event pairs
 * ({@code reading_keys}, {@code reading_refs}, {@code reading_state}). A refresh folds the new
 * stories' mentions into those sums, links the names again (names, not mentions: cheap),
 * rebuilds only the entities whose sums or links changed, and merges only the readings of the
 * components that new, relinked or renamed readings touch, with the readings their blocks meet:
 * a set closed under same-event pairs merges as it would among all readings. The result equals a
 * full recompute, which {@link #run} does when asked ({@code refresh_full}) or when a quarter or
 * more of the stories are new; it reads mentions and readings once, streamed and interned, and is linear in the corpus.
 *
 * <p>Crash safety: the fold and its to-do list commit together; the work decided from them (the
 * entities and readings to redo) is written down before anything derived is, so a refresh killed
 * at any point is completed by the next one. A full refresh killed half-way is run again in full.
 * Readers may see a half-refreshed state meanwhile. Not API.
 */
final class Refresh {
  /** Rows of one kind written a transaction: H2 slows down sharply on very large transactions. */
  private static final int CHUNK = 2000;

  private final Connection db;
  private final CorpusSteps steps;
  private int changedEntities;
  private int changedEvents;
  /** Whether writes commit a chunk at a time (a full refresh) or all at the end (an incremental one). */
  private boolean chunked;

  Refresh(Connection db, CorpusSteps steps) {
    this.db = db;
    this.steps = steps;
  }

  /**
   * A sum over mentions with its first use: of one story-level entity (kind "", {@code v} the
   * name its first mention gave, with that mention's type), or of one of its aliases ('a'), names
   * ('n') or countries ('c').
   */
  private static final class Sum {
    final String id;
    final String kind;
    String v;
    @Nullable EntityType type;
    String firstStory;
    int firstIdx;
    int n;

    Sum(String id, String kind, String v, @Nullable EntityType type, String firstStory, int firstIdx, int n) {
      this.id = id;
      this.kind = kind;
      this.v = v;
      this.type = type;
      this.firstStory = firstStory;
      this.firstIdx = firstIdx;
      this.n = n;
    }

    CorpusLinker.Named named() {
      return new CorpusLinker.Named(id, java.util.Objects.requireNonNull(type, "type"), v);
    }

    /** Adds another sum of the same thing: the counts add up, the earlier first use wins. */
    void add(Sum x) {
      if (ORDER.compare(x, this) < 0) {
        type = x.type;
        v = x.v;
        firstStory = x.firstStory;
        firstIdx = x.firstIdx;
      }
      n += x.n;
    }
  }

  /** Mentions in the order linking reads them: by story id, then position. */
  private static final Comparator<Sum> ORDER = Comparator.<Sum, String>comparing(x -> x.firstStory).thenComparingInt(x -> x.firstIdx);

  /** Sums of mentions by story-level entity and by value, as a fold builds them. */
  private static final class Sums {
    final Map<String, Sum> names = new HashMap<>();
    final Map<List<String>, Sum> values = new HashMap<>();

    void add(String story, int idx, String id, String name, EntityType type, String surface, @Nullable String country, boolean nominal) {
      addName(new Sum(id, "", name, type, story, idx, 1));
      if (!nominal) addValue(new Sum(id, "a", surface, null, story, idx, 1));
      addValue(new Sum(id, "n", name, null, story, idx, 1));
      if (country != null) addValue(new Sum(id, "c", country, null, story, idx, 1));
    }

    void addName(Sum x) {
      Sum was = names.putIfAbsent(x.id, x);
      if (was != null) was.add(x);
    }

    void addValue(Sum x) {
      Sum was = values.putIfAbsent(List.of(x.id, x.kind, x.v), x);
      if (was != null) was.add(x);
    }
  }

  void run() throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      // Those a full refresh killed while it filled their tables left out.
      createIndexes(INDEXES.keySet());
      db.commit();
      long pending = count("SELECT COUNT(*) FROM pending_stories");
      boolean full = "1".equals(Database.getMeta(db, "refresh_full")) || pending * 4 > count("SELECT COUNT(*) FROM stories");
      if (full) {
        // Written down first, so that a full refresh killed half-way is run in full again.
        Database.setMeta(db, "refresh_full", "1");
        db.commit();
        full();
      } else {
        incremental();
      }
      try (Statement st = db.createStatement()) {
        st.executeUpdate("DELETE FROM refresh_todo");
      }
      Database.setMeta(db, "refresh_full", "0");
      Database.setMeta(db, "dirty", "0");
      // A full refresh rewrites every derived row: as much for the store to reclaim as saving the corpus again.
      if (full) Database.addMeta(db, Database.WRITTEN, count("SELECT COUNT(*) FROM stories"));
      Database.addMeta(db, Database.GENERATION, 1);
      db.commit();
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  // ------------------------------------------------------------------ full

  private void full() throws SQLException {
    chunked = true;
    long t0 = System.nanoTime();
    long c0 = cpu();
    truncate(List.of("pending_stories", "link_names", "link_values", "reading_keys", "reading_refs", "reading_state", "refresh_todo"));
    List<String> readingTables = List.of("reading_keys", "reading_refs", "reading_state");
    dropIndexes(readingTables);
    Sums sums = new Sums();
    Map<String, String> strings = new HashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(5000);
      try (ResultSet rs = st.executeQuery("SELECT story_id, idx, entity_id, entity_name, type, surface, country, finder FROM mentions")) {
        while (rs.next()) {
          sums.add(intern(strings, rs.getString(1)), rs.getInt(2), intern(strings, rs.getString(3)), intern(strings, rs.getString(4)),
              EntityType.valueOf(rs.getString(5)), intern(strings, rs.getString(6)), intern(strings, rs.getString(7)),
              "nominal".equals(rs.getString(8)));
        }
      }
    }
    strings = null;
    long t1 = System.nanoTime();
    long c1 = cpu();
    insertSums(sums.names.values(), sums.values.values());
    Map<String, Sum> names = sums.names;
    Map<String, List<Sum>> values = new HashMap<>();
    for (Sum v : sums.values.values()) values.computeIfAbsent(v.id, k -> new ArrayList<>()).add(v);
    sums = null;
    long t2 = System.nanoTime();
    Map<String, String> remap = steps.remap(ordered(names.values()));
    Map<String, List<Sum>> members = members(names.values(), remap);
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Sum>> m : members.entrySet()) entities.add(entity(steps, m.getKey(), m.getValue(), values));
    long t3 = System.nanoTime();
    writeEntities(entities, hashes("SELECT id, hash FROM entities"));
    writeRemap(remap, hashes("SELECT local_id, entity_id FROM entity_remap"));
    long t4 = System.nanoTime();
    Map<String, Entity> byId = new HashMap<>();
    for (Entity e : entities) byId.put(e.id(), e);
    CorpusLinker.Result linked = new CorpusLinker.Result(List.of(), remap);
    List<Event> readings = new ArrayList<>();
    List<String> readingIds = new ArrayList<>();
    Map<String, String> interned = new HashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(2000);
      // Key order, so no sort: EventMerger's result does not depend on the order of its input
      // beyond ties within one document, which key order breaks as (doc_id, id) order did.
      try (ResultSet rs = st.executeQuery("SELECT id, json FROM event_readings ORDER BY id")) {
        while (rs.next()) {
          readingIds.add(intern(interned, rs.getString(1)));
          readings.add(relink(Json.event(Json.read(rs.getString(2))), linked, byId, interned));
        }
      }
    }
    long t5 = System.nanoTime();
    List<Event> merged = steps.merge(readings);
    long t6 = System.nanoTime();
    long c6 = cpu();
    writeEvents(merged, hashes("SELECT id, hash FROM events"));
    long t7 = System.nanoTime();
    long c7 = cpu();
    writeReadingState(readingIds, readings, components(readingIds, readings));
    createIndexes(readingTables);
    long t8 = System.nanoTime();
    long c8 = cpu();
    if (Boolean.getBoolean("amity.timing")) {
      System.err.printf("amity: full refresh: read mentions %.2f s, write sums %.2f s, link %.2f s, write entities %.2f s (%d changed),"
          + " read readings %.2f s, merge %.2f s, write events %.2f s (%d changed of %d), write reading state %.2f s;"
          + " CPU of the process %.2f s (read mentions %.2f s, write events %.2f s, write reading state %.2f s)%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, changedEntities, (t5 - t4) / 1e9, (t6 - t5) / 1e9,
          (t7 - t6) / 1e9, changedEvents, merged.size(), (t8 - t7) / 1e9, (c8 - c0) / 1e9, (c1 - c0) / 1e9, (c7 - c6) / 1e9,
          (c8 - c7) / 1e9);
    }
  }

  // ------------------------------------------------------------------ incremental

  private void incremental() throws SQLException {
    chunked = false;
    long t0 = System.nanoTime();
    Set<List<String>> todo = new HashSet<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT kind, id FROM refresh_todo")) {
      while (rs.next()) todo.add(List.of(rs.getString(1), rs.getString(2)));
    }
    fold(todo);
    long t1 = System.nanoTime();

    // Linking: the names of every story-level entity (not their mentions) link again.
    Map<String, Sum> names = new HashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(5000);
      try (ResultSet rs = st.executeQuery("SELECT id, type, name, first_story, first_idx, n FROM link_names")) {
        while (rs.next()) {
          names.put(rs.getString(1), new Sum(rs.getString(1), "", rs.getString(3), EntityType.valueOf(rs.getString(2)), rs.getString(4),
              rs.getInt(5), rs.getInt(6)));
        }
      }
    }
    Map<String, String> remap = steps.remap(ordered(names.values()));
    Map<String, String> oldRemap = hashes("SELECT local_id, entity_id FROM entity_remap");
    Set<String> changedLinks = new HashSet<>();
    for (Map<String, String> m : List.of(remap, oldRemap)) {
      for (String id : m.keySet()) if (!remap.getOrDefault(id, id).equals(oldRemap.getOrDefault(id, id))) changedLinks.add(id);
    }
    Set<String> targets = new HashSet<>();
    for (List<String> t : todo) {
      if (t.get(0).equals("L")) targets.add(remap.getOrDefault(t.get(1), t.get(1)));
      if (t.get(0).equals("T")) targets.add(t.get(1));
    }
    for (String id : changedLinks) {
      targets.add(remap.getOrDefault(id, id));
      targets.add(oldRemap.getOrDefault(id, id));
    }
    Map<String, List<Sum>> members = members(names.values(), remap);
    members.keySet().retainAll(targets);
    Map<String, List<Sum>> values = new HashMap<>();
    List<String> memberIds = new ArrayList<>();
    for (List<Sum> ms : members.values()) for (Sum x : ms) memberIds.add(x.id);
    Database.eachRowIn(db, memberIds, marks -> "SELECT id, kind, v, first_story, first_idx, n FROM link_values WHERE id IN (" + marks + ")",
        rs -> values.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
            .add(new Sum(rs.getString(1), rs.getString(2), rs.getString(3), null, rs.getString(4), rs.getInt(5), rs.getInt(6))));
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, List<Sum>> m : members.entrySet()) entities.add(entity(steps, m.getKey(), m.getValue(), values));
    Map<String, String> oldNames = new HashMap<>();
    Map<String, String> oldHashes = new HashMap<>();
    Database.eachRowIn(db, targets, marks -> "SELECT id, name, hash FROM entities WHERE id IN (" + marks + ")", rs -> {
      oldNames.put(rs.getString(1), rs.getString(2));
      oldHashes.put(rs.getString(1), rs.getString(3) == null ? "" : rs.getString(3));
    });
    // Readings to merge again: the new ones, and those that point at an entity whose id or name changed.
    Set<String> renamed = new HashSet<>(targets);
    for (Entity e : entities) if (e.name().equals(oldNames.get(e.id()))) renamed.remove(e.id());
    Set<String> refs = new HashSet<>(renamed);
    for (String id : changedLinks) refs.add(oldRemap.getOrDefault(id, id));
    Set<String> seeds = new HashSet<>();
    for (List<String> t : todo) if (t.get(0).equals("R") || t.get(0).equals("S")) seeds.add(t.get(1));
    Database.eachRowIn(db, refs, marks -> "SELECT reading_id FROM reading_refs WHERE ref IN (" + marks + ")", rs -> seeds.add(rs.getString(1)));
    // Written down before anything derived is: a refresh killed from here on is completed by the next.
    List<List<String>> decided = new ArrayList<>();
    for (String id : seeds) decided.add(List.of("S", id));
    for (String id : targets) decided.add(List.of("T", id));
    addTodo(todo, decided);
    db.commit();
    long t2 = System.nanoTime();

    Map<String, String> remapped = new HashMap<>();
    Map<String, String> wasRemapped = new HashMap<>();
    for (String id : changedLinks) {
      if (remap.containsKey(id)) remapped.put(id, remap.get(id));
      if (oldRemap.containsKey(id)) wasRemapped.put(id, oldRemap.get(id));
    }
    writeEntities(entities, oldHashes);
    writeRemap(remapped, wasRemapped);
    long t3 = System.nanoTime();

    // Merging: the seeds, the readings their blocks meet, and the components of all of them.
    Map<String, Event> closed = closure(seeds, remap);
    List<String> ids = new ArrayList<>(closed.keySet());
    ids.sort(Comparator.naturalOrder());
    List<Event> readings = new ArrayList<>(ids.size());
    for (String id : ids) readings.add(closed.get(id));
    List<Event> merged = steps.merge(readings);
    long t4 = System.nanoTime();
    Map<String, String> oldEvents = new HashMap<>();
    Database.eachRowIn(db, ids, marks -> "SELECT id, hash FROM events WHERE id IN (" + marks + ")",
        rs -> oldEvents.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2)));
    writeEvents(merged, oldEvents);
    Set<String> stale = new HashSet<>(ids);
    deleteBy("reading_keys", "reading_id", stale);
    deleteBy("reading_refs", "reading_id", stale);
    deleteBy("reading_state", "reading_id", stale);
    writeReadingState(ids, readings, components(ids, readings));
    long t5 = System.nanoTime();
    if (Boolean.getBoolean("amity.timing")) {
      System.err.printf("amity: refresh: fold %.2f s, link %.2f s, write entities %.2f s (%d changed of %d),"
          + " read and merge %.2f s (%d readings of %d seeds), write events %.2f s (%d changed)%n",
          (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, changedEntities, entities.size(), (t4 - t3) / 1e9, ids.size(), seeds.size(),
          (t5 - t4) / 1e9, changedEvents);
    }
  }

  /**
   * Folds the mentions of the stories saved since the last refresh into the per-entity sums, and
   * notes what changed (the story-level entities 'L' and the new readings 'R'), in one transaction.
   */
  private void fold(Set<List<String>> todo) throws SQLException {
    List<String> stories = new ArrayList<>();
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT story_id FROM pending_stories")) {
      while (rs.next()) stories.add(rs.getString(1));
    }
    if (stories.isEmpty()) return;
    Sums sums = new Sums();
    Database.eachRowIn(db, stories,
        marks -> "SELECT story_id, idx, entity_id, entity_name, type, surface, country, finder FROM mentions WHERE story_id IN (" + marks + ")",
        rs -> sums.add(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), EntityType.valueOf(rs.getString(5)), rs.getString(6),
            rs.getString(7), "nominal".equals(rs.getString(8))));
    Set<String> touched = sums.names.keySet();
    Database.eachRowIn(db, touched, marks -> "SELECT id, type, name, first_story, first_idx, n FROM link_names WHERE id IN (" + marks + ")",
        rs -> sums.addName(new Sum(rs.getString(1), "", rs.getString(3), EntityType.valueOf(rs.getString(2)), rs.getString(4), rs.getInt(5),
            rs.getInt(6))));
    Database.eachRowIn(db, touched, marks -> "SELECT id, kind, v, first_story, first_idx, n FROM link_values WHERE id IN (" + marks + ")",
        rs -> sums.addValue(new Sum(rs.getString(1), rs.getString(2), rs.getString(3), null, rs.getString(4), rs.getInt(5), rs.getInt(6))));
    deleteBy("link_names", "id", touched);
    deleteBy("link_values", "id", touched);
    insertSums(sums.names.values(), sums.values.values());
    List<List<String>> notes = new ArrayList<>();
    for (String id : touched) notes.add(List.of("L", id));
    Database.eachRowIn(db, stories, marks -> "SELECT id FROM event_readings WHERE story_id IN (" + marks + ")",
        rs -> notes.add(List.of("R", rs.getString(1))));
    addTodo(todo, notes);
    deleteBy("pending_stories", "story_id", stories);
    db.commit();
  }

  private void addTodo(Set<List<String>> todo, List<List<String>> rows) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO refresh_todo(kind, id) VALUES (?,?)")) {
      for (List<String> r : rows) {
        if (!todo.add(r)) continue;
        ps.setString(1, r.get(0));
        ps.setString(2, r.get(1));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void insertSums(Collection<Sum> names, Collection<Sum> values) throws SQLException {
    // A name's second column is its type, a value's its kind.
    insertSums("INSERT INTO link_names(id, type, name, first_story, first_idx, n) VALUES (?,?,?,?,?,?)", names,
        x -> java.util.Objects.requireNonNull(x.type, "type").name());
    insertSums("INSERT INTO link_values(id, kind, v, first_story, first_idx, n) VALUES (?,?,?,?,?,?)", values, x -> x.kind);
  }

  private void insertSums(String sql, Collection<Sum> sums, java.util.function.Function<Sum, String> second) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      int i = 0;
      for (Sum x : sums) {
        ps.setString(1, x.id);
        ps.setString(2, second.apply(x));
        ps.setString(3, x.v);
        ps.setString(4, x.firstStory);
        ps.setInt(5, x.firstIdx);
        ps.setInt(6, x.n);
        ps.addBatch();
        if (++i % CHUNK == 0) flush(ps);
      }
      ps.executeBatch();
    }
  }

  /** Runs a batch, and commits it when this refresh commits a chunk at a time. */
  private void flush(PreparedStatement ps) throws SQLException {
    ps.executeBatch();
    if (chunked) db.commit();
  }

  private long count(String sql) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@return the story-level entities as linking reads them: in order of first mention} */
  private static List<CorpusLinker.Named> ordered(Collection<Sum> names) {
    List<Sum> sorted = new ArrayList<>(names);
    sorted.sort(ORDER);
    List<CorpusLinker.Named> out = new ArrayList<>(sorted.size());
    for (Sum x : sorted) out.add(x.named());
    return out;
  }

  /** {@return each corpus-wide id with the story-level entities linked to it, in order of first mention} */
  private static Map<String, List<Sum>> members(Collection<Sum> names, Map<String, String> remap) {
    Map<String, List<Sum>> out = new HashMap<>();
    for (Sum x : names) out.computeIfAbsent(remap.getOrDefault(x.id, x.id), k -> new ArrayList<>()).add(x);
    for (List<Sum> l : out.values()) l.sort(ORDER);
    return out;
  }

  /** {@return the entity built from the sums of its story-level entities, as linking builds it from their mentions} */
  private static Entity entity(CorpusSteps steps, String id, List<Sum> members, Map<String, List<Sum>> values) {
    CorpusLinker.Tally t = new CorpusLinker.Tally();
    for (Sum x : members) {
      t.first(java.util.Objects.requireNonNull(x.type, "type"), x.n);
      List<Sum> vs = new ArrayList<>(values.getOrDefault(x.id, List.of()));
      vs.sort(ORDER);
      for (Sum v : vs) {
        switch (v.kind) {
          case "a" -> t.alias(v.v);
          case "n" -> t.name(v.v, v.n);
          case "c" -> t.country(v.v, v.n);
          default -> throw new IllegalStateException("unknown link value kind '" + v.kind + "' of " + v.id);
        }
      }
    }
    return steps.entity(id, t);
  }

  /**
   * {@return the readings to merge again, by id, relinked: the seeds, the readings that share a
   * block and can share dates with one, and every reading of a component any of them was in} Such
   * a set is closed under same-event pairs: a reading outside it meets a reading inside only
   * through a seed's blocks.
   */
  private Map<String, Event> closure(Set<String> seeds, Map<String, String> remap) throws SQLException {
    Map<String, Event> out = new HashMap<>();
    read(seeds, remap, out);
    Set<String> near = new HashSet<>(seeds);
    try (PreparedStatement ps = db.prepareStatement("SELECT reading_id FROM reading_keys WHERE k = ? AND lo <= ? AND hi >= ?")) {
      for (Event e : List.copyOf(out.values())) {
        int[] b = days(e);
        for (String k : steps.blockKeys(e)) {
          ps.setString(1, k);
          ps.setInt(2, b[1]);
          ps.setInt(3, b[0]);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) near.add(rs.getString(1));
          }
        }
      }
    }
    Set<String> components = new HashSet<>();
    Database.eachRowIn(db, near, marks -> "SELECT component FROM reading_state WHERE reading_id IN (" + marks + ")",
        rs -> components.add(rs.getString(1)));
    Database.eachRowIn(db, components, marks -> "SELECT reading_id FROM reading_state WHERE component IN (" + marks + ")",
        rs -> near.add(rs.getString(1)));
    near.removeAll(out.keySet());
    read(near, remap, out);
    return out;
  }

  /** Reads readings by id, relinked to the entities as they now are. */
  private void read(Collection<String> ids, Map<String, String> remap, Map<String, Event> out) throws SQLException {
    Map<String, Event> raw = new HashMap<>();
    Database.eachRowIn(db, ids, marks -> "SELECT id, json FROM event_readings WHERE id IN (" + marks + ")",
        rs -> raw.put(rs.getString(1), Json.event(Json.read(rs.getString(2)))));
    Set<String> refs = new HashSet<>();
    for (Event e : raw.values()) {
      for (Actor a : e.actors()) refs.add(remap.getOrDefault(a.entity(), a.entity()));
      if (e.location() != null) refs.add(remap.getOrDefault(e.location().entity(), e.location().entity()));
    }
    Map<String, Entity> byId = new HashMap<>();
    Database.eachRowIn(db, refs, marks -> "SELECT id, name FROM entities WHERE id IN (" + marks + ")",
        rs -> byId.put(rs.getString(1), new Entity(rs.getString(1), EntityType.PERSON, rs.getString(2), List.of(), null, 0)));
    CorpusLinker.Result linked = new CorpusLinker.Result(List.of(), remap);
    Map<String, String> strings = new HashMap<>();
    raw.forEach((id, e) -> out.put(id, relink(e, linked, byId, strings)));
  }

  /** {@return the first and last day a reading's dates can fall on, as yyyymmdd; any day when it has no year} */
  private static int[] days(Event e) {
    DateRange d = e.date();
    if (d == null || d.start().year() == null) return new int[] {0, Integer.MAX_VALUE};
    DateValue s = d.start();
    DateValue end = d.end() == null ? s : d.end();
    int lo = s.year() * 10000 + (s.month() == null ? 1 : s.month()) * 100 + (s.day() == null ? 1 : s.day());
    int hi = end.year() == null ? Integer.MAX_VALUE : end.year() * 10000 + (end.month() == null ? 12 : end.month()) * 100 + (end.day() == null ? 31 : end.day());
    return new int[] {lo, hi};
  }

  /**
   * {@return each reading's component of same-event pairs, named by its least reading id} The
   * readings must be in id order, as merging reads them.
   */
  private List<String> components(List<String> ids, List<Event> readings) {
    int n = readings.size();
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, Comparator.comparing(readings::get, steps.order()));
    Map<String, List<Integer>> blocks = new HashMap<>();
    for (int i : order) for (String k : steps.blockKeys(readings.get(i))) blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    for (List<Integer> block : blocks.values()) {
      if (block.size() < 2) continue;
      List<Event> members = new ArrayList<>(block.size());
      for (int i : block) members.add(readings.get(i));
      for (int[] p : steps.sameEventPairs(members)) {
        int a = root(parent, block.get(p[0]));
        int b = root(parent, block.get(p[1]));
        // The least index (the least id: readings are in id order) stays the root.
        if (a != b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(ids.get(root(parent, i)));
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** Writes each reading's blocks, the entities it points at and its component. */
  private void writeReadingState(List<String> ids, List<Event> readings, List<String> components) throws SQLException {
    // Readings in id order, and their key and reference rows in key order over all of them
    // (KeyOrderRows), as writeEvents does: rows fill neighbouring pages of each tree.
    List<Integer> order = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) order.add(i);
    order.sort(java.util.Comparator.comparing(ids::get));
    int[] lo = new int[ids.size()];
    int[] hi = new int[ids.size()];
    KeyOrderRows keyRows = new KeyOrderRows(ids);
    KeyOrderRows refRows = new KeyOrderRows(ids);
    try (PreparedStatement ks = db.prepareStatement("INSERT INTO reading_keys(k, reading_id, lo, hi) VALUES (?,?,?,?)");
        PreparedStatement rs = db.prepareStatement("INSERT INTO reading_refs(ref, reading_id) VALUES (?,?)");
        PreparedStatement cs = db.prepareStatement("INSERT INTO reading_state(reading_id, component) VALUES (?,?)")) {
      for (int n = 0; n < order.size(); n++) {
        int i = order.get(n);
        Event e = readings.get(i);
        String id = ids.get(i);
        int[] b = days(e);
        lo[i] = b[0];
        hi[i] = b[1];
        for (String k : new LinkedHashSet<>(steps.blockKeys(e))) keyRows.add(k, "", i);
        Set<String> refs = new LinkedHashSet<>();
        for (Actor a : e.actors()) refs.add(a.entity());
        if (e.location() != null) refs.add(e.location().entity());
        for (String r : refs) refRows.add(r, "", i);
        cs.setString(1, id);
        cs.setString(2, components.get(i));
        cs.addBatch();
        if ((n + 1) % CHUNK == 0) flush(cs);
      }
      flush(cs);
      keyRows.insert(db, ks, 10 * CHUNK, chunked, (ps, k, unused, i) -> {
        ps.setString(1, k);
        ps.setString(2, ids.get(i));
        ps.setInt(3, lo[i]);
        ps.setInt(4, hi[i]);
      });
      refRows.insert(db, rs, 10 * CHUNK, chunked, (ps, ref, unused, i) -> {
        ps.setString(1, ref);
        ps.setString(2, ids.get(i));
      });
    }
  }

  private static String intern(Map<String, String> strings, String s) {
    return s == null ? null : strings.computeIfAbsent(s, k -> k);
  }

  /** Points a reading's actors and place at corpus-wide entities. */
  private static Event relink(Event e, CorpusLinker.Result linked, Map<String, Entity> byId, Map<String, String> strings) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : e.actors()) {
      String id = linked.resolve(a.entity());
      Entity ent = byId.get(id);
      actors.putIfAbsent(id, new Actor(id, ent == null ? intern(strings, a.name()) : ent.name(), a.role()));
    }
    Place loc = e.location();
    if (loc != null) {
      String id = linked.resolve(loc.entity());
      Entity ent = byId.get(id);
      loc = new Place(id, ent == null ? loc.name() : ent.name());
    }
    List<Evidence> sources = new ArrayList<>();
    for (Evidence s : e.sources()) {
      sources.add(new Evidence(intern(strings, s.doc()), s.story(), intern(strings, s.file()), intern(strings, s.lang()), s.sentence(), s.span()));
    }
    List<String> countries = e.countries().stream().map(c -> intern(strings, c)).toList();
    List<String> fields = e.fields().stream().map(c -> intern(strings, c)).toList();
    return new Event(e.id(), intern(strings, e.type()), intern(strings, e.form()), intern(strings, e.cameo()), e.mode(),
        e.status(), e.date(), List.copyOf(actors.values()), countries, loc, fields, e.quantities(), sources, e.confidence());
  }

  private Map<String, String> hashes(String sql) throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(5000);
      try (ResultSet rs = st.executeQuery(sql)) {
        while (rs.next()) out.put(rs.getString(1), rs.getString(2) == null ? "" : rs.getString(2));
      }
    }
    return out;
  }

  /** Writes the entities whose content changed, and deletes those of {@code old} (id → hash) that are gone. */
  private void writeEntities(List<Entity> entities, Map<String, String> old) throws SQLException {
    List<Entity> changed = new ArrayList<>();
    Map<Entity, String> hash = new HashMap<>();
    for (Entity e : entities) {
      String h = hash(Json.write(Json.entity(e)));
      String was = old.remove(e.id());
      if (!h.equals(was)) {
        changed.add(e);
        hash.put(e, h);
        if (was != null) old.put(e.id(), was); // to delete before the insert
      }
    }
    changedEntities = changed.size();
    // The rows that hang off an entity go first, the entity (which holds the hash) last: a
    // refresh killed between the two still sees the entity, and deletes the rest again.
    deleteBy("entity_aliases", "entity_id", old.keySet());
    deleteBy("entity_words", "entity_id", old.keySet());
    deleteBy("entities", "id", old.keySet());
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities(id, type, name, country, mentions, aliases, hash) VALUES (?,?,?,?,?,?,?)");
        PreparedStatement al = db.prepareStatement("INSERT INTO entity_aliases(folded, entity_id) VALUES (?,?)");
        PreparedStatement wd = db.prepareStatement("INSERT INTO entity_words(word, entity_id, whole, type, mentions) VALUES (?,?,?,?,?)")) {
      int n = 0;
      for (Entity e : changed) {
        ps.setString(1, e.id());
        ps.setString(2, e.type().name());
        ps.setString(3, e.name());
        ps.setString(4, e.country());
        ps.setInt(5, e.mentions());
        ArrayNode aliases = Json.MAPPER.createArrayNode();
        e.aliases().forEach(aliases::add);
        ps.setString(6, Json.write(aliases));
        ps.setString(7, hash.get(e));
        ps.addBatch();
        Set<String> names = new LinkedHashSet<>();
        names.add(Fold.fold(e.name()));
        names.add(Fold.fold(e.id()));
        for (String a : e.aliases()) names.add(Fold.fold(a.strip()));
        for (String f : names) {
          if (f.isEmpty()) continue;
          al.setString(1, f);
          al.setString(2, e.id());
          al.addBatch();
        }
        for (EntityWords.Word w : EntityWords.of(names)) {
          wd.setString(1, w.text());
          wd.setString(2, e.id());
          wd.setInt(3, w.whole() ? 1 : 0);
          wd.setString(4, e.type().name());
          wd.setInt(5, e.mentions());
          wd.addBatch();
        }
        if (++n % CHUNK == 0) {
          ps.executeBatch();
          al.executeBatch();
          wd.executeBatch();
          if (chunked) db.commit();
        }
      }
      ps.executeBatch();
      al.executeBatch();
      wd.executeBatch();
    }
  }

  /** Writes the remap entries that differ from {@code old}'s, and deletes those of {@code old} that are gone. */
  private void writeRemap(Map<String, String> remap, Map<String, String> old) throws SQLException {
    List<String> gone = new ArrayList<>();
    Map<String, String> add = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : old.entrySet()) {
      String now = remap.get(e.getKey());
      if (!e.getValue().equals(now)) gone.add(e.getKey());
    }
    for (Map.Entry<String, String> e : remap.entrySet()) {
      if (!e.getValue().equals(old.get(e.getKey()))) add.put(e.getKey(), e.getValue());
    }
    deleteBy("entity_remap", "local_id", gone);
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO entity_remap(local_id, entity_id) VALUES (?,?)")) {
      for (Map.Entry<String, String> e : add.entrySet()) {
        ps.setString(1, e.getKey());
        ps.setString(2, e.getValue());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Writes the events whose content changed, and deletes those of {@code old} (id → hash) that are gone. */
  private void writeEvents(List<Event> merged, Map<String, String> old) throws SQLException {
    List<Event> changed = new ArrayList<>();
    // Null when every event is written: their JSON is then written out again rather than held for all.
    @Nullable List<String> json = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    // Written in id order (and the party rows in key order over all of them, below), rows fill
    // neighbouring pages of each table's tree instead of a random page each.
    List<Event> byId = new ArrayList<>(merged);
    byId.sort(java.util.Comparator.comparing(Event::id));
    List<String> allHashes = new ArrayList<>(byId.size());
    boolean empty = old.isEmpty();
    for (Event e : byId) {
      String j = Json.write(Json.event(e));
      String h = hash(j);
      allHashes.add(h);
      String was = old.remove(e.id());
      if (!h.equals(was)) {
        changed.add(e);
        if (json != null) json.add(j);
        hashes.add(h);
        if (was != null) old.put(e.id(), was);
        // Half or more changed: every event is written (below), and the JSON of a few hundred
        // thousand held until then would be most of the refresh's heap.
        if (json != null && chunked && changed.size() * 2 >= byId.size()) json = null;
      }
    }
    // A full refresh that changes half the events or more: the tables emptied and every event
    // written in key order, their indexes built afterwards, cost less than deleting the changed
    // events' rows one by one from all over each tree and inserting them again.
    boolean fresh = chunked && (empty || changed.size() * 2 >= byId.size());
    List<String> eventTables = List.of("events", "event_json", "event_actors", "event_countries", "event_keys", "event_stories", "event_parties");
    if (fresh) {
      truncate(eventTables);
      dropIndexes(eventTables);
      old.clear();
      changed = byId;
      json = null;
      hashes = allHashes;
    }
    changedEvents = changed.size();
    // As for entities: the event row, which holds the hash, goes last.
    deleteBy("event_json", "id", old.keySet());
    // Before event_keys, from which the party rows to delete are found again.
    deleteParties(old.keySet());
    for (String t : List.of("event_actors", "event_countries", "event_keys", "event_stories")) deleteBy(t, "event_id", old.keySet());
    deleteBy("events", "id", old.keySet());
    List<String> sortKeys = new ArrayList<>(changed.size());
    for (Event e : changed) sortKeys.add(sortKey(e));
    KeyOrderRows partyRows = new KeyOrderRows(sortKeys);
    String[] actorLists = new String[changed.size()];
    String[] fieldLists = new String[changed.size()];
    try (PreparedStatement ev = db.prepareStatement(
            "INSERT INTO events(id, type, form, status, date_start, date_end, sort_key, json, date_lo, date_hi, location, hash)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        // Rows of changed events were deleted above and each set below is distinct: plain inserts.
        PreparedStatement js = db.prepareStatement("INSERT INTO event_json(id, json) VALUES (?,?)");
        PreparedStatement ac = db.prepareStatement("INSERT INTO event_actors(event_id, entity_id, role) VALUES (?,?,?)");
        PreparedStatement co = db.prepareStatement("INSERT INTO event_countries(event_id, country) VALUES (?,?)");
        PreparedStatement ks = db.prepareStatement("INSERT INTO event_keys(event_id, k) VALUES (?,?)");
        PreparedStatement ss = db.prepareStatement("INSERT INTO event_stories(event_id, story_id) VALUES (?,?)");
        PreparedStatement pa = db.prepareStatement("INSERT INTO event_parties(a, b, sort_key, fields, form, date_start, actors) VALUES (?,?,?,?,?,?,?)")) {
      for (int i = 0; i < changed.size(); i++) {
        Event e = changed.get(i);
        String[] b = bounds(e.date());
        ev.setString(1, e.id());
        ev.setString(2, e.type());
        ev.setString(3, e.form());
        ev.setString(4, e.status().wire());
        ev.setString(5, e.date() == null ? null : e.date().start().iso());
        ev.setString(6, e.date() == null || e.date().end() == null ? null : e.date().end().iso());
        ev.setString(7, sortKeys.get(i));
        ev.setString(8, ""); // the JSON lives in event_json (migration 4)
        js.setString(1, e.id());
        js.setString(2, json != null ? json.get(i) : Json.write(Json.event(e)));
        js.addBatch();
        ev.setString(9, b == null ? null : b[0]);
        ev.setString(10, b == null ? null : b[1]);
        ev.setString(11, e.location() == null ? null : e.location().entity());
        ev.setString(12, hashes.get(i));
        ev.addBatch();
        Set<String> keys = new LinkedHashSet<>();
        Set<String> actorIds = new LinkedHashSet<>();
        for (Actor a : e.actors()) {
          if (!actorIds.add(a.entity())) continue;
          ac.setString(1, e.id());
          ac.setString(2, a.entity());
          ac.setString(3, a.role().wire());
          ac.addBatch();
          keys.add(EventFilter.entityKey(a.entity()));
        }
        for (String c : new LinkedHashSet<>(e.countries())) {
          co.setString(1, e.id());
          co.setString(2, c);
          co.addBatch();
          keys.add(EventFilter.countryKey(c));
        }
        if (e.location() != null) keys.add(EventFilter.entityKey(e.location().entity()));
        for (String f : e.fields()) keys.add(EventFilter.fieldKey(f));
        for (String k : keys) {
          ks.setString(1, e.id());
          ks.setString(2, k);
          ks.addBatch();
        }
        for (String[] ab : EventParties.rows(keys)) partyRows.add(ab[0], ab[1], i);
        fieldLists[i] = EventParties.fields(keys);
        actorLists[i] = EventParties.actors(e.actors());
        Set<String> stories = new LinkedHashSet<>();
        for (Evidence s : e.sources()) if (!s.story().isEmpty()) stories.add(s.story());
        for (String s : stories) {
          ss.setString(1, e.id());
          ss.setString(2, s);
          ss.addBatch();
        }
        if ((i + 1) % CHUNK == 0) {
          ev.executeBatch();
          js.executeBatch();
          ac.executeBatch();
          co.executeBatch();
          ks.executeBatch();
          ss.executeBatch();
          if (chunked) db.commit();
        }
      }
      ev.executeBatch();
      js.executeBatch();
      ac.executeBatch();
      co.executeBatch();
      ks.executeBatch();
      ss.executeBatch();
      if (chunked) db.commit();
      // In key order over all the events written (KeyOrderRows), ten chunks' worth a transaction.
      // A party's own row (b = '') also carries what a contact network reads of the event.
      List<Event> written = changed;
      partyRows.insert(db, pa, 10 * CHUNK, chunked, (ps, a, b, item) -> {
        Event e = written.get(item);
        boolean own = b.isEmpty();
        ps.setString(1, a);
        ps.setString(2, b);
        ps.setString(3, sortKeys.get(item));
        ps.setString(4, fieldLists[item]);
        ps.setString(5, own ? e.form() : null);
        ps.setString(6, own && e.date() != null ? e.date().start().iso() : null);
        ps.setString(7, own ? actorLists[item] : null);
      });
    }
    if (fresh) createIndexes(eventTables);
  }

  /**
   * Deletes the event_parties rows of the events {@code ids}, found again from their keys and sort
   * keys as {@link #writeEvents} wrote them (the table has no index by event: its rows are only ever
   * read by party).
   */
  private void deleteParties(Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) return;
    for (List<String> part : Database.chunks(ids)) {
      Map<String, Set<String>> keys = new HashMap<>();
      Map<String, String> sortKeys = new HashMap<>();
      try (PreparedStatement ps = db.prepareStatement("SELECT e.id, e.sort_key, k.k FROM events e JOIN event_keys k ON k.event_id = e.id"
          + " WHERE e.id IN (" + Database.marks(part.size()) + ")")) {
        Database.bind(ps, 1, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            sortKeys.put(rs.getString(1), rs.getString(2));
            keys.computeIfAbsent(rs.getString(1), x -> new LinkedHashSet<>()).add(rs.getString(3));
          }
        }
      }
      try (PreparedStatement del = db.prepareStatement("DELETE FROM event_parties WHERE a = ? AND b = ? AND sort_key = ?")) {
        for (Map.Entry<String, Set<String>> e : keys.entrySet()) {
          for (String[] ab : EventParties.rows(e.getValue())) {
            del.setString(1, ab[0]);
            del.setString(2, ab[1]);
            del.setString(3, sortKeys.get(e.getKey()));
            del.addBatch();
          }
        }
        del.executeBatch();
      }
      if (chunked) db.commit();
    }
  }

  /** {@return the key events sort by: date (undated last), then id, as merging orders them} */
  static String sortKey(Event e) {
    return (e.date() == null ? "~" : e.date().start().sortKey()) + " " + e.id();
  }

  /**
   * The secondary indexes of the derived tables, by table, as the schema's migrations made them,
   * that a full refresh drops while it fills the tables it emptied and builds again afterwards:
   * building an index sorts the table's rows once, where an index kept up row by row (by story,
   * date, component: orders the rows are not written in) takes each row to a random page of its
   * tree, which misses H2's page cache once the index outgrows it. {@link #run} builds any that a
   * refresh killed in between left out.
   */
  private static final Map<String, List<String>> INDEXES = Map.of(
      "reading_keys", List.of("reading_keys_reading ON reading_keys(reading_id)"),
      "reading_refs", List.of("reading_refs_reading ON reading_refs(reading_id)"),
      "reading_state", List.of("reading_state_component ON reading_state(component)"),
      "events", List.of("events_sort ON events(sort_key)", "events_date ON events(date_lo, date_hi)"),
      "event_actors", List.of("event_actors_entity ON event_actors(entity_id)"),
      "event_countries", List.of("event_countries_country ON event_countries(country)"),
      "event_keys", List.of("event_keys_k_event ON event_keys(k, event_id)"),
      "event_stories", List.of("event_stories_story ON event_stories(story_id)"));

  private void dropIndexes(Collection<String> tables) throws SQLException {
    for (String t : tables) {
      for (String def : INDEXES.getOrDefault(t, List.of())) {
        try (Statement st = db.createStatement()) {
          st.executeUpdate("DROP INDEX IF EXISTS " + def.substring(0, def.indexOf(' ')));
        }
      }
    }
    db.commit();
  }

  private void createIndexes(Collection<String> tables) throws SQLException {
    for (String t : tables) {
      for (String def : INDEXES.getOrDefault(t, List.of())) {
        try (Statement st = db.createStatement()) {
          st.executeUpdate("CREATE INDEX IF NOT EXISTS " + def);
        }
      }
    }
    db.commit();
  }

  /**
   * Empties tables, each in a transaction of its own. TRUNCATE, not DELETE: H2 deletes row by row
   * (and its commit visits each deleted row again), TRUNCATE drops the table's trees at once.
   */
  private void truncate(List<String> tables) throws SQLException {
    for (String t : tables) {
      try (Statement st = db.createStatement()) {
        st.executeUpdate("TRUNCATE TABLE " + t);
      }
      db.commit();
    }
  }

  private void deleteBy(String table, String column, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) return;
    for (List<String> part : Database.chunks(ids)) {
      try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + Database.marks(part.size()) + ")")) {
        Database.bind(ps, 1, part);
        ps.executeUpdate();
      }
      if (chunked) db.commit();
    }
  }

  /** {@return the CPU time of the whole process so far (every thread: H2 serialises pages on one of its own), ns; 0 when unknown} */
  private static long cpu() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : 0;
  }

  /** A 64-bit FNV-1a hash of the text, in hex: enough to tell whether a row's content changed. */
  static String hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return Long.toHexString(h);
  }

  /** {@return the yyyy-mm-dd bounds of a date range as events are filtered, or null without a year} */
  static String @Nullable [] bounds(@Nullable DateRange d) {
    if (d == null || d.start().year() == null) return null;
    var end = d.end() != null && d.end().year() != null ? d.end() : d.start();
    return new String[] {DayRange.lowKey(d.start()), DayRange.highKey(end)};
  }
}
