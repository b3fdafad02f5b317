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
import java.util.List;

/**
 * Reads files into the store one document at a time: decode, skip content already stored,
 * analyse, save in one transaction. A file that fails is reported with a one-line reason and the
 * rest goes on; the derived entities and events are refreshed at the end.
 */
final class Ingestion {
  /** What an ingest did. */
  record Result(int files, int added, int duplicates, int stories, List<SourceError> errors) {}

  private final Pipeline pipeline;
  private final Decoder decoder = new TextDecoder();

  Ingestion(KnowledgeBase kb) {
    this.pipeline = Pipeline.builder().defaults(kb).build();
  }

  Result run(List<String> paths, Store store, KnowledgeBase kb, InputStream stdin, PrintStream err, boolean quiet)
      throws StoreException {
    List<SourceError> errors = new ArrayList<>();
    List<Path> files = FileSources.expand(paths, e -> {
      errors.add(e);
      err.println("amity: " + e.line());
    });
    Progress progress = new Progress(err, files.size(), "files", quiet);
    int added = 0;
    int duplicates = 0;
    int stories = 0;
    int done = 0;
    for (Path f : files) {
      try {
        RawDocument raw = FileSources.read(f, stdin);
        Document doc = decoder.decode(raw);
        if (store.contains(doc.id())) {
          duplicates++;
        } else {
          DocumentAnalysis a = pipeline.analyze(doc);
          if (store.save(a)) {
            added++;
            stories += a.stories().size();
          } else {
            duplicates++;
          }
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
    store.refresh(kb);
    return new Result(files.size(), added, duplicates, stories, errors);
  }
}
