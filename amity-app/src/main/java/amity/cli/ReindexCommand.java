package amity.cli;

import amity.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity reindex}: rebuilds the full-text index from the database, and with --all the derived tables too. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {"Rebuild the full-text index from the store's database (the source of truth), for",
        "example after deleting the index folder or copying a database without it."})
final class ReindexCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--all", description = {"Also recompute entities and merged events from every mention and event reading",
      "(a refresh otherwise redoes only what new pages touch), in time linear in the corpus."})
  boolean all;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    try (Store s = store.open()) {
      if (all) {
        s.writer().refreshAll(store.kb());
        System.out.printf("recomputed %d entities and %d events in %.1f s%n", s.counts().get("entities"), s.counts().get("events"),
            (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
      }
      s.reindex();
      long n = s.counts().get("stories");
      System.out.printf("reindexed %d stories in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
    }
    return 0;
  }
}
