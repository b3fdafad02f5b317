package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code amity bench clean} runs and reports; its figures are not asserted, only their shape. */
class BenchCleanIT {
  @Test
  void reportsPagesPerSecondAndPeakHeap() throws Exception {
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "clean", "--pages", "300", "--warmup", "50", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("pages").asInt()).isEqualTo(300);
    assertThat(o.get("html").asInt()).isBetween(1, 299);
    assertThat(o.get("stories").asInt()).isGreaterThanOrEqualTo(300);
    assertThat(o.get("pages_per_second").asDouble()).isPositive();
    assertThat(o.get("pages_per_cpu_second").asDouble()).isPositive();
    assertThat(o.get("peak_heap_mb").asDouble()).isPositive();

    IngestFormatsIT.Run text = IngestFormatsIT.amity(null, "bench", "clean", "--pages", "100", "--warmup", "0");
    assertThat(text.out()).contains("pages/s", "pages per CPU second", "peak heap");
  }
}
