package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity bench parse} runs the shipped model and reports; its speed is not asserted, only its shape. */
class BenchParseIT {
  @TempDir Path dir;

  @Test
  void reportsTokensPerSecondOfTheShippedModel() throws Exception {
    Path file = dir.resolve("four.conllu");
    Files.writeString(file, ParseCommandsTest.conllu(4));
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "parse", "--lang", "en", "--seconds", "0.5", "--json", file.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("lang").asText()).isEqualTo("en");
    assertThat(o.get("sentences").asInt()).isEqualTo(4);
    assertThat(o.get("tokens").asInt()).isEqualTo(32);
    assertThat(o.get("tokens_per_second").asDouble()).isPositive();
    assertThat(o.get("tokens_per_cpu_second").asDouble()).isPositive();
    assertThat(o.get("model_heap_mb").asDouble()).isPositive();
  }

  @Test
  void aMissingFileIsOneLineNamingIt() throws Exception {
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "parse", "--lang", "en", dir.resolve("none.conllu").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("amity bench parse: ").contains("none.conllu").doesNotContain("\n");
  }
}
