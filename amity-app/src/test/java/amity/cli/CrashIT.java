package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.store.Json;
import amity.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during an ingest, for real: the packaged CLI ingests a generated corpus in small
 * batches and is killed (SIGKILL) after a few batches have committed; the store must open, hold
 * every committed batch and nothing half-written, and a re-run must end exactly where a clean run
 * ends.
 */
class CrashIT {
  static final int BATCH = 3;
  @TempDir Path tmp;

  /** Variants of the bundled sample pages: each page again with a reference line, so each is new content. */
  static Path corpus(Path dir, int copies) throws IOException {
    Path sample = dir.resolve("sample");
    DemoCommand.writeSample(sample);
    Path out = dir.resolve("corpus");
    Files.createDirectories(out);
    List<Path> pages;
    try (Stream<Path> s = Files.list(sample)) {
      pages = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int i = 0; i < copies; i++) {
      for (Path p : pages) {
        String name = p.getFileName().toString().replace(".txt", "_" + i + ".txt");
        Files.writeString(out.resolve(name), Files.readString(p) + "\n\nRef. " + i + "/" + name + "\n");
      }
    }
    return out;
  }

  static Process ingest(Path corpus, Path store) throws IOException {
    // The index committed after every batch: its commits are how these tests see batches land.
    return ingest(corpus, store, 0);
  }

  static Process ingest(Path corpus, Path store, int indexEvery) throws IOException {
    List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar",
        Path.of("target", "amity.jar").toAbsolutePath().toString(), "ingest", corpus.toString(), "--store", store.toString(),
        "--json", "--batch", Integer.toString(BATCH), "--index-every", Integer.toString(indexEvery));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(Files.createTempFile("crash-out", ".txt").toFile());
    return pb.start();
  }

  /** {@return the highest Lucene commit generation in the index folder: one commit a saved batch} */
  static long commits(Path store) throws IOException {
    Path idx = store.resolve("index");
    if (!Files.isDirectory(idx)) return 0;
    try (Stream<Path> s = Files.list(idx)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToLong(n -> Long.parseLong(n.substring("segments_".length()), Character.MAX_RADIX)).max().orElse(0);
    }
  }

  /** Kills the ingest (SIGKILL) once {@code atLeast} more batches have committed. */
  static long killAfter(Process p, Path store, long start, long atLeast) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && commits(store) < start + atLeast && System.nanoTime() < deadline) Thread.sleep(5);
    long seen = commits(store);
    assertThat(p.isAlive()).as("the ingest must still be running when killed (it finished too fast)").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return seen;
  }

  static Map<String, Long> counts(Path store) throws Exception {
    try (Store s = Store.open(store)) {
      return s.counts();
    }
  }

  /** Every row has its parents; nothing of a half-written batch is left. */
  static void assertConsistent(Path store) throws Exception {
    try (Store s = Store.open(store)) {
      s.counts(); // opens, migrates, levels the index
    }
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + store.toAbsolutePath().resolve("amity"), "amity", "");
        Statement st = c.createStatement()) {
      for (String orphans : List.of(
          "SELECT COUNT(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = s.doc_id)",
          "SELECT COUNT(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = m.story_id)",
          "SELECT COUNT(*) FROM event_readings r WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = r.story_id)",
          "SELECT COUNT(*) FROM page_lines l WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = l.doc_id)",
          "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM page_lines l WHERE l.doc_id = d.id)")) {
        try (ResultSet rs = st.executeQuery(orphans)) {
          rs.next();
          assertThat(rs.getLong(1)).as(orphans).isZero();
        }
      }
    }
  }

  static List<String> events(Path store) throws Exception {
    try (Store s = Store.open(store)) {
      List<String> out = new ArrayList<>();
      for (var e : s.events().all()) out.add(Json.write(Json.event(e)).replace(store.toString(), "STORE"));
      return out;
    }
  }

  @Test
  void killedIngestsLoseNoCommittedBatchAndReRunsEndAsACleanRunEnds() throws Exception {
    Path corpus = corpus(tmp, 6);
    Path clean = tmp.resolve("clean");
    Process c = ingest(corpus, clean);
    assertThat(c.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(c.exitValue()).isZero();
    Map<String, Long> expected = counts(clean);
    assertThat(expected.get("documents")).isEqualTo(6 * 22L);

    Path crashed = tmp.resolve("crashed");
    for (int round = 0; round < 2; round++) {
      long before = countDocuments(crashed);
      long start = commits(crashed);
      long seen = killAfter(ingest(corpus, crashed), crashed, start, 3);
      assertConsistent(crashed);
      long after = countDocuments(crashed);
      // The first commit of a new index is the empty one; after it, each commit is one saved batch.
      long committedBatches = round == 0 ? seen - 1 : seen - start;
      assertThat(after - before).as("round " + round + ": every committed batch is in the store")
          .isGreaterThanOrEqualTo(committedBatches * BATCH);
      assertThat(after).as("killed before the end").isLessThan(expected.get("documents"));
    }
    Process rest = ingest(corpus, crashed);
    assertThat(rest.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(rest.exitValue()).isZero();
    assertConsistent(crashed);
    assertThat(counts(crashed)).isEqualTo(expected);
    assertThat(events(crashed)).hasSameSizeAs(events(clean));
    assertThat(stripFiles(events(crashed))).isEqualTo(stripFiles(events(clean)));
  }

  @Test
  void storiesSavedAfterTheLastIndexCommitOfAKilledIngestAreIndexedWhenTheStoreOpens() throws Exception {
    Path corpus = corpus(tmp, 6);
    Path store = tmp.resolve("between");
    // An interval longer than the ingest: no commit of the index after the empty first one.
    Process p = ingest(corpus, store, 3600);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (p.isAlive() && commits(store) < 1 && System.nanoTime() < deadline) Thread.sleep(5);
    Path file = store.resolve("amity.mv.db");
    long opened = Files.size(file);
    // Batches written to the database file (each is checkpointed): it grows.
    while (p.isAlive() && Files.size(file) < opened + 256 * 1024 && System.nanoTime() < deadline) Thread.sleep(5);
    assertThat(p.isAlive()).as("the ingest must still be running when killed (it finished too fast)").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(commits(store)).as("no index commit after the first").isEqualTo(1);
    assertConsistent(store);
    try (Store s = Store.open(store)) {
      long stories = s.counts().get("stories");
      assertThat(stories).as("batches were saved before the kill").isPositive();
      assertThat((long) s.index().size()).as("every saved story indexed").isEqualTo(stories);
    }
  }

  private static long countDocuments(Path store) throws Exception {
    if (!Files.exists(store.resolve("amity.mv.db"))) return 0;
    return counts(store).get("documents");
  }

  private static List<String> stripFiles(List<String> events) {
    return events.stream().map(e -> e.replaceAll("\"file\":\"[^\"]*\"", "")).toList();
  }
}
