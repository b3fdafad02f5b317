package amity.cli;

import amity.kb.KnowledgeBase;
import amity.source.SourceError;
import amity.store.Store;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** Lets tests outside the package run an ingest as the command runs it. */
public final class IngestAccess {
  private IngestAccess() {}

  /** What the ingest did. */
  public record Result(int files, int added, int duplicates, int stories, List<SourceError> errors) {}

  /** Writes the bundled sample pages into {@code dir}, as {@code amity demo} does. */
  public static List<String> writeSample(Path dir) throws Exception {
    return DemoCommand.writeSample(dir);
  }

  /** Ingests {@code path} into a store at {@code store}; errors go to stderr as the command prints them. */
  public static Result ingest(KnowledgeBase kb, Path path, Path store) throws Exception {
    try (Store s = Store.open(store)) {
      Ingestion.Result r = new Ingestion(kb).run(List.of(path.toString()), s, kb, InputStream.nullInputStream(),
          new PrintStream(System.err, true), true);
      return new Result(r.files(), r.added(), r.duplicates(), r.stories(), r.errors());
    }
  }
}
