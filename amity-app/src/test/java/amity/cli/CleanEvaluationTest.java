package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.clean.BodyScore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaner keeps its scores on the dev set: a floor under every language, not a target. */
class CleanEvaluationTest {
  private static final Path DEV = Path.of("..", "amity-core", "src", "test", "resources", "amity", "clean-dev");

  @Test
  void everyLanguageStaysAboveItsFloor() throws Exception {
    List<String> notes = new ArrayList<>();
    List<CleanEvaluation.PageResult> results = new CleanEvaluation().run(DEV, CleanEvaluation.findSeeds().orElse(null), notes::add);
    assertThat(results).hasSizeGreaterThanOrEqualTo(40);
    CleanEvaluation.byLanguage(results).forEach((lang, rs) -> {
      BodyScore.Counts c = rs.stream().map(CleanEvaluation.PageResult::counts).reduce(BodyScore.Counts.ZERO, BodyScore.Counts::plus);
      assertThat(c.precision()).as(lang + " precision").isGreaterThanOrEqualTo(0.97);
      assertThat(c.recall()).as(lang + " recall").isGreaterThanOrEqualTo(0.97);
      assertThat(rs.stream().filter(CleanEvaluation.PageResult::storiesRight).count()).as(lang + " story counts")
          .isGreaterThanOrEqualTo(rs.size() - 1);
    });
    long dated = results.stream().filter(r -> r.publishedExpected() != null).count();
    assertThat(results.stream().filter(CleanEvaluation.PageResult::dateRight).count()).as("publication dates")
        .isGreaterThanOrEqualTo(dated - 2);
  }
}
