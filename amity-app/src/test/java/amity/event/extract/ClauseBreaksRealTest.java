package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ClauseBreaks} on real sentences of the tune half. */
class ClauseBreaksRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void afterOpensAClauseOfItsOwnBetweenTheInitiallingAndTheDelegates() {
    // "… is set to be initialed on Friday after delegates from the Philippine government and the
    // Moro National Liberation Front (MNLF) concluded negotiations …".
    var s = RealPages.page("en-testa-094.txt").sentence("set to be initialed on Friday after delegates");
    String t = s.text();
    int initialed = t.indexOf("initialed");
    int delegates = t.indexOf("delegates");
    assertThat(ClauseBreaks.opensClause(s.view().lexicon(), t, initialed, delegates)).isTrue();
    assertThat(ClauseBreaks.opensClause(s.view().lexicon(), t, delegates, t.indexOf("concluded"))).isFalse();
    assertThat(ClauseBreaks.hasClauseBreak(t, initialed, delegates)).isFalse();
  }

  @Test
  void aTimeInParenthesesIsInsideThemAndTheNameBeforeIsNot() {
    // "Moscow peacemaker Alexander Lebed and rebel chief-of-staff Aslan Maskhadov signed an
    // agreement … at noon (0800 GMT) on Friday".
    var s = RealPages.page("en-train-081.txt").sentence("would cease all hostilities at noon");
    String t = s.text();
    assertThat(ClauseBreaks.insideParentheses(t, 0, t.indexOf("GMT"))).isTrue();
    assertThat(ClauseBreaks.insideParentheses(t, 0, t.indexOf("on Friday"))).isFalse();
    assertThat(ClauseBreaks.insideParentheses(t, 0, t.indexOf("Maskhadov"))).isFalse();
  }
}
