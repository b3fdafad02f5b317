package amity.cli;

import amity.kb.KnowledgeBase;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.pipeline.Pipeline;
import amity.source.FileSources;
import amity.source.SourceError;
import amity.stage.Decoder;
import amity.decode.TextDecoder;
import amity.store.Store;
import amity.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads files into the store: decode, skip content already stored, analyse, and save in batches
 * of {@code batch} documents, one transaction a batch. A file that fails is reported with a
 * one-line reason and the rest goes on; the derived entities and events are refreshed at the end.
 *
 * <p>A crash (even kill -9) loses at most the batch in progress; running the same ingest again
 * skips what was committed and adds the rest, so the store ends as a clean run would leave it.
 */
final class Ingestion {
  /** Documents a transaction unless told. */
  static final int DEFAULT_BATCH = 50;

  /** What an ingest did. */
  record Result(int files, int added, int duplicates, int stories, List<SourceError> errors) {}

  private final Pipeline pipeline;
  private final Decoder decoder = new TextDecoder();
  private final int batch;

  Ingestion(KnowledgeBase kb) {
    this(kb, DEFAULT_BATCH);
  }

  Ingestion(KnowledgeBase kb, int batch) {
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1: " + batch);
    this.pipeline = Pipeline.builder().defaults(kb).build();
    this.batch = batch;
  }

  Result run(List<String> paths, Store store, KnowledgeBase kb, InputStream stdin, PrintStream err, boolean quiet)
      throws StoreException {
    List<SourceError> errors = new ArrayList<>();
    List<Path> files = FileSources.expand(paths, e -> {
      errors.add(e);
      err.println("amity: " + e.line());
    });
    Progress progress = new Progress(err, files.size(), "files", quiet);
    int[] counts = new int[3]; // added, duplicates, stories
    List<DocumentAnalysis> pending = new ArrayList<>();
    Set<String> pendingIds = new HashSet<>();
    int done = 0;
    for (Path f : files) {
      try {
        RawDocument raw = FileSources.read(f, stdin);
        Document doc = decoder.decode(raw);
        if (pendingIds.contains(doc.id()) || store.contains(doc.id())) {
          counts[1]++;
        } else {
          pending.add(pipeline.analyze(doc));
          pendingIds.add(doc.id());
          if (pending.size() >= batch) flush(store, pending, pendingIds, counts);
        }
      } catch (StoreException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        String reason = e.getMessage() == null ? e.toString() : e.getMessage();
        // Decode errors already name the file; others get it here.
        String line = reason.startsWith(f.toString() + ":") ? reason : f + ": " + reason;
        SourceError se = new SourceError(f.toString(), line.substring(f.toString().length() + 2));
        errors.add(se);
        progress.clearLine();
        err.println("amity: " + se.line());
      }
      progress.update(++done);
    }
    flush(store, pending, pendingIds, counts);
    store.refresh(kb);
    return new Result(files.size(), counts[0], counts[1], counts[2], errors);
  }

  private static void flush(Store store, List<DocumentAnalysis> pending, Set<String> pendingIds, int[] counts) throws StoreException {
    if (pending.isEmpty()) return;
    List<Boolean> added = store.saveAll(pending);
    for (int i = 0; i < pending.size(); i++) {
      if (added.get(i)) {
        counts[0]++;
        counts[2] += pending.get(i).stories().size();
      } else {
        counts[1]++;
      }
    }
    pending.clear();
    pendingIds.clear();
  }
}
