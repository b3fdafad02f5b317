package amity.store;

import amity.index.StoryIndex;
import amity.kb.KnowledgeBase;
import amity.model.Alignment;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.PageLine;
import amity.model.RelatedLink;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.pipeline.CorpusSteps;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The write path of a store. Documents are saved in batches, one transaction a batch, keyed by
 * their content hash, so saving the same content twice adds nothing and a crash (even {@code kill
 * -9}) leaves every committed batch and nothing of the others; their stories are indexed once the
 * batch has committed. Entities and merged events are derived tables: {@link #refresh} brings
 * them up to date with the stories saved since the last refresh, including after a crash in the
 * middle of one, redoing only the blocks those stories touch and rewriting only the rows that changed. Writes are
 * serialised. Thread-safe.
 *
 * <pre>{@code
 * store.writer().saveAll(analyses);
 * store.writer().refresh(kb);
 * }</pre>
 */
public final class DocumentWriter {
  private final Database db;
  private final IndexSync sync;

  DocumentWriter(Database db, IndexSync sync) {
    this.db = db;
    this.sync = sync;
  }

  /** {@return whether a document with this content hash is stored} */
  public boolean contains(String docId) throws StoreException {
    return db.read("read", c -> Database.exists(c, docId));
  }

  /**
   * Saves one analysed document in one transaction and indexes its stories.
   *
   * @return false when a document with the same content was already stored
   */
  public boolean save(DocumentAnalysis a) throws StoreException {
    return saveAll(List.of(a)).get(0);
  }

  /**
   * Saves analysed documents in one transaction, then indexes their stories, which searches find
   * after the next {@link #publish} or {@link #refresh} (or once the store is closed and opened
   * again). Documents already stored, or given twice, are skipped.
   *
   * @return for each document, whether it was added
   */
  public List<Boolean> saveAll(List<DocumentAnalysis> batch) throws StoreException {
    List<Boolean> added = new ArrayList<>(batch.size());
    List<StoryIndex.Entry> entries = new ArrayList<>();
    db.writeLock.lock();
    try {
      db.writer.setAutoCommit(false);
      try {
        Set<String> seen = new HashSet<>();
        List<DocumentAnalysis> fresh = new ArrayList<>();
        for (DocumentAnalysis a : batch) {
          boolean isNew = seen.add(a.document().id()) && !Database.exists(db.writer, a.document().id());
          added.add(isNew);
          if (isNew) fresh.add(a);
        }
        if (fresh.isEmpty()) {
          db.writer.rollback();
          return added;
        }
        insertDocuments(fresh);
        Database.setMeta(db.writer, "dirty", "1");
        Database.addMeta(db.writer, Database.WRITTEN, fresh.stream().mapToLong(a -> a.stories().size()).sum());
        Database.addMeta(db.writer, Database.GENERATION, 1);
        db.writer.commit();
        db.checkpoint(db.writer);
        for (DocumentAnalysis a : fresh) entries.addAll(sync.entries(a));
      } catch (SQLException | RuntimeException e) {
        db.writer.rollback();
        throw e;
      } finally {
        db.writer.setAutoCommit(true);
      }
      // The index follows the database: a crash here leaves it behind, and the next open levels it.
      sync.add(entries);
      return added;
    } catch (SQLException | IOException e) {
      throw db.fail("save " + batch.size() + " documents (" + (batch.isEmpty() ? "" : batch.get(0).document().file()) + " …)", e);
    } finally {
      db.writeLock.unlock();
    }
  }

  private void insertDocuments(List<DocumentAnalysis> docs) throws SQLException {
    try (PreparedStatement dp = db.writer.prepareStatement(
            "INSERT INTO documents(id, file, charset, format, url, published, published_basis,"
                + " published_confidence, text) VALUES (?,?,?,?,?,?,?,?,?)");
        PreparedStatement lp = db.writer.prepareStatement("INSERT INTO page_lines VALUES (?,?,?,?,?,?)");
        PreparedStatement rp = db.writer.prepareStatement("INSERT INTO related_links VALUES (?,?,?,?,?,?,?)");
        PreparedStatement st = db.writer.prepareStatement("INSERT INTO stories VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement mt = db.writer.prepareStatement("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement et = db.writer.prepareStatement("INSERT INTO event_readings VALUES (?,?,?,?)");
        PreparedStatement pp = db.writer.prepareStatement("INSERT INTO pending_stories(story_id) VALUES (?)")) {
      for (DocumentAnalysis a : docs) {
        insertDocument(a, dp, lp, rp, st, mt, et);
        // What the next refresh folds into the derived tables.
        for (StoryAnalysis sa : a.stories()) {
          pp.setString(1, sa.story().story().id());
          pp.addBatch();
        }
      }
      pp.executeBatch();
      dp.executeBatch();
      lp.executeBatch();
      rp.executeBatch();
      st.executeBatch();
      mt.executeBatch();
      et.executeBatch();
    }
  }

  private static void insertDocument(DocumentAnalysis a, PreparedStatement dp, PreparedStatement lp, PreparedStatement rp,
      PreparedStatement st, PreparedStatement mt, PreparedStatement et) throws SQLException {
    Document d = a.document();
    dp.setString(1, d.id());
    dp.setString(2, d.file());
    dp.setString(3, d.charset());
    dp.setString(4, d.meta().format());
    dp.setString(5, d.meta().url());
    dp.setString(6, a.page().published().date() == null ? null : a.page().published().date().iso());
    dp.setString(7, a.page().published().basis().wire());
    dp.setDouble(8, a.page().published().confidence());
    dp.setString(9, d.text());
    dp.addBatch();
    int n = 0;
    for (PageLine l : a.page().lines()) {
      lp.setString(1, d.id());
      lp.setInt(2, n++);
      lp.setInt(3, l.span().start());
      lp.setInt(4, l.span().end());
      lp.setString(5, l.kind().name());
      lp.setString(6, l.reason());
      lp.addBatch();
    }
    n = 0;
    for (RelatedLink r : a.page().related()) {
      rp.setString(1, d.id());
      rp.setInt(2, n++);
      rp.setString(3, r.title());
      rp.setString(4, r.timestamp() == null ? null : r.timestamp().iso());
      rp.setString(5, r.section());
      rp.setInt(6, r.span().start());
      rp.setInt(7, r.span().end());
      rp.addBatch();
    }
    for (StoryAnalysis sa : a.stories()) {
      Story s = sa.story().story();
      st.setString(1, s.id());
      st.setString(2, d.id());
      st.setInt(3, s.index());
      st.setString(4, s.kind().json());
      st.setString(5, sa.story().lang());
      st.setString(6, s.title());
      st.setString(7, s.published().date() == null ? null : s.published().date().iso());
      st.setString(8, s.published().basis().wire());
      st.setString(9, s.dateline() == null ? null : s.dateline().place());
      st.setString(10, s.dateline() == null ? null : s.dateline().agency());
      st.setString(11, s.text());
      st.setString(12, alignmentJson(s.alignment()));
      st.setString(13, String.join(",", sa.fields()));
      st.addBatch();
      int m = 0;
      for (LinkedMention lm : sa.mentions()) {
        Mention x = lm.mention();
        var docSpan = s.alignment().toOriginal(x.span());
        mt.setString(1, s.id());
        mt.setInt(2, m++);
        mt.setString(3, d.id());
        mt.setInt(4, x.span().start());
        mt.setInt(5, x.span().end());
        mt.setInt(6, docSpan.start());
        mt.setInt(7, docSpan.end());
        mt.setString(8, x.text());
        mt.setString(9, x.type().name());
        mt.setString(10, x.finder());
        mt.setString(11, x.kbId());
        mt.setString(12, String.join(",", x.roles()));
        mt.setString(13, x.country());
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
  }

  /** {@return whether entities and events need recomputing} */
  public boolean isDirty() throws StoreException {
    return db.read("read", c -> "1".equals(Database.getMeta(c, "dirty")) || Database.count(c, "documents") > 0 && Database.count(c, "entities") == 0);
  }

  /**
   * Brings corpus-wide entities and merged events up to date with the stories saved since the last
   * refresh (or completes a refresh that was killed), redoing only the entities and events of the
   * blocks those stories touch and rewriting only the rows whose content changed; the result is
   * that of a full recompute ({@link #refreshAll}), which runs instead when a quarter or more of
   * the stories are new.
   */
  public void refresh(KnowledgeBase kb) throws StoreException {
    if (isDirty()) refresh(CorpusSteps.of(kb));
  }

  /**
   * Commits the index entries of the stories saved since the last publish, making them durable
   * there and searchable. A store that dies before then indexes them again when it next opens,
   * so a long ingest publishes now and then to keep that short.
   */
  public void publish() throws StoreException {
    db.writeLock.lock();
    try {
      sync.publish();
    } catch (IOException e) {
      throw db.fail("commit the index", e);
    } finally {
      db.writeLock.unlock();
    }
  }

  /** As {@link #refresh(KnowledgeBase)}, running {@code steps}: the corpus steps every runner shares. */
  public void refresh(CorpusSteps steps) throws StoreException {
    db.writeLock.lock();
    try {
      // The stories saved since the last refresh become searchable with what it derives from them.
      sync.publish();
      if (!isDirty()) return;
      new Refresh(db.writer, steps).run();
      db.checkpoint(db.writer);
    } catch (SQLException | IOException e) {
      throw db.fail("refresh", e);
    } finally {
      db.writeLock.unlock();
    }
  }

  /**
   * Recomputes entities and merged events from every mention and reading, as the first refresh of
   * a store does, whether or not anything changed: the same result as the incremental refreshes,
   * in time linear in the corpus.
   */
  public void refreshAll(KnowledgeBase kb) throws StoreException {
    db.writeLock.lock();
    try {
      db.writer.setAutoCommit(false);
      try {
        Database.setMeta(db.writer, "refresh_full", "1");
        Database.setMeta(db.writer, "dirty", "1");
        db.writer.commit();
      } finally {
        db.writer.setAutoCommit(true);
      }
      refresh(kb);
    } catch (SQLException e) {
      throw db.fail("refresh", e);
    } finally {
      db.writeLock.unlock();
    }
  }

  private static String alignmentJson(Alignment a) {
    ArrayNode arr = Json.MAPPER.createArrayNode();
    for (Alignment.Segment s : a.segments()) arr.addArray().add(s.textStart()).add(s.originalStart()).add(s.length());
    return Json.write(arr);
  }
}
