package amity.cli;

import amity.kb.KnowledgeBase;
import amity.store.Store;
import amity.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options every command shares: where the store is, and extra knowledge-base files. */
final class StoreOption {
  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store folder (default: $AMITY_STORE or ./amity-data).")
  Path store;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "Extra knowledge-base file (JSON Lines, docs/KB.md); repeatable.")
  List<Path> kbFiles = new ArrayList<>();

  Path dir() {
    if (store != null) return store;
    String env = System.getenv("AMITY_STORE");
    return Path.of(env != null && !env.isBlank() ? env : "amity-data");
  }

  Store open() throws StoreException {
    return Store.open(dir());
  }

  /** The bundled knowledge base plus the user's files. */
  KnowledgeBase kb() throws IOException {
    KnowledgeBase.Builder b = KnowledgeBase.builder().addBundled();
    for (Path p : kbFiles) {
      try (InputStream in = Files.newInputStream(p)) {
        b.read(in, p.toString());
      }
    }
    return b.build();
  }
}
