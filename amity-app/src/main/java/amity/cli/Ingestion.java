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
import amity.pipeline.Pipeline;
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
import java.util.List;
import java.util.Optional;

/**
 * Reads inputs into the store one document at a time: each file is opened, its container read
 * record by record (a page, JSON lines, WARC records, feed items), and each document decoded,
 * skipped when its content is already stored, analysed and saved in one transaction. A file or
 * record that fails is reported with a one-line reason and the rest goes on; the derived entities
 * and events are refreshed at the end.
 */
final class Ingestion {
  /** What an ingest did. */
  record Result(int files, int added, int duplicates, int stories, List<SourceError> errors) {}

  private final Pipeline pipeline;
  private final Decoder decoder = new TextDecoder();
  private final ReadLimits limits = ReadLimits.DEFAULT;

  Ingestion(KnowledgeBase kb) {
    this.pipeline = Pipeline.builder().defaults(kb).build();
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
    int done = 0;
    for (Path f : files) {
      String name = f.toString();
      List<SourceError> fileErrors = new ArrayList<>();
      try (InputStream in = FileSources.open(f, stdin, limits);
          DocumentReader reader =
              Readers.open(name, in, limits, p -> fileErrors.add(new SourceError(p.file(), p.reason())))) {
        for (Optional<RawDocument> raw = reader.next(); raw.isPresent(); raw = reader.next()) {
          report(fileErrors, errors, err, progress);
          try {
            ingest(raw.get(), store, counts);
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
      report(fileErrors, errors, err, progress);
      progress.update(++done);
    }
    store.refresh(kb);
    return new Result(files.size(), counts[0], counts[1], counts[2], errors);
  }

  private void ingest(RawDocument raw, Store store, int[] counts) throws IOException {
    Document doc = decoder.decode(raw);
    if (store.contains(doc.id())) {
      counts[1]++;
      return;
    }
    DocumentAnalysis a = pipeline.analyze(doc);
    if (store.save(a)) {
      counts[0]++;
      counts[2] += a.stories().size();
    } else {
      counts[1]++;
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
