package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code amity bench} over two small sizes: the store filled and refreshed, the HTTP load served by
 * {@code amity serve} in a process of its own, and the growth table; its figures are not asserted,
 * only that each was measured.
 */
class BenchStoreIT {
  @Test
  void measuresEachSizeAndServesTheLoadFromAServerOfItsOwn() throws Exception {
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "--stories", "1000,2000", "--pages", "0", "--queries", "10",
        "--seconds", "3", "--requests", "300", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("sizes")).hasSize(2);
    for (JsonNode size : o.get("sizes")) {
      assertThat(size.get("counts").get("stories").asLong()).isGreaterThanOrEqualTo(size.get("stories").asLong());
      JsonNode http = size.get("http");
      assertThat(http.get("errors").asInt()).as(r.err()).isZero();
      assertThat(http.get("requests").asInt()).isPositive();
      List<String> endpoints = new ArrayList<>();
      http.get("endpoints").fieldNames().forEachRemaining(endpoints::add);
      assertThat(endpoints).containsExactlyInAnyOrder("events", "search", "timeline", "entities", "story", "network", "fields");
      assertThat(http.get("endpoints").get("network").get("requests").asInt()).isPositive();
      assertThat(size.get("memory_mb").get("peak_rss_serving").asDouble()).isPositive();
      assertThat(size.get("store_size_closed").get("database_bytes_per_story").asLong()).isPositive();
    }
    assertThat(o.get("growth").get("HTTP requests/s")).hasSize(1);
  }
}
