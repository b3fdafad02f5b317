package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import amity.testkit.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity eval clean} on the shipped dev set and on a WCXB subset, as a user runs it. */
class EvalCleanIT {
  private static final Path DEV = Path.of("..", "amity-core", "src", "test", "resources", "amity", "clean-dev");
  /** Scores are rounded to four places: a mean of rounded figures is off by at most this. */
  private static final double ROUNDING = 0.0001;

  @Test
  void printsPrecisionAndRecallPerLanguageAsJson() throws Exception {
    IngestFormatsIT.Run json = IngestFormatsIT.amity(null, "eval", "clean", DEV.toString(), "--json");
    assertThat(json.exit()).as(json.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(json.out());
    assertThat(o.get("unit").asText()).isEqualTo("token");
    assertThat(o.get("all").get("pages").asInt()).isGreaterThanOrEqualTo(40);
    int pages = 0;
    for (String lang : new String[] {"en", "es", "vi", "zh"}) {
      JsonNode l = o.get("languages").get(lang);
      assertThat(l.get("pages").asInt()).as(lang).isGreaterThanOrEqualTo(8);
      // The dev set is what the cleaner was built on: it reads it all but a few words (0.998 to
      // 1.000 when this was written); a drop below these floors is a regression.
      assertThat(l.get("precision").asDouble()).as(lang + " precision").isGreaterThanOrEqualTo(0.99);
      assertThat(l.get("recall").asDouble()).as(lang + " recall").isGreaterThanOrEqualTo(0.99);
      assertThat(l.get("stories_right").asInt()).as(lang + ": pages split as marked").isEqualTo(l.get("pages").asInt());
      assertThat(l.get("dates_right").asInt()).as(lang + ": dates").isEqualTo(l.get("dates_gold").asInt());
      pages += l.get("pages").asInt();
    }
    assertThat(o.get("pages").size()).isEqualTo(o.get("all").get("pages").asInt()).isEqualTo(pages);
    // The per-page list agrees with the summary: each language's pages are listed under it.
    Map<String, Integer> listed = new HashMap<>();
    for (JsonNode p : o.get("pages")) {
      listed.merge(p.get("lang").asText(), 1, Integer::sum);
      assertThat(p.get("precision").asDouble()).as(p.get("file").asText()).isBetween(0.0, 1.0);
      assertThat(p.get("stories_found").asInt()).as(p.get("file").asText()).isEqualTo(p.get("stories_expected").asInt());
    }
    for (String lang : listed.keySet()) assertThat(listed.get(lang)).as(lang).isEqualTo(o.get("languages").get(lang).get("pages").asInt());
  }

  @Test
  void aWcxbSubsetScoresTheMeanOfItsPagesAndAboveAFloor(@TempDir Path dir) throws Exception {
    Path wcxb = Seeds.data("extraction/wcxb-dev");
    List<String> ids = subset(wcxb, dir, 125, 12);
    IngestFormatsIT.Run run = IngestFormatsIT.amity(null, "eval", "clean", dir.toString(), "--json", "--details", "--worst", "100");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode o = new ObjectMapper().readTree(run.out());
    JsonNode all = o.get("all");
    assertThat(all.get("pages").asInt()).isEqualTo(ids.size());
    assertThat(o.get("errors")).isEmpty();
    assertThat(o.get("pages_without_text").asInt()).isZero();

    JsonNode worst = o.get("worst");
    List<String> listed = new ArrayList<>();
    Map<String, List<JsonNode>> byType = new HashMap<>();
    double f1 = 0;
    double precision = 0;
    double recall = 0;
    double lastF1 = -1;
    for (JsonNode p : worst) {
      listed.add(p.get("id").asText());
      byType.computeIfAbsent(p.get("type").asText(), k -> new ArrayList<>()).add(p);
      double pf = p.get("f1").asDouble();
      double pp = p.get("precision").asDouble();
      double pr = p.get("recall").asDouble();
      assertThat(pf).as("worst first").isGreaterThanOrEqualTo(lastF1);
      lastF1 = pf;
      // evaluate.py: a page's F1 is the harmonic mean of its word precision and recall.
      assertThat(pf).as(p.get("id").asText() + " F1 from P and R").isCloseTo(pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr), within(0.001));
      f1 += pf;
      precision += pp;
      recall += pr;
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
    int n = worst.size();
    assertThat(all.get("f1").asDouble()).as("F1 is the mean of the pages' F1").isCloseTo(f1 / n, within(ROUNDING));
    assertThat(all.get("precision").asDouble()).as("the mean of the pages' precision").isCloseTo(precision / n, within(ROUNDING));
    assertThat(all.get("recall").asDouble()).as("the mean of the pages' recall").isCloseTo(recall / n, within(ROUNDING));
    byType.forEach((type, ps) -> {
      JsonNode t = o.get("types").get(type);
      assertThat(t.get("pages").asInt()).as(type).isEqualTo(ps.size());
      assertThat(t.get("f1").asDouble()).as(type + " F1").isCloseTo(ps.stream().mapToDouble(p -> p.get("f1").asDouble()).average().orElseThrow(), within(ROUNDING));
    });
    assertThat(o.get("types").size()).isEqualTo(byType.size());
    // Floors, with a margin below the figures when this was written (all 0.892, article 0.947
    // over these 12 pages: 8 articles, 2 collections, a forum and a listing).
    assertThat(all.get("f1").asDouble()).as("mean F1 over the subset").isGreaterThanOrEqualTo(0.85);
    assertThat(o.get("types").get("article").get("f1").asDouble()).as("articles").isGreaterThanOrEqualTo(0.92);
    assertThat(all.get("titles_right").asInt()).as("titles").isGreaterThanOrEqualTo(10);

    // The table printed for people says the same F1.
    IngestFormatsIT.Run table = IngestFormatsIT.amity(null, "eval", "clean", dir.toString());
    assertThat(table.exit()).as(table.err()).isZero();
    String allLine = table.out().lines().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
    // The table rounds the mean to 3 places, the JSON to 4: rounding 0.8935 again may give 0.894
    // where the table, from 0.89349…, says 0.893.
    assertThat(Double.parseDouble(allLine.split("\\s+")[2])).isCloseTo(all.get("f1").asDouble(), within(0.00051));
  }

  /** Copies every {@code every}th page of WCXB (by id), {@code count} at most, into {@code to}; returns their ids. */
  private static List<String> subset(Path wcxb, Path to, int every, int count) throws Exception {
    Files.createDirectories(to.resolve("ground-truth"));
    Files.createDirectories(to.resolve("html"));
    List<Path> truths;
    try (Stream<Path> s = Files.list(wcxb.resolve("ground-truth"))) {
      truths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < truths.size() && ids.size() < count; i += every) {
      String id = truths.get(i).getFileName().toString().replace(".json", "");
      Files.copy(truths.get(i), to.resolve("ground-truth").resolve(id + ".json"));
      Files.copy(wcxb.resolve("html").resolve(id + ".html.gz"), to.resolve("html").resolve(id + ".html.gz"));
      ids.add(id);
    }
    return ids;
  }
}
