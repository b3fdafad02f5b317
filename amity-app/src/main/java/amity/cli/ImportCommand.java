package amity.cli;

import amity.kb.KnowledgeBase;
import amity.source.ParquetAnalyses;
import amity.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code amity import PARQUET_DIR}: loads what amity-spark wrote into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load the output folder of the Spark job (amity-spark) into the store: its documents, stories,",
        "mentions and event readings, then entities and merged events recomputed as after an ingest",
        "(the same linking and merging as the job's second stage, so the same entities and events).",
        "Documents already in the store are skipped. Reads the Parquet with DuckDB; Spark is not needed."})
final class ImportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(paramLabel = "PARQUET_DIR", description = "The job's --output folder (holding analyses/).")
  Path dir;

  @Override
  public Integer call() throws Exception {
    long t0 = System.nanoTime();
    KnowledgeBase kb = store.kb();
    long[] added = new long[1];
    long read;
    try (Store s = store.open()) {
      try {
        read = ParquetAnalyses.forEach(dir, 200, batch -> {
          for (boolean b : s.writer().saveAll(batch)) if (b) added[0]++;
        });
      } catch (IOException e) {
        System.err.println("amity: " + e.getMessage());
        return 1;
      }
      s.writer().refresh(kb);
    }
    System.out.printf("imported %d documents (%d already stored) in %.1f s%n", added[0], read - added[0],
        (System.nanoTime() - t0) / 1e9);
    return 0;
  }

}
