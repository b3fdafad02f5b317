package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ContactRule} on real sentences of the tune half: which readings are contacts across a border. */
class ContactRuleRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void countriesNamedBareBesideWordsOfSportAreNationalTeams() {
    var s = RealPages.page("en-train-418.txt").sentence("where they will meet Liberia");
    assertThat(ContactRule.nationalTeams(s.reading("meet"), s.view().lexicon())).isTrue();
    var t = RealPages.page("es-train-785.txt").sentence("el encuentro entre Alemania y Letonia");
    assertThat(ContactRule.nationalTeams(t.reading("encuentro"), t.view().lexicon())).isTrue();
  }

  @Test
  void capitalsSigningAnAccordAreNoTeams() {
    var s = RealPages.page("en-train-717.txt").sentence("Athens and Tirana signed an accord in May");
    assertThat(ContactRule.nationalTeams(s.reading("signed"), s.view().lexicon())).isFalse();
  }
}
