package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code amity bench clean} runs and reports; its figures are not asserted, only their shape. */
class BenchCleanIT {
  @Test
  void reportsPagesPerSecondAndPeakHeap() throws Exception {
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "clean", "--pages", "200", "--warmup", "20", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("pages").asInt()).isEqualTo(200);
    assertThat(o.get("html").asInt()).isBetween(1, 199);
    assertThat(o.get("stories").asInt()).isGreaterThanOrEqualTo(200);
    assertThat(o.get("pages_per_second").asDouble()).isPositive();
    assertThat(o.get("pages_per_cpu_second").asDouble()).isPositive();
    assertThat(o.get("peak_heap_mb").asDouble()).isPositive();

  }
}
