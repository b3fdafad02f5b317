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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  static final int DEFAULT_BATCH = 50;

  private final Pipeline pipeline;
  private final Decoder decoder = new TextDecoder();
  private final ReadLimits limits = ReadLimits.DEFAULT;
  private final int batch;

  Ingestion(KnowledgeBase kb) {
    this(kb, DEFAULT_BATCH);
  }

  Ingestion(KnowledgeBase kb, int batch) {
    this(Pipeline.builder().defaults(PipelineConfig.of(kb).withLocalModels(LocalModels.dir())).build(), batch);
  }

  /** An ingestion through {@code pipeline} (tests give one with a failing stage). */
  Ingestion(Pipeline pipeline, int batch) {
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1: " + batch);
    this.pipeline = pipeline;
    this.batch = batch;
  }

  Result run(List<String> paths, Store store, KnowledgeBase kb, InputStream stdin, PrintStream err, boolean quiet)
      throws StoreException {
    List<SourceError> errors = new ArrayList<>();
    List<Path> files = FileSources.inputs(paths, e -> {
      errors.add(e);
      err.println("amity: " + e.line());
    });
    Progress progress = new Progress(err, files.size(), "files", quiet);
    int[] counts = new int[3]; // added, duplicates, stories
    Batch pending = new Batch();
    int done = 0;
    for (Path f : files) {
      String name = f.toString();
      String stored = FileSources.nameUnder(paths, f);
      List<SourceError> fileErrors = new ArrayList<>();
      try (InputStream in = FileSources.open(f, stdin, limits);
          DocumentReader reader =
              Readers.open(name, in, limits, p -> fileErrors.add(new SourceError(p.file(), p.reason())))) {
        for (Optional<RawDocument> raw = reader.next(); raw.isPresent(); raw = reader.next()) {
          report(fileErrors, errors, err, progress);
          try {
            read(raw.get(), name, stored, store, pending, counts, fileErrors);
          } catch (StoreException e) {
            throw e;
          } catch (IOException | RuntimeException e) {
            fileErrors.add(error(raw.get().file(), e));
          }
          if (pending.analyses.size() >= batch) pending.flush(store, counts);
        }
      } catch (StoreException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        fileErrors.add(error(name, e));
      }
      report(fileErrors, errors, err, progress);
      progress.update(++done);
    }
    pending.flush(store, counts);
    store.writer().refresh(kb);
    return new Result(files.size(), counts[0], counts[1], counts[2], errors);
  }

  /**
   * Decodes and analyses one document, stored under its name relative to what was ingested ({@code
   * stored} for the file's {@code name}); a story a stage failed on is kept and added to {@code
   * errors}, named as the user named the file.
   */
  private void read(RawDocument raw, String name, String stored, Store store, Batch pending, int[] counts, List<SourceError> errors)
      throws IOException {
    String file = raw.file().startsWith(name) ? stored + raw.file().substring(name.length()) : raw.file();
    Document doc;
    try {
      doc = decoder.decode(new RawDocument(file, raw.bytes(), raw.meta()));
    } catch (DecodeException e) {
      throw new DecodeException(raw.file(), e.reason(), e);
    }
    if (pending.ids.contains(doc.id()) || store.writer().contains(doc.id())) {
      counts[1]++;
      return;
    }
    DocumentAnalysis a = pipeline.analyze(doc);
    for (StoryFailure f : a.failures()) errors.add(SourceError.of(raw.file(), f));
    pending.analyses.add(a);
    pending.ids.add(doc.id());
  }

  /** Analysed documents waiting for their transaction. */
  private static final class Batch {
    final List<DocumentAnalysis> analyses = new ArrayList<>();
    final Set<String> ids = new HashSet<>();

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
    }
  }

  /** Prints and keeps the errors collected so far, in the order they happened. */
  private static void report(List<SourceError> pending, List<SourceError> errors, PrintStream err, Progress progress) {
    for (SourceError e : pending) {
      progress.clearLine();
      err.println("amity: " + e.line());
      errors.add(e);
    }
    pending.clear();
  }

  /** The failing file or record and a one-line reason; decode and read errors already name it. */
  private static SourceError error(String file, Exception e) {
    if (e instanceof DecodeException d) return new SourceError(d.file(), d.reason());
    String reason = e.getMessage() == null ? e.toString() : e.getMessage();
    return new SourceError(file, reason.replaceAll("\\s+", " ").strip());
  }
}
