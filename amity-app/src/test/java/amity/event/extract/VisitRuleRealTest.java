package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguagePacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VisitRule} on real sentences of the tune half: which visits go abroad. */
class VisitRuleRealTest {
  private static final VisitRule VISITS = new VisitRule(RealPages.kb(), LanguagePacks.bundled());

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static boolean abroad(RealPages.RealSentence s, Reading r) {
    boolean international = r.actors().stream().anyMatch(p -> s.actors().of(p.entity()).international());
    return VISITS.accepts(r, s.actors(), s.view().lexicon(), international);
  }

  @Test
  void arafatArrivingInNablusFromRamallahStaysAtHome() {
    var s = RealPages.page("en-testa-099.txt").sentence("arrived in the West Bank self-rule enclave of Nablus");
    assertThat(abroad(s, s.reading("arrived in"))).isFalse();
  }

  @Test
  void officialsOfTwoCountriesMeetingDuringAVisitAreAVisitAbroad() {
    var s = RealPages.page("en-testa-047.txt").sentence("whom he met during a Friday visit");
    assertThat(abroad(s, s.reading("visit"))).isTrue();
  }

  @Test
  void theCatalanPresidentVisitingParisGoesAbroad() {
    var s = RealPages.page("es-train-129.txt").sentence("al día siguiente de una visita a París, Pujol");
    assertThat(abroad(s, s.reading("visita"))).isTrue();
  }
}
