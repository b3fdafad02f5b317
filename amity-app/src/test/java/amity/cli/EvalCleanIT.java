package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code amity eval clean} on the shipped dev set, as a user runs it. */
class EvalCleanIT {
  private static final Path DEV = Path.of("..", "amity-core", "src", "test", "resources", "amity", "clean-dev");

  @Test
  void printsPrecisionAndRecallPerLanguageAsJson() throws Exception {
    IngestFormatsIT.Run json = IngestFormatsIT.amity(null, "eval", "clean", DEV.toString(), "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(json.out());
    assertThat(o.get("unit").asText()).isEqualTo("token");
    assertThat(o.get("all").get("pages").asInt()).isGreaterThanOrEqualTo(40);
    for (String lang : new String[] {"en", "es", "vi", "zh"}) {
      JsonNode l = o.get("languages").get(lang);
      assertThat(l.get("pages").asInt()).as(lang).isGreaterThanOrEqualTo(8);
      assertThat(l.get("precision").asDouble()).as(lang).isBetween(0.0, 1.0);
      assertThat(l.get("recall").asDouble()).as(lang).isBetween(0.0, 1.0);
    }
    assertThat(o.get("pages").size()).isEqualTo(o.get("all").get("pages").asInt());
  }
}
