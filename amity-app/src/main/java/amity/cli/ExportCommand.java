package amity.cli;

import amity.export.Exporter;
import amity.store.Store;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity export events|entities|mentions}: the store in formats analysts' tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Write events, entities or mentions as CSV, JSON Lines, Parquet, or (events) a GDELT-style",
        "TSV, to FILE or stdout. The columns are listed in the README."})
final class ExportCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "WHAT", description = "events, entities or mentions")
  String what;

  @Option(names = "--format", paramLabel = "F", defaultValue = "jsonl", description = "csv, jsonl, parquet or gdelt (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: stdout).")
  Path out;

  @Override
  public Integer call() throws Exception {
    Exporter.Table table = parse(Exporter.Table.class, what, "WHAT must be events, entities or mentions");
    Exporter.Format f = parse(Exporter.Format.class, format, "--format must be csv, jsonl, parquet or gdelt");
    if (f == Exporter.Format.GDELT && table != Exporter.Table.EVENTS) {
      throw new IllegalArgumentException("--format gdelt exports events only");
    }
    try (Store s = store.open()) {
      s.writer().refresh(store.kb());
      long n;
      if (out == null) {
        n = new Exporter(s).write(table, f, System.out);
        System.out.flush();
      } else {
        // Write beside the target and move it in place, so a failed export leaves no half file.
        Path abs = out.toAbsolutePath();
        if (abs.getParent() != null) Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName(), ".part");
        try {
          if (f == Exporter.Format.PARQUET) {
            n = new Exporter(s).writeParquet(table, tmp);
          } else {
            try (OutputStream o = Files.newOutputStream(tmp)) {
              n = new Exporter(s).write(table, f, o);
            }
          }
          Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(tmp);
        }
        System.err.printf("amity: wrote %d %s to %s%n", n, table.name().toLowerCase(Locale.ROOT), out);
      }
    }
    return 0;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value, String message) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(message + ": '" + value + "'");
    }
  }
}
