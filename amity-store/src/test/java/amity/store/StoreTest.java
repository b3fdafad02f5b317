package amity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.Event;
import amity.query.Search;
import amity.testkit.Analyze;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir Path dir;

  @Test
  void savingTheSameContentTwiceAddsNothing() throws Exception {
    DocumentAnalysis a = Analyze.text(VaccineStories.EN);
    try (Store s = Store.open(dir)) {
      assertThat(s.writer().save(a)).isTrue();
      assertThat(s.writer().save(a)).isFalse();
      assertThat(s.writer().contains(a.document().id())).isTrue();
      assertThat(s.stories().all()).hasSize(1);
    }
  }

  @Test
  void storeOutlivesTheProcessAndDerivedTablesFollowTheData() throws Exception {
    VaccineStories.open(dir).close();
    try (Store s = Store.open(dir)) {
      assertThat(s.writer().isDirty()).isFalse();
      List<Event> events = s.events().all();
      List<Event> aid = events.stream().filter(e -> e.form().equals("aid")).toList();
      assertThat(aid).as("the handover told in English and Chinese is one event").hasSize(1);
      assertThat(aid.get(0).sources()).extracting(x -> x.lang()).containsExactlyInAnyOrder("en", "zh");
      List<Entity> entities = s.entities().all();
      assertThat(entities).anySatisfy(e -> {
        assertThat(e.id()).isEqualTo("country:LA");
        assertThat(e.aliases()).contains("老挝");
      });
    }
  }

  @Test
  void theSummaryKeptBetweenVisitsFollowsEverySaveAndRefresh() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(VaccineStories.EN));
      assertThat(s.summary()).extracting(Store.LanguageCount::lang, Store.LanguageCount::stories).containsExactly(tuple("en", 1));
      assertThat(s.summary().get(0).events()).as("no merged events before the refresh").isZero();
      s.writer().save(Analyze.text(VaccineStories.ZH));
      assertThat(s.summary()).extracting(Store.LanguageCount::lang).containsExactly("en", "zh");
      s.writer().refresh(Analyze.kb());
      assertThat(s.summary()).allSatisfy(c -> assertThat(c.events()).as(c.lang()).isEqualTo(1));
    }
    // Another process's writes count too: the generation lives in the store.
    try (Store s = Store.open(dir)) {
      assertThat(s.summary()).hasSize(2);
    }
  }

  @Test
  void anIndexThatFellBehindIsRebuiltOnOpen() throws Exception {
    try (Store s = Store.open(dir)) {
      s.writer().save(Analyze.text(VaccineStories.EN));
      s.reindex();
    }
    // Remove the index as a crash between the database commit and the index commit would.
    try (var files = java.nio.file.Files.walk(dir.resolve("index"))) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Store s = Store.open(dir)) {
      assertThat(new Search(s, Analyze.kb()).find("vaccine", null, 10)).hasSize(1);
    }
  }

  @Test
  void readersDoNotWaitForAWriteInProgress() throws Exception {
    try (Store s = VaccineStories.open(dir)) {
      ResultPage<Event> committed = s.events().page(EventFilter.ALL, 100, 0);
      assertThat(committed.total()).isPositive();
      Database db = s.database();
      ExecutorService readers = Executors.newFixedThreadPool(4);
      // A write under way, as an ingest or a refresh holds it: the write lock taken and rows
      // changed but not committed.
      db.writeLock.lock();
      try {
        db.writer.setAutoCommit(false);
        try (Statement st = db.writer.createStatement()) {
          st.executeUpdate("DELETE FROM event_keys");
          st.executeUpdate("DELETE FROM event_json");
          st.executeUpdate("DELETE FROM events");
        }
        List<Future<ResultPage<Event>>> reads = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) reads.add(readers.submit(() -> s.events().page(EventFilter.ALL, 100, 0)));
        for (Future<ResultPage<Event>> r : reads) {
          assertThat(r.get(30, TimeUnit.SECONDS)).as("readers see the last committed state, without waiting").isEqualTo(committed);
        }
      } finally {
        db.writer.rollback();
        db.writer.setAutoCommit(true);
        db.writeLock.unlock();
        readers.shutdownNow();
      }
    }
  }

  @Test
  void aStoreWrittenToIsCompactedWhenItClosesAndReadsTheSameAfter() throws Exception {
    List<Event> events;
    try (Store s = VaccineStories.open(dir)) {
      assertThat(Database.getMeta(s.database().writer, Database.WRITTEN)).as("stories saved, and all of them again by the first (full) refresh")
          .isEqualTo(Long.toString(2 * s.counts().get("stories")));
      events = s.events().all();
    }
    try (Store s = Store.open(dir)) {
      assertThat(Database.getMeta(s.database().writer, Database.WRITTEN)).as("compacted at close, the count starts again").isEqualTo("0");
      assertThat(s.events().all()).isEqualTo(events);
      assertThat(s.writer().isDirty()).isFalse();
    }
  }
}
