package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void aPageWithNoTextIsCountedAndTheBenchGoesOn(@TempDir Path dir) throws Exception {
    // A page its scripts draw has nothing to read; the decoder refuses it, and a bench over a
    // real crawl must time it like any other page instead of stopping there.
    Files.writeString(dir.resolve("a-shell.html"), "<html><body><div id=\"app\"></div><script>start()</script></body></html>");
    Files.writeString(dir.resolve("b-story.html"), "<html><body><article><h1>Night ferry returns</h1><p>The night ferry to the islands runs again from Friday, "
        + "after a winter in dry dock, with a new cabin deck and room for twice as many bicycles.</p></article></body></html>");
    IngestFormatsIT.Run r = IngestFormatsIT.amity(null, "bench", "clean", "--input", dir.toString(), "--warmup", "2", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertThat(o.get("pages").asInt()).isEqualTo(2);
    assertThat(o.get("pages_without_text").asInt()).isEqualTo(1);
    assertThat(o.get("stories").asInt()).isEqualTo(1);
  }
}
