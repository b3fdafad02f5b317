package amity.cli;

import amity.ner.eval.NerBench;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Option;

/** What the benchmarks of a model ({@code bench ner}, {@code bench parse}) share: options and output. */
final class ModelBench {
  private ModelBench() {}

  /** The options every model benchmark takes. */
  static final class Options {
    @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
    String lang;

    @Option(names = "--seconds", defaultValue = "20", description = "Timed seconds, after a warm-up of up to 5 s (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--json", description = "One JSON object instead of text.")
    boolean json;

    /** Refuses a time that is not positive. */
    void check() {
      if (!(seconds > 0)) throw new IllegalArgumentException("--seconds must be positive");
    }
  }

  /**
   * What one run measured, as one JSON object or three lines of text.
   *
   * @param command the command's name in messages ("amity bench ner")
   * @param what what one thread did ("one thread", "tagging + parsing on one thread")
   */
  static void print(
      Options o, String command, String what, Object model, String lang, int features, double loadMillis, long heapBytes,
      int sentences, long tokens, NerBench.Speed speed) {
    if (o.json) {
      ObjectNode j = Json.MAPPER.createObjectNode();
      j.put("lang", lang).put("features", features);
      j.put("load_ms", Math.round(loadMillis)).put("model_heap_mb", Math.round(heapBytes / 1e5) / 10.0);
      j.put("sentences", sentences).put("tokens", tokens).put("threads", 1);
      j.put("tokens_per_second", Math.round(speed.wall())).put("tokens_per_cpu_second", Math.round(speed.cpu()));
      System.out.println(Json.write(j));
    } else {
      System.out.printf("%s: %s%n", command, model);
      System.out.printf("load %.0f ms, model heap %.1f MB; %d sentences, %d tokens per pass%n", loadMillis, heapBytes / 1e6, sentences, tokens);
      // On a shared machine the thread waits for a core; its CPU time says what the code costs.
      System.out.printf("%s: %.0f tokens/s (wall clock), %.0f tokens per CPU second%n", what, speed.wall(), speed.cpu());
    }
  }
}
