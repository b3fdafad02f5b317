package amity.cli;

import amity.parse.ParseBench;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
  @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
  String lang;

  @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped one).")
  Path model;

  @Option(names = "--seconds", defaultValue = "20", description = "Timed seconds, after a warm-up of up to 5 s (default ${DEFAULT-VALUE}).")
  double seconds;

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-U file (only its sentences' text is read).")
  Path file;

  @Override
  public Integer call() {
    if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be positive");
    ParseBench.Report r;
    try {
      r = ParseBench.run(lang, file, model, seconds);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      System.err.println("amity bench parse: " + e.getMessage());
      return 1;
    }
    if (json) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("lang", r.model().lang()).put("features", r.model().featureCount());
      o.put("load_ms", Math.round(r.loadMillis())).put("model_heap_mb", Math.round(r.modelHeapBytes() / 1e5) / 10.0);
      o.put("sentences", r.sentences()).put("tokens", r.tokens()).put("threads", 1);
      o.put("tokens_per_second", Math.round(r.speed().wall())).put("tokens_per_cpu_second", Math.round(r.speed().cpu()));
      System.out.println(Json.write(o));
    } else {
      System.out.printf("amity bench parse: %s%n", r.model());
      System.out.printf("load %.0f ms, model heap %.1f MB; %d sentences, %d amity tokens per pass%n",
          r.loadMillis(), r.modelHeapBytes() / 1e6, r.sentences(), r.tokens());
      System.out.printf("tagging + parsing on one thread: %.0f tokens/s (wall clock), %.0f tokens per CPU second%n", r.speed().wall(), r.speed().cpu());
    }
    return 0;
  }
}
