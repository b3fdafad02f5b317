package amity.cli;

import amity.parse.ParseBench;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity bench parse}: tagging and parsing speed of a parser model on one core. A benchmark
 * to run by hand, not a test: its figures depend on the machine and its load.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Cut the sentences of a CoNLL-U file into amity's tokens, then tag and parse them over and over",
      "on one thread after a warm-up, and print tokens per second of wall-clock and of CPU time,",
      "the model's load time and the heap it retains."
    })
final class BenchParseCommand implements Callable<Integer> {
  @Mixin ModelBench.Options options;

  @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped one).")
  Path model;

  @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-U file (only its sentences' text is read).")
  Path file;

  @Override
  public Integer call() {
    options.check();
    ParseBench.Report r;
    try {
      r = ParseBench.run(options.lang, file, model, options.seconds);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("amity bench parse: " + e.getMessage());
      return 1;
    }
    ModelBench.print(options, "amity bench parse", "tagging + parsing on one thread", r.model(), r.model().lang(), r.model().featureCount(),
        r.loadMillis(), r.modelHeapBytes(), r.sentences(), r.tokens(), r.speed());
    return 0;
  }
}
