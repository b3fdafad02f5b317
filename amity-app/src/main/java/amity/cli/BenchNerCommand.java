package amity.cli;

import amity.ner.eval.NerBench;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity bench ner}: tagging speed of a named-entity model on one core. A benchmark to run
 * by hand, not a test: its figures depend on the machine and its load.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Tag a corpus file over and over on one thread (document by document, as amity tag does),",
      "after a warm-up, and print tokens per second of wall-clock and of CPU time, the model's",
      "load time and the heap it retains."
    })
final class BenchNerCommand implements Callable<Integer> {
  @Mixin ModelBench.Options options;

  @Option(names = "--model", paramLabel = "FILE", description = "Model file (default: local model, then the shipped one).")
  Path model;

  @Parameters(index = "0", paramLabel = "FILE", description = "Corpus file in any format train-ner reads (its tags are ignored).")
  Path file;

  @Override
  public Integer call() {
    options.check();
    NerBench.Report r;
    try {
      r = NerBench.run(options.lang, file, model, LocalModels.dir(), options.seconds);
    } catch (IllegalArgumentException e) {
      System.err.println("amity bench ner: " + e.getMessage() + "; pass --model or train one with amity train-ner");
      return 1;
    } catch (UncheckedIOException e) {
      System.err.println("amity bench ner: " + e.getMessage());
      return 1;
    }
    ModelBench.print(options, "amity bench ner", "one thread", r.model(), r.model().lang(), r.model().featureCount(), r.loadMillis(),
        r.modelHeapBytes(), r.sentences(), r.tokens(), r.speed());
    return 0;
  }
}
