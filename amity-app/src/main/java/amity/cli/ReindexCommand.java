package amity.cli;

import amity.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code amity reindex}: rebuilds the full-text index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the full-text index from the store's database (the source of truth), for",
        "example after deleting the index folder or copying a database without it."})
final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    try (Store s = store.open()) {
      s.reindex();
      long n = s.counts().get("stories");
      System.out.printf("reindexed %d stories in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
