package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.Event;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A visit word with a relative clause that names its maker right before the verb of making it
 * ("la visita que … Shlomo Ben Ami cursó hoy a Egipto", {@code holder_verb}): that person is the
 * visitor, not the main clause's subject ({@link TriggerScope#relativeHolder}), on a real sentence
 * of the tune half.
 */
class RelativeHolderRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theOneWhoMadeTheVisitInTheRelativeClauseIsTheVisitor() {
    // EFE: "Musa hizo estas declaraciones tras la visita que el ministro israelí de Seguridad
    // Interior, Shlomo Ben Ami, cursó hoy a Egipto para pedir al Gobierno de El Cairo que …" —
    // Israel's minister went to Egypt; Egypt's foreign minister, who spoke, went nowhere.
    List<Event> e = RealPages.page("es-train-151.txt").eventsTold("tras la visita que el ministro israelí");
    assertThat(e).anySatisfy(v -> {
      assertThat(v.form()).isEqualTo("visit");
      assertThat(v.actors()).extracting(Actor::name).anyMatch(n -> n.contains("Ben"));
      assertThat(v.actors()).extracting(Actor::name).noneMatch(n -> n.contains("Mus") || n.contains("Mous"));
    });
  }
}
