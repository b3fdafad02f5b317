package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KbEntry;
import amity.lang.LanguagePacks;
import amity.model.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link StateBodies} on real sentences of the tune half: which organisations are states' bodies, and whose. */
class StateBodiesRealTest {
  private static final StateBodies BODIES = new StateBodies(RealPages.gazetteer(), new TitleReader(RealPages.gazetteer()));

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static StateBodies.Body body(RealPages.RealSentence s, String name) {
    LinkedMention l = s.mention(name);
    KbEntry e = RealPages.kb().get(l.entityId()).orElse(null);
    return BODIES.read(l, e, null, ActorWords.of(LanguagePacks.bundled(), s.story().story().lang()), s.story().story().story().text());
  }

  @Test
  void aBodyNamedAfterAWordOfNationalityIsOfThatCountry() {
    var s = RealPages.page("en-train-727.txt").sentence("The Brazilian Senate Wednesday agreed");
    assertThat(body(s, "Senate").country()).isEqualTo("BR");
  }

  @Test
  void olympicBodiesAreNoStatesBodiesInSpanish() {
    var s = RealPages.page("es-testa-108.txt").sentence("se desarrollarán las reuniones de ACNO y COI");
    assertThat(body(s, "ACNO").political()).isFalse();
    assertThat(body(s, "COI").political()).isFalse();
  }
}
