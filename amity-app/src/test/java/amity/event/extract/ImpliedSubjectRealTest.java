package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ImpliedSubject} on real sentences of the tune half: whom an unsaid subject stands for. */
class ImpliedSubjectRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theHeWhoHopedToSignIsLebedWhoSaidSo() {
    var s = RealPages.page("en-testa-045.txt").sentence("Lebed said on Friday he hoped to sign a document");
    LinkedMention he = ImpliedSubject.pronounSubject(s.view(), s.trigger("to sign"), s.clause("to sign"), null);
    assertThat(he).isNotNull();
    assertThat(he.mention().text()).isEqualTo("Lebed");
  }

  @Test
  void theVisitToRwandaIsWhereKengoSpoke() {
    // "Kengo wa Dondo said on Thursday in a visit to Rwanda that …": the visit is the speaking's setting.
    var s = RealPages.page("en-train-285.txt").sentence("said on Thursday in a visit to Rwanda");
    assertThat(ImpliedSubject.speakingSetting(s.view(), s.trigger("visit"), s.clause("visit"))).isTrue();
  }

  @Test
  void aSentenceOpenedByTambiénDropsItsSubjectInSpanish() {
    var s = RealPages.page("es-train-162.txt").sentence("También habló ayer y el pasado jueves con el secretario general");
    TriggerMatch t = s.trigger("habló ayer y el pasado jueves con");
    assertThat(ImpliedSubject.opensWithAdverb(s.view(), t)).isTrue();
  }

  @Test
  void theNameBeforeQuienIsTheSubjectOfTheMeetingItOpensInSpanish() {
    // "El emisario especial de la UE …, Rino Serri, quien se reunió ayer, lunes, con el presidente
    // eritreo": the name a relative word follows is the subject of the clause it opens.
    var s = RealPages.page("es-train-609.txt").sentence("Rino Serri, quien se reunió ayer");
    LinkedMention head = ImpliedSubject.relativeHead(s.view(), s.trigger("se reunió"), s.actors());
    assertThat(head).isNotNull();
    assertThat(head.mention().text()).isEqualTo("Rino Serri");
  }
}
