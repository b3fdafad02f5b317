package amity.cli;

import amity.decode.DecodeException;
import amity.decode.TextDecoder;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.kb.KnowledgeBase;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.model.StoryFailure;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.source.FileSources;
import amity.source.SourceError;
import amity.stage.Decoder;
import amity.store.Store;
import amity.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * Reads inputs into the store: each file is opened, its container read record by record (a page,
 * JSON lines, WARC records, feed items), each document decoded, skipped when its content is
 * already stored, analysed, and saved in batches of {@code batch} documents, one transaction a
 * batch. A file or record that fails is reported with a one-line reason and the rest goes on; a
 * story that a stage failed on is reported too, and its document kept with what the stages before
 * gave. The derived entities and events are refreshed at the end.
 *
 * <p>A crash (even kill -9) loses at most the batch in progress; running the same ingest again
 * skips what was committed and adds the rest, so the store ends as a clean run would leave it.
 */
final class Ingestion {
  /**
   * What an ingest did.
   *
   * @param errors files and records not read, and stories read in part (their documents were
   *     kept), in the order they happened
   */
  record Result(int files, int added, int duplicates, int stories, List<SourceError> errors) {
    /** {@return how many files or records could not be read} */
    long unread() {
      return errors.stream().filter(e -> e.story() == null).count();
    }

    /** {@return how many stories a stage failed on} */
    long partial() {
      return errors.size() - unread();
    }
  }

  /**
   * Documents saved a transaction by default. Each transaction ends in a checkpoint that writes
   * every B-tree page it touched whole, and ids are hashes, so a batch touches pages all over each
   * table: an ingest of {@code text/vi-news} in batches of 250 took 8% fewer CPU samples than in
   * batches of 50 (JFR), most of it in H2's inserts and page writing.
   */
  static final int DEFAULT_BATCH = 200;
  /** A batch is saved early once its documents' text reaches this many characters, so that a batch of big pages stays small in memory. */
  static final long BATCH_CHARS = 8_000_000;
  /** How often a long ingest commits the search index by default. */
  static final Duration DEFAULT_INDEX_EVERY = Duration.ofSeconds(10);

  private final Pipeline pipeline;
  private final Decoder decoder;
  private final ReadLimits limits = ReadLimits.DEFAULT;
  private final int batch;
  private final int threads;
  private final Duration indexEvery;
  private final long batchChars;

  Ingestion(KnowledgeBase kb) {
    this(kb, DEFAULT_BATCH, defaultThreads());
  }

  Ingestion(KnowledgeBase kb, int batch, int threads) {
    this(PipelineConfig.of(kb).withLocalModels(LocalModels.dir()), batch, threads, new TextDecoder());
  }

  /**
   * An ingestion through the pipeline {@code config} gives, reading pages with {@code decoder}
   * ({@code ingest --second-reader}: {@link TextDecoder#withSecondReader()}).
   */
  Ingestion(PipelineConfig config, int batch, int threads, Decoder decoder) {
    this(Pipeline.builder().defaults(config).build(), batch, threads, decoder);
  }

  /** An ingestion through {@code pipeline} on one thread (tests give one with a failing stage). */
  Ingestion(Pipeline pipeline, int batch) {
    this(pipeline, batch, 1);
  }

  /** An ingestion through {@code pipeline}, analysing documents on {@code threads} threads. */
  Ingestion(Pipeline pipeline, int batch, int threads) {
    this(pipeline, batch, threads, new TextDecoder());
  }

  private Ingestion(Pipeline pipeline, int batch, int threads, Decoder decoder) {
    this(pipeline, batch, threads, decoder, DEFAULT_INDEX_EVERY, BATCH_CHARS);
  }

  private Ingestion(Pipeline pipeline, int batch, int threads, Decoder decoder, Duration indexEvery, long batchChars) {
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1: " + batch);
    if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    if (indexEvery.isNegative()) throw new IllegalArgumentException("--index-every must not be negative: " + indexEvery.toSeconds());
    if (batchChars < 1) throw new IllegalArgumentException("a batch's characters must be at least 1: " + batchChars);
    this.pipeline = pipeline;
    this.decoder = decoder;
    this.batch = batch;
    this.threads = threads;
    this.indexEvery = indexEvery;
    this.batchChars = batchChars;
  }

  /**
   * {@return this ingestion committing the search index once {@code every} has passed since it last
   * did, after a saved batch (zero: after every batch)} Each commit writes a segment that merges
   * then rewrite, while an ingest killed between commits has its saved stories indexed again when
   * the store next opens: the interval bounds that work.
   */
  Ingestion indexingEvery(Duration every) {
    return new Ingestion(pipeline, batch, threads, decoder, every, batchChars);
  }

  /** {@return this ingestion saving a batch early once its documents' text reaches {@code chars} characters} */
  Ingestion savingAt(long chars) {
    return new Ingestion(pipeline, batch, threads, decoder, indexEvery, chars);
  }

  /** {@return the threads an ingest analyses on by default: one a processor} */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Reads {@code paths} into {@code store}.
   *
   * <p>Design decision: documents are read, decoded and checked against the store on this thread
   * and analysed on {@code threads} others; their results are taken back in the order read, and
   * only then counted, reported and saved, in the very batches one thread would save. The store,
   * the errors and their order are those of an ingest on one thread, and a crash still loses at
   * most the batch in progress (and the few documents being analysed, none of them committed).
   */
  Result run(List<String> paths, Store store, KnowledgeBase kb, InputStream stdin, PrintStream err, boolean quiet)
      throws StoreException {
    List<SourceError> errors = new ArrayList<>();
    List<Path> files = FileSources.inputs(paths, e -> {
      errors.add(e);
      err.println("amity: " + e.line());
    });
    Progress progress = new Progress(err, files.size(), "files", quiet);
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "amity-ingest");
      t.setDaemon(true);
      return t;
    });
    InOrder steps = new InOrder(store, errors, err, progress, pool == null ? 1 : 4 * threads);
    try {
      for (Path f : files) {
        String name = f.toString();
        String stored = FileSources.nameUnder(paths, f);
        List<SourceError> fileErrors = new ArrayList<>();
        try (InputStream in = FileSources.open(f, stdin, limits);
            DocumentReader reader =
                Readers.open(name, in, limits, p -> fileErrors.add(new SourceError(p.file(), p.reason())))) {
          for (Optional<RawDocument> raw = reader.next(); raw.isPresent(); raw = reader.next()) {
            steps.report(fileErrors);
            try {
              read(raw.get(), name, stored, store, steps, pool);
            } catch (StoreException e) {
              throw e;
            } catch (IOException | RuntimeException e) {
              fileErrors.add(error(raw.get().file(), e));
            }
          }
        } catch (StoreException e) {
          throw e;
        } catch (IOException | RuntimeException e) {
          fileErrors.add(error(name, e));
        }
        steps.report(fileErrors);
        steps.fileDone();
      }
      steps.finish();
    } finally {
      if (pool != null) pool.shutdownNow();
    }
    store.writer().refresh(kb);
    return new Result(files.size(), steps.counts[0], steps.counts[1], steps.counts[2], errors);
  }

  /**
   * Decodes one document, stored under its name relative to what was ingested ({@code stored} for
   * the file's {@code name}), and hands its analysis to {@code pool} (or does it now, without one);
   * a document already stored, or read before in this ingest, is not analysed again.
   */
  private void read(RawDocument raw, String name, String stored, Store store, InOrder steps, @Nullable ExecutorService pool)
      throws IOException {
    String file = raw.file().startsWith(name) ? stored + raw.file().substring(name.length()) : raw.file();
    Document doc;
    try {
      doc = decoder.decode(new RawDocument(file, raw.bytes(), raw.meta()));
    } catch (DecodeException e) {
      throw new DecodeException(raw.file(), e.reason(), e);
    }
    if (!steps.read.add(doc.id()) || store.writer().contains(doc.id())) {
      // Most likely a duplicate; whether it is is decided in order (the first may yet fail).
      steps.add(new Step(raw.file(), doc, null));
    } else {
      steps.add(new Step(raw.file(), doc, analyse(doc, pool)));
    }
  }

  private Future<DocumentAnalysis> analyse(Document doc, @Nullable ExecutorService pool) {
    if (pool != null) return pool.submit(() -> pipeline.analyze(doc));
    CompletableFuture<DocumentAnalysis> now = new CompletableFuture<>();
    try {
      now.complete(pipeline.analyze(doc));
    } catch (RuntimeException e) {
      now.completeExceptionally(e);
    }
    return now;
  }

  /**
   * One thing an ingest met, in the order read: errors to report, a document (with its analysis
   * under way, or none when it may be a duplicate), or the end of a file.
   */
  private record Step(@Nullable String file, @Nullable Document doc, @Nullable Future<DocumentAnalysis> analysis,
      List<SourceError> errors, boolean fileEnd) {
    Step(String file, Document doc, @Nullable Future<DocumentAnalysis> analysis) {
      this(file, doc, analysis, List.of(), false);
    }

    boolean ready() {
      return analysis == null || analysis.isDone();
    }
  }

  /**
   * The steps of an ingest taken in the order read: errors printed and kept, analyses counted and
   * saved in batches, the progress bar moved, as one thread reading everything in turn would.
   */
  private final class InOrder {
    final Store store;
    final List<SourceError> errors;
    final PrintStream err;
    final Progress progress;
    final int window;
    final ArrayDeque<Step> queue = new ArrayDeque<>();
    final Batch pending = new Batch();
    /** The ids of the documents read so far. */
    final Set<String> read = new HashSet<>();
    final int[] counts = new int[3]; // added, duplicates, stories
    int filesDone;
    long published = System.nanoTime();

    InOrder(Store store, List<SourceError> errors, PrintStream err, Progress progress, int window) {
      this.store = store;
      this.errors = errors;
      this.err = err;
      this.progress = progress;
      this.window = window;
    }

    /** Queues the errors collected so far and empties {@code collected}. */
    void report(List<SourceError> collected) throws StoreException {
      if (collected.isEmpty()) return;
      add(new Step(null, null, null, List.copyOf(collected), false));
      collected.clear();
    }

    void fileDone() throws StoreException {
      add(new Step(null, null, null, List.of(), true));
    }

    /** Queues {@code step}, then takes every step that is ready, and more while too many wait. */
    void add(Step step) throws StoreException {
      queue.add(step);
      while (!queue.isEmpty() && (queue.size() > window || queue.peek().ready())) take(queue.poll());
    }

    /** Takes every step left and saves the last batch. */
    void finish() throws StoreException {
      while (!queue.isEmpty()) take(queue.poll());
      pending.flush(store, counts);
    }

    private void take(Step step) throws StoreException {
      for (SourceError e : step.errors()) {
        progress.clearLine();
        err.println("amity: " + e.line());
        errors.add(e);
      }
      if (step.fileEnd()) progress.update(++filesDone);
      Document doc = step.doc();
      if (doc == null) return;
      Future<DocumentAnalysis> analysis = step.analysis();
      if (analysis == null) {
        if (pending.ids.contains(doc.id()) || store.writer().contains(doc.id())) {
          counts[1]++;
          return;
        }
        analysis = analyse(doc, null); // the first of its content failed: this one is the first now
      }
      try {
        DocumentAnalysis a = result(analysis);
        List<SourceError> failures = new ArrayList<>();
        for (StoryFailure f : a.failures()) failures.add(SourceError.of(step.file(), f));
        take(new Step(null, null, null, failures, false));
        pending.add(a);
      } catch (RuntimeException e) {
        take(new Step(null, null, null, List.of(error(step.file(), e)), false));
      }
      if (pending.full(batch, batchChars)) {
        pending.flush(store, counts);
        if (System.nanoTime() - published >= indexEvery.toNanos()) {
          store.writer().publish();
          published = System.nanoTime();
        }
      }
    }
  }

  /** {@return the analysis, or what it threw} */
  private static DocumentAnalysis result(Future<DocumentAnalysis> analysis) {
    try {
      return analysis.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error r) throw r;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Analysed documents waiting for their transaction. */
  private static final class Batch {
    final List<DocumentAnalysis> analyses = new ArrayList<>();
    final Set<String> ids = new HashSet<>();
    long chars;

    void add(DocumentAnalysis a) {
      analyses.add(a);
      ids.add(a.document().id());
      chars += a.document().text().length();
    }

    boolean full(int batch, long batchChars) {
      return analyses.size() >= batch || chars >= batchChars;
    }

    void flush(Store store, int[] counts) throws StoreException {
      if (analyses.isEmpty()) return;
      List<Boolean> added = store.writer().saveAll(analyses);
      for (int i = 0; i < analyses.size(); i++) {
        if (added.get(i)) {
          counts[0]++;
          counts[2] += analyses.get(i).stories().size();
        } else {
          counts[1]++;
        }
      }
      analyses.clear();
      ids.clear();
      chars = 0;
    }
  }

  /** The failing file or record and a one-line reason; decode and read errors already name it. */
  private static SourceError error(String file, Exception e) {
    if (e instanceof DecodeException d) return new SourceError(d.file(), d.reason());
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    return new SourceError(file, reason.replaceAll("\\s+", " ").strip());
  }
}
