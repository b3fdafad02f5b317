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
  void aWhirlwindIrishTourGoesToIreland() {
    // "U.S. President Bill Clinton had to drop the resort of Ballybunion from a whirlwind Irish tour
    // last year.": the demonym before the tour names where it went.
    var s = RealPages.page("en-train-107.txt").sentence("from a whirlwind Irish tour last year");
    ArgumentReader.Arguments a = s.arguments("tour");
    assertThat(a.countries()).contains("IE");
    assertThat(a.location()).isNotNull();
    assertThat(a.location().entity()).isEqualTo("country:IE");
    assertThat(abroad(s, s.reading("tour"))).isTrue();
  }

  @Test
  void aLatinAmericanTourDoesNotGoToTheUnitedStates() {
    // "Hashimoto -- who returns from a 10-day Latin American tour on Saturday -- …": a region of
    // many states, not the "American" of one.
    var s = RealPages.page("en-train-785.txt").sentence("returns from a 10-day Latin American tour");
    assertThat(s.arguments("tour").countries()).doesNotContain("US");
    assertThat(s.arguments("tour").location()).isNull();
  }

  @Test
  void theCatalanPresidentVisitingParisGoesAbroad() {
    var s = RealPages.page("es-train-129.txt").sentence("al día siguiente de una visita a París, Pujol");
    assertThat(abroad(s, s.reading("visita"))).isTrue();
  }
}
