package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity bench ner} runs the shipped model and reports; its speed is not asserted, only its shape. */
class BenchNerIT {
  @TempDir Path dir;

  @Test
  void reportsTokensPerSecondOfTheShippedModel() throws Exception {
    Path file = dir.resolve("two.conll");
    // our own two sentences, 7 + 5 tokens, CoNLL-2003 columns
    Files.writeString(file, """
        Ministers X X O
        from X X O
        Chile X X B-LOC
        met X X O
        in X X O
        Lima X X B-LOC
        . X X O

        Ana X X B-PER
        Rojas X X I-PER
        flew X X O
        home X X O
        . X X O
        """);
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "ner", "--lang", "en", "--seconds", "0.5", "--json", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("lang").asText()).isEqualTo("en");
    assertThat(o.get("sentences").asInt()).isEqualTo(2);
    assertThat(o.get("tokens").asInt()).isEqualTo(12);
    assertThat(o.get("tokens_per_second").asDouble()).isPositive();
    assertThat(o.get("tokens_per_cpu_second").asDouble()).isPositive();
    assertThat(o.get("model_heap_mb").asDouble()).isPositive();
  }

  @Test
  void aMissingFileIsOneLineNamingIt() throws Exception {
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "ner", "--lang", "en", dir.resolve("none.conll").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("amity bench ner: ").contains("none.conll").doesNotContain("\n");
  }
}
