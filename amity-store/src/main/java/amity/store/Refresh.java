package amity.store;

import amity.event.EventMerger;
import amity.index.DayRange;
import amity.kb.KnowledgeBase;
import amity.link.CorpusLinker;
import amity.model.Actor;
import amity.model.DateRange;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Place;
import amity.text.Fold;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One refresh of the derived tables: corpus-wide entities (through {@link CorpusLinker}) and
 * merged events (through {@link EventMerger}), computed from every mention and event reading and
 * written as a difference against what is stored.
 *
 * <p>Design decision: linking and merging are global (a new long name can join older short ones;
 * a new report can join two old ones), so they are recomputed from all readings, which the core
 * does in near-linear time; what is made incremental is everything around them. Mentions are
 * streamed in key order and interned, so memory holds each distinct mention once; rows are
 * rewritten only where their content hash changed, so a refresh after adding ten pages to
 * 100,000 writes a few hundred rows, not the whole tables.
 *
 * <p>Writes are committed a chunk at a time, and the store is marked clean only at the end: a
 * refresh killed half-way leaves the store dirty, and the next one compares against what was
 * written and completes it. Readers may see a half-refreshed state meanwhile. Not API.
 */
final class Refresh {
  /** Rows of one kind written a transaction: H2 slows down sharply on very large transactions. */
  private static final int CHUNK = 2000;

  private final Connection db;
  private int changedEntities;
  private int changedEvents;

  Refresh(Connection db) {
    this.db = db;
  }

  void run(KnowledgeBase kb) throws SQLException {
    boolean auto = db.getAutoCommit();
    db.setAutoCommit(false);
    try {
      long t0 = System.nanoTime();
      List<CorpusLinker.MentionRow> mentions = mentions();
      long t1 = System.nanoTime();
      CorpusLinker.Result linked = new CorpusLinker(kb).link(mentions);
      mentions = null;
      Map<String, Entity> byId = new HashMap<>();
      for (Entity e : linked.entities()) byId.put(e.id(), e);
      long t2 = System.nanoTime();
      List<Event> readings = readings(linked, byId);
      long t3 = System.nanoTime();
      List<Event> merged = new EventMerger().merge(readings);
      readings = null;
      long t4 = System.nanoTime();
      writeEntities(linked.entities());
      writeRemap(linked.remap());
      long t5 = System.nanoTime();
      writeEvents(merged);
      Database.setMeta(db, "dirty", "0");
      db.commit();
      long t6 = System.nanoTime();
      if (Boolean.getBoolean("amity.timing")) {
        System.err.printf("amity: refresh: read mentions %.2f s, link %.2f s, read readings %.2f s, merge %.2f s,"
            + " write entities %.2f s (%d changed), write events %.2f s (%d changed of %d)%n",
            (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9, changedEntities,
            (t6 - t5) / 1e9, changedEvents, merged.size());
      }
    } catch (SQLException | RuntimeException e) {
      db.rollback();
      throw e;
    } finally {
      db.setAutoCommit(auto);
    }
  }

  private List<CorpusLinker.MentionRow> mentions() throws SQLException {
    Map<CorpusLinker.MentionRow, CorpusLinker.MentionRow> distinct = new HashMap<>();
    Map<String, String> strings = new HashMap<>();
    List<CorpusLinker.MentionRow> rows = new ArrayList<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(5000);
      try (ResultSet rs = st.executeQuery("SELECT entity_id, entity_name, type, surface, country, finder FROM mentions ORDER BY story_id, idx")) {
        while (rs.next()) {
          // A title standing for a person ("the Cuban leader") counts as a mention, not an alias.
          CorpusLinker.MentionRow r = new CorpusLinker.MentionRow(intern(strings, rs.getString(1)), intern(strings, rs.getString(2)),
              EntityType.valueOf(rs.getString(3)), intern(strings, rs.getString(4)), intern(strings, rs.getString(5)),
              "nominal".equals(rs.getString(6)));
          rows.add(distinct.computeIfAbsent(r, k -> k));
        }
      }
    }
    return rows;
  }

  private static String intern(Map<String, String> strings, String s) {
    return s == null ? null : strings.computeIfAbsent(s, k -> k);
  }

  private List<Event> readings(CorpusLinker.Result linked, Map<String, Entity> byId) throws SQLException {
    List<Event> out = new ArrayList<>();
    Map<String, String> strings = new HashMap<>();
    try (Statement st = db.createStatement()) {
      st.setFetchSize(2000);
      // Key order, so no sort: EventMerger's result does not depend on the order of its input
      // beyond ties within one document, which key order breaks as (doc_id, id) order did.
      try (ResultSet rs = st.executeQuery("SELECT json FROM event_readings ORDER BY id")) {
        while (rs.next()) out.add(relink(Json.event(Json.read(rs.getString(1))), linked, byId, strings));
      }
    }
    return out;
  }

  /** Points a reading's actors and place at corpus-wide entities. */
  private static Event relink(Event e, CorpusLinker.Result linked, Map<String, Entity> byId, Map<String, String> strings) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : e.actors()) {
      String id = linked.resolve(a.entity());
      Entity ent = byId.get(id);
      actors.putIfAbsent(id, new Actor(id, ent == null ? intern(strings, a.name()) : ent.name(), intern(strings, a.role())));
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
    return new Event(e.id(), intern(strings, e.type()), intern(strings, e.form()), intern(strings, e.cameo()), intern(strings, e.mode()),
        intern(strings, e.status()), e.date(), List.copyOf(actors.values()), countries, loc, fields, e.quantities(), sources, e.confidence());
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

  private void writeEntities(List<Entity> entities) throws SQLException {
    Map<String, String> old = hashes("SELECT id, hash FROM entities");
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
    deleteBy("entities", "id", old.keySet());
    deleteBy("entity_aliases", "entity_id", old.keySet());
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities(id, type, name, country, mentions, aliases, hash) VALUES (?,?,?,?,?,?,?)");
        PreparedStatement al = db.prepareStatement("INSERT INTO entity_aliases(folded, entity_id) VALUES (?,?)")) {
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
        if (++n % CHUNK == 0) {
          ps.executeBatch();
          al.executeBatch();
          db.commit();
        }
      }
      ps.executeBatch();
      al.executeBatch();
    }
  }

  private void writeRemap(Map<String, String> remap) throws SQLException {
    Map<String, String> old = hashes("SELECT local_id, entity_id FROM entity_remap");
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

  private void writeEvents(List<Event> merged) throws SQLException {
    Map<String, String> old = hashes("SELECT id, hash FROM events");
    List<Event> changed = new ArrayList<>();
    List<String> json = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    for (Event e : merged) {
      String j = Json.write(Json.event(e));
      String h = hash(j);
      String was = old.remove(e.id());
      if (!h.equals(was)) {
        changed.add(e);
        json.add(j);
        hashes.add(h);
        if (was != null) old.put(e.id(), was);
      }
    }
    changedEvents = changed.size();
    deleteBy("events", "id", old.keySet());
    deleteBy("event_json", "id", old.keySet());
    for (String t : List.of("event_actors", "event_countries", "event_keys", "event_stories")) deleteBy(t, "event_id", old.keySet());
    try (PreparedStatement ev = db.prepareStatement(
            "INSERT INTO events(id, type, form, status, date_start, date_end, sort_key, json, date_lo, date_hi, location, hash)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        // Rows of changed events were deleted above and each set below is distinct: plain inserts.
        PreparedStatement js = db.prepareStatement("INSERT INTO event_json(id, json) VALUES (?,?)");
        PreparedStatement ac = db.prepareStatement("INSERT INTO event_actors(event_id, entity_id, role) VALUES (?,?,?)");
        PreparedStatement co = db.prepareStatement("INSERT INTO event_countries(event_id, country) VALUES (?,?)");
        PreparedStatement ks = db.prepareStatement("INSERT INTO event_keys(event_id, k) VALUES (?,?)");
        PreparedStatement ss = db.prepareStatement("INSERT INTO event_stories(event_id, story_id) VALUES (?,?)")) {
      for (int i = 0; i < changed.size(); i++) {
        Event e = changed.get(i);
        String[] b = bounds(e.date());
        ev.setString(1, e.id());
        ev.setString(2, e.type());
        ev.setString(3, e.form());
        ev.setString(4, e.status());
        ev.setString(5, e.date() == null ? null : e.date().start().iso());
        ev.setString(6, e.date() == null || e.date().end() == null ? null : e.date().end().iso());
        ev.setString(7, sortKey(e));
        ev.setString(8, ""); // the JSON lives in event_json (migration 4)
        js.setString(1, e.id());
        js.setString(2, json.get(i));
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
          ac.setString(3, a.role());
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
          db.commit();
        }
      }
      ev.executeBatch();
      js.executeBatch();
      ac.executeBatch();
      co.executeBatch();
      ks.executeBatch();
      ss.executeBatch();
    }
  }

  /** {@return the key events sort by: date (undated last), then id, as {@link EventMerger} orders them} */
  static String sortKey(Event e) {
    return (e.date() == null ? "~" : e.date().start().sortKey()) + " " + e.id();
  }

  private void deleteBy(String table, String column, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) return;
    for (List<String> part : Database.chunks(ids)) {
      try (PreparedStatement ps = db.prepareStatement("DELETE FROM " + table + " WHERE " + column + " IN (" + Database.marks(part.size()) + ")")) {
        Database.bind(ps, 1, part);
        ps.executeUpdate();
      }
      db.commit();
    }
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
