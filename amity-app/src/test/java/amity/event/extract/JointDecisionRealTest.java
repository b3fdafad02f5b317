package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link JointDecision} on real sentences of the tune half: a body of many states deciding among its members. */
class JointDecisionRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static boolean joint(RealSentence s, String trigger) {
    return JointDecision.of(s.reading(trigger), s.actors(), s.view().lexicon());
  }

  @Test
  void theFifteenAgreeingInHelsinkiIsAJointDecisionInSpanish() {
    var s = RealPages.page("es-train-587.txt").sentence("Los Quince acordaron el pasado diciembre en Helsinki");
    assertThat(joint(s, "acordaron")).isTrue();
  }

  @Test
  void fourteenEuCountriesFreezingTiesWithViennaIsAJointDecisionInSpanish() {
    var s = RealPages.page("es-train-063.txt").sentence("Catorce países de la UE decidieron el pasado febrero");
    assertThat(joint(s, "decidieron")).isTrue();
  }

  @Test
  void theEuRaisingABarleyQuotaIsItsOwnBusiness() {
    // "The European Union agreed on Thursday to increase by 300,000 tonnes the quota of German
    // intervention barley": no meeting, place or other state named — no contact.
    var s = RealPages.page("en-train-863.txt").sentence("The European Union agreed on Thursday to increase");
    assertThat(joint(s, "agreed")).isFalse();
    assertThat(s.accepted(s.reading("agreed"))).isFalse();
  }
}
