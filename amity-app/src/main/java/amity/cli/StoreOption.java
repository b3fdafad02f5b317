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
      description = {"Store folder (default: $AMITY_STORE or ./amity-data), or a PostgreSQL server:",
          "postgresql://user:password@host:5432/database"})
  String store;

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Full-text index folder of a PostgreSQL store (default: ~/.cache/amity/index/<host>-<port>-<database>).")
  Path index;

  @Option(
      names = "--kb",
      paramLabel = "FILE",
      description = "Extra knowledge-base file (JSON Lines, docs/KB.md); repeatable.")
  List<Path> kbFiles = new ArrayList<>();

  /** {@return the store as given: a folder or a server URL} */
  String location() {
    if (store != null) return store;
    String env = System.getenv("AMITY_STORE");
    return env != null && !env.isBlank() ? env : "amity-data";
  }

  /** {@return the store folder; for a server store, the folder of its index} */
  Path dir() {
    String l = location();
    if (!Store.isServerUrl(l)) return Path.of(l);
    return index != null ? index : Store.defaultIndexDir(l);
  }

  Store open() throws StoreException {
    return Store.open(location(), index);
  }

  /** The bundled knowledge base plus the user's files. */
  KnowledgeBase kb() throws IOException {
    return kb(0);
  }

  /** The bundled knowledge base plus the user's files, without {@code withheldPeople}% of its people. */
  KnowledgeBase kb(int withheldPeople) throws IOException {
    KnowledgeBase.Builder b = KnowledgeBase.builder().withholdPeople(withheldPeople).addBundled();
    for (Path p : kbFiles) {
      try (InputStream in = Files.newInputStream(p)) {
        b.read(in, p.toString());
      }
    }
    return b.build();
  }
}
