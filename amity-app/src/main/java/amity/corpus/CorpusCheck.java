package amity.corpus;

import amity.decode.TextDecoder;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.kb.KnowledgeBase;
import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.StoryAnalysis;
import amity.model.StoryFailure;
import amity.pipeline.Corpus;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.source.FileSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Runs the whole pipeline over corpus pages, as {@code amity ingest} would read them as {@code
 * .txt} files: decode, clean, language, sentences, mentions, linking and events on each page, on
 * several threads; then the corpus-wide steps (linking across documents, event merging) over all
 * of them. Every exception is caught, counted and reported with the page, the story, the stage
 * and the innermost frame of amity's code; nothing stops the run.
 *
 * <pre>{@code
 * CorpusCheck.Result r = new CorpusCheck(PipelineConfig.of(kb), 2).run(pages, f -> System.err.println(f.line()), done -> {});
 * r.failures().isEmpty();
 * }</pre>
 *
 * <p>Design decision: the corpus-wide steps take all analyses at once, as the store's refresh
 * does, since linking and merging are global. Each analysis is kept without its sentences and
 * tokens (the bulk of it), so memory grows with the pages' text, mentions and events: a few
 * hundred MB for all the corpora in {@code ../shared/data}. Thread-safe; each run is independent.
 */
public final class CorpusCheck {
  /** The stage of a file or record that could not be read. */
  public static final String READ = "read";
  /** The stage of a page that could not be decoded. */
  public static final String DECODE = "decode";
  /** The stage of a page the cleaner failed on (the whole page is lost, as in an ingest). */
  public static final String CLEAN = "clean";
  /** The stage of a failure of the corpus-wide steps, linking across documents and merging. */
  public static final String COMBINE = "combine";

  /**
   * One failure.
   *
   * @param page the page's name ({@code vi-news-news_business_014.txt}), a file or record name,
   *     or "(corpus)" for the corpus-wide steps
   * @param source where in the corpus the page comes from, or the file it was read from
   * @param story the story's index in its page, or -1 when the whole page failed
   * @param stage {@code read}, {@code decode}, {@code clean}, a story stage ({@link
   *     StoryFailure#STAGES}) or {@code combine}
   * @param reason the exception's simple class name and message
   * @param where the innermost frame of amity's code, or ""
   */
  public record Failure(String page, String source, int story, String stage, String reason, String where) {
    public Failure {
      Objects.requireNonNull(page, "page must not be null");
      Objects.requireNonNull(source, "source must not be null");
      Objects.requireNonNull(stage, "stage must not be null");
      Objects.requireNonNull(reason, "reason must not be null");
      Objects.requireNonNull(where, "where must not be null");
    }

    /** {@return the one line printed for it} */
    public String line() {
      return page + " (" + source + "): " + (story >= 0 ? "story " + story + ": " : "") + stage + ": " + reason
          + (where.isEmpty() ? "" : " at " + where);
    }
  }

  /**
   * What a run read.
   *
   * @param pages pages and records analysed (one whose decoding or cleaning failed is not counted)
   * @param stories stories in them
   * @param mentions linked mentions in them
   * @param events event readings (one a story that tells an event)
   * @param entities corpus-wide entities after linking
   * @param merged events after merging across stories and languages
   * @param failures every failure, in page order
   * @param millis wall-clock time
   * @param combineMillis of which the corpus-wide steps
   * @param threads how many threads analysed pages
   */
  public record Result(int pages, int stories, int mentions, int events, int entities, int merged,
      List<Failure> failures, long millis, long combineMillis, int threads) {
    public Result {
      failures = List.copyOf(failures);
    }
  }

  private final KnowledgeBase kb;
  private final Pipeline pipeline;
  private final TextDecoder decoder = new TextDecoder();
  private final int threads;

  /** A check with amity's default pipeline as {@code config} says, on {@code threads} threads. */
  public CorpusCheck(PipelineConfig config, int threads) {
    this(config.kb(), Pipeline.builder().defaults(config).build(), threads);
  }

  /** A check with a given pipeline (tests inject a failing stage). */
  public CorpusCheck(KnowledgeBase kb, Pipeline pipeline, int threads) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
    this.kb = Objects.requireNonNull(kb, "kb must not be null");
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline must not be null");
    this.threads = threads;
  }

  /**
   * Checks {@code pages}: each failure goes to {@code onFailure} as it happens (from any thread,
   * one at a time), the number of pages done to {@code onProgress}.
   */
  public Result run(List<CorpusPage> pages, Consumer<Failure> onFailure, IntConsumer onProgress) {
    return run(pages, List.of(), onFailure, onProgress);
  }

  /**
   * Checks {@code pages} and then every document of {@code files} (any format {@code amity
   * ingest} reads, each read record by record as it does); {@code onProgress} counts pages and
   * files done.
   */
  public Result run(List<CorpusPage> pages, List<Path> files, Consumer<Failure> onFailure, IntConsumer onProgress) {
    long start = System.nanoTime();
    List<Failure> failures = new ArrayList<>();
    Consumer<Failure> report = f -> {
      synchronized (failures) {
        failures.add(f);
        onFailure.accept(f);
      }
    };
    int units = pages.size() + files.size();
    List<List<DocumentAnalysis>> analyses = new ArrayList<>(Collections.nCopies(units, List.of()));
    AtomicInteger done = new AtomicInteger();
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "amity-corpus-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < threads; w++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < units; i = next.getAndIncrement()) {
            List<DocumentAnalysis> out = new ArrayList<>();
            if (i < pages.size()) {
              CorpusPage page = pages.get(i);
              RawDocument raw = new RawDocument(page.name(), page.text().getBytes(StandardCharsets.UTF_8), SourceMeta.text());
              check(raw, page.source(), report, out);
            } else {
              checkFile(files.get(i - pages.size()), report, out);
            }
            synchronized (analyses) {
              analyses.set(i, out);
            }
            int d = done.incrementAndGet();
            synchronized (failures) {
              onProgress.accept(d);
            }
          }
        }));
      }
      for (Future<?> f : workers) f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("corpus check interrupted", e);
    } catch (ExecutionException e) {
      // check() catches everything a page can throw; this is a bug in the check itself
      throw new IllegalStateException("corpus check failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    int stories = 0;
    int mentions = 0;
    int events = 0;
    List<DocumentAnalysis> kept = new ArrayList<>();
    for (List<DocumentAnalysis> unit : analyses) {
      for (DocumentAnalysis a : unit) {
        stories += a.stories().size();
        for (StoryAnalysis s : a.stories()) {
          mentions += s.mentions().size();
          events += s.events().size();
        }
        kept.add(a);
      }
    }
    analyses.clear();
    long combineStart = System.nanoTime();
    int entities = 0;
    int merged = 0;
    try {
      Corpus.Result r = new Corpus(kb).combine(kept);
      entities = r.entities().size();
      merged = r.events().size();
    } catch (RuntimeException | StackOverflowError e) {
      report.accept(new Failure("(corpus)", "all pages", -1, COMBINE, Pipeline.reason(e), Pipeline.where(e)));
    }
    long end = System.nanoTime();
    return new Result(kept.size(), stories, mentions, events, entities, merged, failures,
        (end - start) / 1_000_000, (end - combineStart) / 1_000_000, threads);
  }

  /** Every document of one file, read as an ingest reads it. */
  private void checkFile(Path file, Consumer<Failure> report, List<DocumentAnalysis> out) {
    String name = file.toString();
    try (InputStream in = FileSources.open(file, InputStream.nullInputStream(), ReadLimits.DEFAULT);
        DocumentReader reader = Readers.open(name, in, ReadLimits.DEFAULT,
            p -> report.accept(new Failure(p.file(), name, -1, READ, p.reason(), "")))) {
      for (Optional<RawDocument> raw = reader.next(); raw.isPresent(); raw = reader.next()) {
        check(raw.get(), name, report, out);
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      report.accept(new Failure(name, name, -1, READ, Pipeline.reason(e), Pipeline.where(e)));
    }
  }

  /** One document through decode and the pipeline; its analysis goes to {@code out} unless decoding or cleaning failed. */
  private void check(RawDocument raw, String source, Consumer<Failure> report, List<DocumentAnalysis> out) {
    Document doc;
    try {
      doc = decoder.decode(raw);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      report.accept(new Failure(raw.file(), source, -1, DECODE, Pipeline.reason(e), Pipeline.where(e)));
      return;
    }
    DocumentAnalysis a;
    try {
      a = pipeline.analyze(doc);
    } catch (RuntimeException | StackOverflowError e) {
      report.accept(new Failure(raw.file(), source, -1, CLEAN, Pipeline.reason(e), Pipeline.where(e)));
      return;
    }
    for (StoryFailure f : a.failures()) {
      report.accept(new Failure(raw.file(), source, f.index(), f.stage(), f.reason(), f.where()));
    }
    out.add(slim(a));
  }

  /** The analysis without its sentences and tokens, which the corpus-wide steps do not read. */
  private static DocumentAnalysis slim(DocumentAnalysis a) {
    List<StoryAnalysis> stories = new ArrayList<>(a.stories().size());
    for (StoryAnalysis s : a.stories()) {
      AnalyzedStory st = s.story();
      stories.add(new StoryAnalysis(new AnalyzedStory(st.story(), st.lang(), List.of()), s.mentions(), s.events(), s.fields()));
    }
    return new DocumentAnalysis(a.page(), stories, a.failures());
  }
}
