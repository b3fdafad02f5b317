package amity.store;

import amity.event.Topics;
import amity.index.StoryIndex;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Story;
import amity.model.StoryAnalysis;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the Lucene index level with the database, which is the source of truth: the stories of a
 * saved batch are indexed once it has committed, a store that opens adds what the index lacks and
 * removes what the database no longer has, and {@link #reindex} rebuilds it. A story's index entry
 * carries its entities, countries, event types and forms, and its fields of cooperation (those the
 * pipeline found in its text, {@link StoryAnalysis#fields()}, then those its events name): the
 * index holds what it is given, it analyses nothing. Thread-safe. Not API.
 */
final class IndexSync {
  private final Database db;
  private final StoryIndex index;
  /**
   * Only for stories saved before schema 8, which kept no fields: what the pipeline's field stage
   * gives, with the bundled packs. Made when first needed.
   */
  private volatile @Nullable Topics legacyFields;
  /** Whether stories were added since the last commit. */
  private final AtomicBoolean unpublished = new AtomicBoolean();

  IndexSync(Database db, StoryIndex index) {
    this.db = db;
    this.index = index;
  }

  /**
   * Adds the entries of a saved batch to the index; searches see them once {@link #publish}ed.
   * Not committed batch by batch: a commit flushed a small segment that merges then rewrote, and
   * a store that dies before the next commit is levelled when it opens, as it is for a crash
   * between the database's commit and this.
   */
  void add(List<StoryIndex.Entry> entries) throws IOException {
    index.put(entries);
    unpublished.set(true);
  }

  /** Commits what {@link #add} put since the last publish, making it durable and searchable. */
  void publish() throws IOException {
    if (unpublished.getAndSet(false)) index.commit();
  }

  /** {@return the index entries of the stories of a document about to be saved} */
  List<StoryIndex.Entry> entries(DocumentAnalysis a) {
    List<StoryIndex.Entry> out = new ArrayList<>();
    for (StoryAnalysis sa : a.stories()) {
      Story s = sa.story().story();
      Set<String> entities = new LinkedHashSet<>();
      Set<String> countries = new LinkedHashSet<>();
      for (LinkedMention m : sa.mentions()) {
        entities.add(m.entityId());
        if (m.mention().country() != null) countries.add(m.mention().country());
      }
      Set<String> fields = new LinkedHashSet<>(sa.fields());
      Set<String> types = new LinkedHashSet<>();
      for (Event e : sa.events()) {
        fields.addAll(e.fields());
        types.add(e.type());
        types.add(e.form());
      }
      out.add(new StoryIndex.Entry(s.id(), a.document().id(), a.document().file(), sa.story().lang(), s.title(), s.text(),
          s.published().date() == null ? null : s.published().date().iso(), entities, fields, countries, types));
    }
    return out;
  }

  /**
   * Brings the index level with the database: rebuilt when its layout is old, else the stories it
   * lacks are added and those the database no longer has are removed.
   */
  void level() throws SQLException, IOException, StoreException {
    if (!index.isCurrentVersion()) {
      reindex();
      return;
    }
    int stored = db.read("count", c -> Database.count(c, "stories"));
    if (index.size() == stored) return;
    Set<String> inIndex = index.ids();
    Set<String> inDb = new HashSet<>();
    db.read("read", c -> {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM stories")) {
        while (rs.next()) inDb.add(rs.getString(1));
      }
      return null;
    });
    List<String> extra = inIndex.stream().filter(id -> !inDb.contains(id)).toList();
    inDb.removeAll(inIndex);
    index.delete(extra);
    indexStories(inDb);
    index.commit();
  }

  /** Rebuilds the index from the database. */
  void reindex() throws StoreException {
    db.writeLock.lock();
    try {
      index.clear();
      indexStories(null);
      index.commit();
    } catch (SQLException | IOException e) {
      throw db.fail("reindex", e);
    } finally {
      db.writeLock.unlock();
    }
  }

  /** {@return a story's fields as saved ({@code a,b}; "" for none), or, for a story saved before schema 8 (null), as the pipeline finds them} */
  private Set<String> storedFields(@Nullable String saved, String lang, @Nullable String title, String text) {
    if (saved != null) {
      Set<String> out = new LinkedHashSet<>();
      for (String f : saved.split(",")) if (!f.isEmpty()) out.add(f);
      return out;
    }
    Topics t = legacyFields;
    if (t == null) legacyFields = t = new Topics(amity.lang.LanguagePacks.bundled());
    return t.in(title + "\n" + text, lang);
  }

  /**
   * Indexes the stories with these ids, or all stories; a document at a time, streaming. Every
   * lookup goes by an indexed column (a document's stories and mentions by doc_id, a story's
   * readings by story_id), and a partial run visits only the documents of the stories it is given,
   * so its cost follows what it indexes, not the corpus.
   */
  private void indexStories(@Nullable Set<String> only) throws SQLException, IOException {
    if (only != null && only.isEmpty()) return;
    try (Connection c = db.readers.open()) {
      c.setAutoCommit(false); // PostgreSQL streams only inside a transaction
      try (PreparedStatement stories = c.prepareStatement(
              "SELECT id, lang, title, text, date, fields FROM stories WHERE doc_id = ? ORDER BY idx");
          PreparedStatement mentions = c.prepareStatement("SELECT story_id, entity_id, country FROM mentions WHERE doc_id = ?");
          PreparedStatement readings = c.prepareStatement("SELECT json FROM event_readings WHERE story_id = ?")) {
        List<StoryIndex.Entry> batch = new ArrayList<>();
        if (only == null) {
          try (PreparedStatement docs = c.prepareStatement("SELECT id, file FROM documents ORDER BY id")) {
            docs.setFetchSize(1000);
            try (ResultSet d = docs.executeQuery()) {
              while (d.next()) indexDocument(d.getString(1), d.getString(2), null, stories, mentions, readings, batch);
            }
          }
        } else {
          for (Map.Entry<String, String> d : documentsOf(c, only).entrySet()) {
            indexDocument(d.getKey(), d.getValue(), only, stories, mentions, readings, batch);
          }
        }
        index.put(batch);
      } finally {
        c.rollback();
      }
    }
  }

  /** {@return the documents (id → file, in id order) that hold the stories {@code ids}} */
  private static Map<String, String> documentsOf(Connection c, Set<String> ids) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    for (List<String> part : Database.chunks(ids)) {
      try (PreparedStatement ps = c.prepareStatement("SELECT d.id, d.file FROM documents d JOIN stories s ON s.doc_id = d.id"
          + " WHERE s.id IN (" + Database.marks(part.size()) + ")")) {
        Database.bind(ps, 1, part);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** Adds the index entries of one document's stories (those in {@code only}, or all) to {@code batch}, writing it out at 500. */
  private void indexDocument(String docId, String file, @Nullable Set<String> only, PreparedStatement stories,
      PreparedStatement mentions, PreparedStatement readings, List<StoryIndex.Entry> batch) throws SQLException, IOException {
    List<String[]> rows = new ArrayList<>();
    stories.setString(1, docId);
    try (ResultSet rs = stories.executeQuery()) {
      while (rs.next()) {
        if (only == null || only.contains(rs.getString(1))) {
          rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)});
        }
      }
    }
    if (rows.isEmpty()) return;
    Map<String, Set<String>> entities = new HashMap<>();
    Map<String, Set<String>> countries = new HashMap<>();
    mentions.setString(1, docId);
    try (ResultSet rs = mentions.executeQuery()) {
      while (rs.next()) {
        entities.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        if (rs.getString(3) != null) countries.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(3));
      }
    }
    for (String[] s : rows) {
      Set<String> fs = new LinkedHashSet<>(storedFields(s[5], s[1], s[2], s[3]));
      Set<String> types = new LinkedHashSet<>();
      readings.setString(1, s[0]);
      try (ResultSet rs = readings.executeQuery()) {
        while (rs.next()) {
          JsonNode ev = Json.read(rs.getString(1));
          for (JsonNode x : ev.path("fields")) fs.add(x.asText());
          types.add(ev.path("type").asText());
          types.add(ev.path("form").asText());
        }
      }
      batch.add(new StoryIndex.Entry(s[0], docId, file, s[1], s[2], s[3], s[4],
          entities.getOrDefault(s[0], Set.of()), fs, countries.getOrDefault(s[0], Set.of()), types));
    }
    if (batch.size() >= 500) {
      index.put(batch);
      batch.clear();
    }
  }
}
