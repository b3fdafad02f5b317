package amity.link;

import static org.assertj.core.api.Assertions.assertThat;

import amity.cli.EvalLinkAccess;
import amity.testkit.Analyze;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Floors on the linking dev set (20 texts, 515 mentions, en/vi/zh/es) so regressions fail the build. */
class LinkDevSetTest {
  @Test
  void linkingDevSet() throws Exception {
    Path dir = Path.of("..", "amity-core", "src", "test", "resources", "amity", "link-dev");
    LinkEvaluation.Report r = EvalLinkAccess.evaluate(Analyze.kb(), dir);
    assertThat(r.mentions()).isEqualTo(515);
    assertThat(r.all().precision()).as(r.format()).isGreaterThan(0.95);
    assertThat(r.all().recall()).as(r.format()).isGreaterThan(0.88);
    assertThat(r.crossLanguage().f1()).as(r.format()).isGreaterThan(0.93);
    assertThat((double) r.kbCorrect() / r.kbMentions()).as(r.format()).isGreaterThan(0.92);
  }
}
