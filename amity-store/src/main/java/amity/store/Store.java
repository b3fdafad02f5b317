package amity.store;

import amity.event.EventMerger;
import amity.event.Topics;
import amity.index.StoryIndex;
import amity.kb.KnowledgeBase;
import amity.link.CorpusLinker;
import amity.model.Actor;
import amity.model.Alignment;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.PageLine;
import amity.model.Place;
import amity.model.RelatedLink;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.text.Fold;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * amity's store in one folder: an embedded H2 database ({@code amity.mv.db}), the source of truth,
 * and a Lucene index ({@code index/}) derived from it.
 *
 * <p>Each document is saved in one transaction, keyed by its content hash, so saving the same
 * content twice adds nothing and a crash leaves either the whole document or none of it.
 * Entities and merged events are derived tables: {@link #refresh} recomputes them from the
 * mentions and event readings when anything changed since the last refresh, including after a
 * crash in the middle of one. The index is brought level with the database when the store
 * opens.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("amity-data"))) {
 *   if (!store.contains(analysis.document().id())) store.save(analysis);
 *   store.refresh(kb);
 *   store.events();
 * }
 * }</pre>
 *
 * <p>One process at a time (H2 locks the file). Methods are synchronized.
 */
public final class Store implements Closeable {
  private final Path dir;
  private final Connection db;
  private final StoryIndex index;
  private final Topics topics = new Topics();

  private Store(Path dir, Connection db, StoryIndex index) {
    this.dir = dir;
    this.db = db;
    this.index = index;
  }

  /** Opens or creates the store in {@code dir}. */
  public static Store open(Path dir) throws StoreException {
    Connection c = null;
    try {
      Files.createDirectories(dir);
      String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("amity") + ";DB_CLOSE_ON_EXIT=FALSE";
      c = DriverManager.getConnection(url, "amity", "");
      Schema.migrate(c);
      StoryIndex idx = new StoryIndex(dir.resolve("index"));
      Store s = new Store(dir, c, idx);
      s.levelIndex();
      return s;
    } catch (SQLException e) {
      closeQuietly(c);
      String reason = e.getMessage() != null && e.getMessage().contains("locked")
          ? "it is in use by another amity process"
          : e.getMessage();
      throw new StoreException("cannot open store " + dir + ": " + reason, e);
    } catch (IOException e) {
      closeQuietly(c);
      throw new StoreException("cannot open store " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  /** {@return whether a document with this content hash is stored} */
  public synchronized boolean contains(String docId) throws StoreException {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw fail("read", e);
    }
  }

  /**
   * Saves one analysed document in one transaction and indexes its stories.
   *
   * @return false when a document with the same content was already stored
   */
  public synchronized boolean save(DocumentAnalysis a) throws StoreException {
    Document d = a.document();
    try {
      db.setAutoCommit(false);
      try {
        if (exists("documents", d.id())) {
          db.rollback();
          return false;
        }
        insertDocument(a);
        setMeta("dirty", "1");
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
      index.put(indexEntries(a));
      index.commit();
      return true;
    } catch (SQLException | IOException e) {
      throw fail("save " + d.file(), e);
    }
  }

  private void insertDocument(DocumentAnalysis a) throws SQLException {
    Document d = a.document();
    try (PreparedStatement ps = db.prepareStatement(
        "INSERT INTO documents(id, file, charset, format, url, published, published_basis,"
            + " published_confidence, text) VALUES (?,?,?,?,?,?,?,?,?)")) {
      ps.setString(1, d.id());
      ps.setString(2, d.file());
      ps.setString(3, d.charset());
      ps.setString(4, d.meta().format());
      ps.setString(5, d.meta().url());
      ps.setString(6, a.page().published().date() == null ? null : a.page().published().date().iso());
      ps.setString(7, a.page().published().basis());
      ps.setDouble(8, a.page().published().confidence());
      ps.setString(9, d.text());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO page_lines VALUES (?,?,?,?,?,?)")) {
      int n = 0;
      for (PageLine l : a.page().lines()) {
        ps.setString(1, d.id());
        ps.setInt(2, n++);
        ps.setInt(3, l.span().start());
        ps.setInt(4, l.span().end());
        ps.setString(5, l.kind().name());
        ps.setString(6, l.reason());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement ps = db.prepareStatement("INSERT INTO related_links VALUES (?,?,?,?,?,?,?)")) {
      int n = 0;
      for (RelatedLink r : a.page().related()) {
        ps.setString(1, d.id());
        ps.setInt(2, n++);
        ps.setString(3, r.title());
        ps.setString(4, r.timestamp() == null ? null : r.timestamp().iso());
        ps.setString(5, r.section());
        ps.setInt(6, r.span().start());
        ps.setInt(7, r.span().end());
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (PreparedStatement st = db.prepareStatement("INSERT INTO stories VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement mt = db.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement et = db.prepareStatement("INSERT INTO event_readings VALUES (?,?,?,?)")) {
      for (StoryAnalysis sa : a.stories()) {
        Story s = sa.story().story();
        st.setString(1, s.id());
        st.setString(2, d.id());
        st.setInt(3, s.index());
        st.setString(4, s.kind().json());
        st.setString(5, sa.story().lang());
        st.setString(6, s.title());
        st.setString(7, s.published().date() == null ? null : s.published().date().iso());
        st.setString(8, s.published().basis());
        st.setString(9, s.dateline() == null ? null : s.dateline().place());
        st.setString(10, s.dateline() == null ? null : s.dateline().agency());
        st.setString(11, s.text());
        st.setString(12, alignmentJson(s.alignment()));
        st.addBatch();
        int n = 0;
        for (LinkedMention lm : sa.mentions()) {
          Mention m = lm.mention();
          var docSpan = s.alignment().toOriginal(m.span());
          mt.setString(1, s.id());
          mt.setInt(2, n++);
          mt.setString(3, d.id());
          mt.setInt(4, m.span().start());
          mt.setInt(5, m.span().end());
          mt.setInt(6, docSpan.start());
          mt.setInt(7, docSpan.end());
          mt.setString(8, m.text());
          mt.setString(9, m.type().name());
          mt.setString(10, m.finder());
          mt.setString(11, m.kbId());
          mt.setString(12, String.join(",", m.roles()));
          mt.setString(13, m.country());
          mt.setString(14, lm.entityId());
          mt.setString(15, lm.entityName());
          mt.addBatch();
        }
        for (Event e : sa.events()) {
          et.setString(1, e.id());
          et.setString(2, s.id());
          et.setString(3, d.id());
          et.setString(4, Json.write(Json.event(e)));
          et.addBatch();
        }
      }
      st.executeBatch();
      mt.executeBatch();
      et.executeBatch();
    }
  }

  private List<StoryIndex.Entry> indexEntries(DocumentAnalysis a) {
    List<StoryIndex.Entry> out = new ArrayList<>();
    for (StoryAnalysis sa : a.stories()) {
      Story s = sa.story().story();
      Set<String> entities = new LinkedHashSet<>();
      Set<String> countries = new LinkedHashSet<>();
      for (LinkedMention m : sa.mentions()) {
        entities.add(m.entityId());
        if (m.mention().country() != null) countries.add(m.mention().country());
      }
      Set<String> fields = new LinkedHashSet<>(topics.in(s.title() + "\n" + s.text(), sa.story().lang()));
      for (Event e : sa.events()) fields.addAll(e.fields());
      out.add(new StoryIndex.Entry(s.id(), a.document().id(), a.document().file(), sa.story().lang(), s.title(), s.text(),
          s.published().date() == null ? null : s.published().date().iso(), entities, fields, countries));
    }
    return out;
  }

  /** Re-indexes every story when the index does not hold exactly the stored stories. */
  private void levelIndex() throws SQLException, IOException {
    int stored = count("stories");
    if (index.size() == stored) return;
    reindex();
  }

  /** Rebuilds the full-text index from the database. */
  public synchronized void reindex() throws StoreException {
    try {
      index.clear();
      List<StoryIndex.Entry> batch = new ArrayList<>();
      Map<String, Set<String>> entities = new HashMap<>();
      Map<String, Set<String>> countries = new HashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT story_id, entity_id, country FROM mentions")) {
        while (rs.next()) {
          entities.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
          if (rs.getString(3) != null) countries.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(3));
        }
      }
      Map<String, Set<String>> fields = new HashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT story_id, json FROM event_readings")) {
        while (rs.next()) {
          for (JsonNode f : Json.read(rs.getString(2)).path("fields")) {
            fields.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(f.asText());
          }
        }
      }
      for (StoryRow s : stories()) {
        Set<String> fs = new LinkedHashSet<>(topics.in(s.title() + "\n" + s.text(), s.lang()));
        fs.addAll(fields.getOrDefault(s.id(), Set.of()));
        batch.add(new StoryIndex.Entry(s.id(), s.doc(), s.file(), s.lang(), s.title(), s.text(), s.date(),
            entities.getOrDefault(s.id(), Set.of()), fs, countries.getOrDefault(s.id(), Set.of())));
        if (batch.size() >= 1000) {
          index.put(batch);
          batch.clear();
        }
      }
      index.put(batch);
      index.commit();
    } catch (SQLException | IOException e) {
      throw fail("reindex", e);
    }
  }

  // ------------------------------------------------------------------ derived tables

  /** {@return whether entities and events need recomputing} */
  public synchronized boolean isDirty() throws StoreException {
    try {
      return "1".equals(getMeta("dirty")) || count("documents") > 0 && count("entities") == 0;
    } catch (SQLException e) {
      throw fail("read", e);
    }
  }

  /**
   * Recomputes corpus-wide entities and merged events from mentions and event readings, in one
   * transaction, when something changed since the last refresh.
   */
  public synchronized void refresh(KnowledgeBase kb) throws StoreException {
    if (!isDirty()) return;
    try {
      List<CorpusLinker.MentionRow> rows = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT entity_id, entity_name, type, surface, country, finder FROM mentions ORDER BY story_id, idx")) {
        while (rs.next()) {
          rows.add(new CorpusLinker.MentionRow(rs.getString(1), rs.getString(2), EntityType.valueOf(rs.getString(3)),
              rs.getString(4), rs.getString(5), "nominal".equals(rs.getString(6))));
        }
      }
      CorpusLinker.Result linked = new CorpusLinker(kb).link(rows);
      Map<String, Entity> byId = new HashMap<>();
      for (Entity e : linked.entities()) byId.put(e.id(), e);
      List<Event> readings = new ArrayList<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("SELECT json FROM event_readings ORDER BY doc_id, id")) {
        while (rs.next()) readings.add(relink(Json.event(Json.read(rs.getString(1))), linked, byId));
      }
      List<Event> merged = new EventMerger().merge(readings);

      db.setAutoCommit(false);
      try (Statement st = db.createStatement()) {
        for (String t : List.of("entities", "entity_remap", "events", "event_actors", "event_countries")) {
          st.execute("DELETE FROM " + t);
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entities VALUES (?,?,?,?,?,?)")) {
          for (Entity e : linked.entities()) {
            ps.setString(1, e.id());
            ps.setString(2, e.type().name());
            ps.setString(3, e.name());
            ps.setString(4, e.country());
            ps.setInt(5, e.mentions());
            ArrayNode aliases = Json.MAPPER.createArrayNode();
            e.aliases().forEach(aliases::add);
            ps.setString(6, Json.write(aliases));
            ps.addBatch();
          }
          ps.executeBatch();
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO entity_remap VALUES (?,?)")) {
          for (Map.Entry<String, String> e : linked.remap().entrySet()) {
            ps.setString(1, e.getKey());
            ps.setString(2, e.getValue());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        try (PreparedStatement ev = db.prepareStatement("INSERT INTO events VALUES (?,?,?,?,?,?,?,?)");
            PreparedStatement ac = db.prepareStatement("MERGE INTO event_actors VALUES (?,?,?)");
            PreparedStatement co = db.prepareStatement("MERGE INTO event_countries VALUES (?,?)")) {
          int n = 0;
          for (Event e : merged) {
            ev.setString(1, e.id());
            ev.setString(2, e.type());
            ev.setString(3, e.form());
            ev.setString(4, e.status());
            ev.setString(5, e.date() == null ? null : e.date().start().iso());
            ev.setString(6, e.date() == null || e.date().end() == null ? null : e.date().end().iso());
            ev.setString(7, String.format("%08d", n++));
            ev.setString(8, Json.write(Json.event(e)));
            ev.addBatch();
            for (Actor a : e.actors()) {
              ac.setString(1, e.id());
              ac.setString(2, a.entity());
              ac.setString(3, a.role());
              ac.addBatch();
            }
            for (String c : e.countries()) {
              co.setString(1, e.id());
              co.setString(2, c);
              co.addBatch();
            }
          }
          ev.executeBatch();
          ac.executeBatch();
          co.executeBatch();
        }
        setMeta("dirty", "0");
        db.commit();
      } catch (SQLException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw fail("refresh", e);
    }
  }

  /** Points a reading's actors and place at corpus-wide entities. */
  private static Event relink(Event e, CorpusLinker.Result linked, Map<String, Entity> byId) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : e.actors()) {
      String id = linked.resolve(a.entity());
      Entity ent = byId.get(id);
      actors.putIfAbsent(id, new Actor(id, ent == null ? a.name() : ent.name(), a.role()));
    }
    Place loc = e.location();
    if (loc != null) {
      String id = linked.resolve(loc.entity());
      Entity ent = byId.get(id);
      loc = new Place(id, ent == null ? loc.name() : ent.name());
    }
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), List.copyOf(actors.values()),
        e.countries(), loc, e.fields(), e.quantities(), e.sources(), e.confidence());
  }

  // ------------------------------------------------------------------ reading

  /** Calls {@code each} for every story, in document and page order. */
  public synchronized void forEachStory(Consumer<StoryRow> each) throws StoreException {
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(
            "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.date_basis, s.text"
                + " FROM stories s JOIN documents d ON d.id = s.doc_id ORDER BY d.file, s.doc_id, s.idx")) {
      while (rs.next()) {
        each.accept(new StoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
      }
    } catch (SQLException e) {
      throw fail("read stories", e);
    }
  }

  public List<StoryRow> stories() throws StoreException {
    List<StoryRow> out = new ArrayList<>();
    forEachStory(out::add);
    return out;
  }

  public synchronized Optional<StoryRow> story(String id) throws StoreException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.date_basis, s.text"
            + " FROM stories s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        return Optional.of(new StoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
      }
    } catch (SQLException e) {
      throw fail("read story", e);
    }
  }

  /** {@return corpus-wide entities, most mentioned first} (call {@link #refresh} first) */
  public synchronized List<Entity> entities() throws StoreException {
    List<Entity> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, type, name, aliases, country, mentions FROM entities ORDER BY mentions DESC, id")) {
      while (rs.next()) {
        List<String> aliases = new ArrayList<>();
        Json.read(rs.getString(4)).forEach(a -> aliases.add(a.asText()));
        out.add(new Entity(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), aliases, rs.getString(5), rs.getInt(6)));
      }
    } catch (SQLException e) {
      throw fail("read entities", e);
    }
    return out;
  }

  /** {@return merged events, by date} (call {@link #refresh} first) */
  public synchronized List<Event> events() throws StoreException {
    List<Event> out = new ArrayList<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("SELECT json FROM events ORDER BY sort_key")) {
      while (rs.next()) out.add(Json.event(Json.read(rs.getString(1))));
    } catch (SQLException e) {
      throw fail("read events", e);
    }
    return out;
  }

  /** {@return the text of a stored document} */
  public synchronized Optional<String> documentText(String docId) throws StoreException {
    try (PreparedStatement ps = db.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw fail("read document", e);
    }
  }

  /** {@return local (story-level) ids that resolve to {@code entityId}, itself included} */
  public synchronized Set<String> localIds(String entityId) throws StoreException {
    Set<String> out = new LinkedHashSet<>(List.of(entityId));
    try (PreparedStatement ps = db.prepareStatement("SELECT local_id FROM entity_remap WHERE entity_id = ?")) {
      ps.setString(1, entityId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) out.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw fail("read", e);
    }
    return out;
  }

  /**
   * An entity's profile: names by language, the roles titles gave it, and the entities most often
   * named in the same stories.
   */
  public record Profile(
      Entity entity, Map<String, List<String>> namesByLanguage, List<String> roles, List<Map.Entry<Entity, Integer>> coMentioned) {}

  public synchronized Optional<Profile> profile(String entityId) throws StoreException {
    Map<String, Entity> all = new HashMap<>();
    for (Entity e : entities()) all.put(e.id(), e);
    Entity entity = all.get(entityId);
    if (entity == null) return Optional.empty();
    Set<String> local = localIds(entityId);
    Map<String, List<String>> names = new TreeMap<>();
    Set<String> roles = new LinkedHashSet<>();
    Set<String> storyIds = new LinkedHashSet<>();
    String in = String.join(",", java.util.Collections.nCopies(local.size(), "?"));
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT m.surface, s.lang, m.roles, m.story_id FROM mentions m JOIN stories s ON s.id = m.story_id"
            + " WHERE m.entity_id IN (" + in + ")")) {
      int i = 1;
      for (String l : local) ps.setString(i++, l);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          List<String> l = names.computeIfAbsent(rs.getString(2), k -> new ArrayList<>());
          if (!l.contains(rs.getString(1))) l.add(rs.getString(1));
          String r = rs.getString(3);
          if (r != null && !r.isBlank()) roles.addAll(List.of(r.split(",")));
          storyIds.add(rs.getString(4));
        }
      }
      Map<String, Integer> co = new HashMap<>();
      if (!storyIds.isEmpty()) {
        String sin = String.join(",", java.util.Collections.nCopies(storyIds.size(), "?"));
        try (PreparedStatement cs = db.prepareStatement(
            "SELECT DISTINCT m.story_id, COALESCE(r.entity_id, m.entity_id) FROM mentions m"
                + " LEFT JOIN entity_remap r ON r.local_id = m.entity_id WHERE m.story_id IN (" + sin + ")")) {
          int j = 1;
          for (String sid : storyIds) cs.setString(j++, sid);
          try (ResultSet rs = cs.executeQuery()) {
            while (rs.next()) {
              String other = rs.getString(2);
              if (!other.equals(entityId)) co.merge(other, 1, Integer::sum);
            }
          }
        }
      }
      List<Map.Entry<Entity, Integer>> coList = new ArrayList<>();
      co.entrySet().stream()
          .filter(e -> all.containsKey(e.getKey()))
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(15)
          .forEach(e -> coList.add(Map.entry(all.get(e.getKey()), e.getValue())));
      return Optional.of(new Profile(entity, names, List.copyOf(roles), coList));
    } catch (SQLException e) {
      throw fail("read profile", e);
    }
  }

  /** Counts per language: stories, entities mentioned, events reported. */
  public record LanguageCount(String lang, int stories, int entities, int events) {}

  public synchronized List<LanguageCount> summary() throws StoreException {
    Map<String, int[]> m = new TreeMap<>();
    try (Statement st = db.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT lang, COUNT(*) FROM stories GROUP BY lang")) {
        while (rs.next()) m.computeIfAbsent(rs.getString(1), k -> new int[3])[0] = rs.getInt(2);
      }
      try (ResultSet rs = st.executeQuery(
          "SELECT s.lang, COUNT(DISTINCT COALESCE(r.entity_id, m.entity_id)) FROM mentions m"
              + " JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id GROUP BY s.lang")) {
        while (rs.next()) m.computeIfAbsent(rs.getString(1), k -> new int[3])[1] = rs.getInt(2);
      }
    } catch (SQLException e) {
      throw fail("summary", e);
    }
    for (Event e : events()) {
      Set<String> langs = new LinkedHashSet<>();
      e.sources().forEach(s -> langs.add(s.lang()));
      for (String l : langs) m.computeIfAbsent(l, k -> new int[3])[2]++;
    }
    List<LanguageCount> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new LanguageCount(k, v[0], v[1], v[2])));
    return out;
  }

  // ------------------------------------------------------------------ search

  /** A search hit as {@code amity search --json} prints it. */
  public record SearchHit(String doc, String story, String file, String lang, String title, String snippet, double score) {}

  /**
   * Full-text search that also finds stories naming an entity the query names, in any script,
   * and stories touching a field of cooperation the query names, in any language.
   */
  public synchronized List<SearchHit> search(String query, @Nullable String lang, int limit, KnowledgeBase kb) throws StoreException {
    try {
      Set<String> entityIds = new LinkedHashSet<>();
      Set<String> aliases = new LinkedHashSet<>();
      String fq = Fold.fold(query.strip());
      for (Entity e : entities()) {
        boolean named = false;
        for (String a : e.aliases()) {
          String fa = Fold.fold(a);
          if (fa.length() >= 2 && (fq.equals(fa) || containsWord(fq, fa))) named = true;
        }
        if (Fold.fold(e.name()).equals(fq)) named = true;
        if (!named) {
          for (var k : kb.byName(query.strip())) if (k.id().equals(e.id())) named = true;
        }
        if (named) {
          entityIds.addAll(localIds(e.id()));
          aliases.addAll(e.aliases());
        }
      }
      Set<String> fields = topics.inAnyLanguage(query);
      List<SearchHit> out = new ArrayList<>();
      for (StoryIndex.Hit h : index.search(query, entityIds, fields, lang, limit)) {
        out.add(new SearchHit(h.doc(), h.id(), h.file(), h.lang(), h.title(), snippet(h.text(), query, aliases), h.score()));
      }
      return out;
    } catch (IOException e) {
      throw fail("search", e);
    }
  }

  private static boolean containsWord(String folded, String word) {
    int i = folded.indexOf(word);
    while (i >= 0) {
      boolean startOk = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1)) || isHan(word);
      int e = i + word.length();
      boolean endOk = e == folded.length() || !Character.isLetterOrDigit(folded.charAt(e)) || isHan(word);
      if (startOk && endOk) return true;
      i = folded.indexOf(word, i + 1);
    }
    return false;
  }

  private static boolean isHan(String s) {
    return !s.isEmpty() && Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
  }

  static String snippet(String text, String query, Set<String> aliases) {
    String ft = Fold.fold(text);
    int at = -1;
    List<String> needles = new ArrayList<>(aliases);
    needles.add(query);
    for (String w : query.split("\\s+")) if (w.length() >= 3) needles.add(w);
    for (String n : needles) {
      String fn = Fold.fold(n.strip());
      if (fn.isEmpty()) continue;
      int i = ft.indexOf(fn);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) at = 0;
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 140);
    String s = text.substring(from, to).replace('\n', ' ').strip();
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }

  // ------------------------------------------------------------------ helpers

  private boolean exists(String table, String id) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private int count(String table) throws SQLException {
    try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private void setMeta(String k, String v) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("MERGE INTO meta VALUES (?, ?)")) {
      ps.setString(1, k);
      ps.setString(2, v);
      ps.executeUpdate();
    }
  }

  private @Nullable String getMeta(String k) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
      ps.setString(1, k);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static String alignmentJson(Alignment a) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (Alignment.Segment s : a.segments()) arr.addArray().add(s.textStart()).add(s.originalStart()).add(s.length());
    return Json.write(arr);
  }

  private StoreException fail(String what, Exception e) {
    return new StoreException("store " + dir + ": cannot " + what + ": " + e.getMessage(), e);
  }

  private static void closeQuietly(@Nullable Connection c) {
    if (c == null) return;
    try {
      c.close();
    } catch (SQLException ignored) {
      // the original failure is what the caller needs to see
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      index.close();
    } finally {
      try {
        db.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
      }
    }
  }
}
