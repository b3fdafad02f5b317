package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Precision on text of other kinds: sentences of the Universal Dependencies treebanks ({@code
 * ../shared/data/ud}: web text, blogs, Wikipedia, some news) that no rule was fitted to, where a
 * travel word is no journey by the construction it stands in.
 */
class UdPrecisionRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<String> forms(RealPages.RealSentence s) {
    return s.triggers().stream().map(t -> t.surface() + "/" + t.trigger().form()).toList();
  }

  private static List<Event> events(RealPages.RealPage page) {
    List<Event> out = new ArrayList<>();
    for (StoryAnalysis s : page.analysis().stories()) out.addAll(s.events());
    return out;
  }

  @Test
  void llegarBeforeAnInfinitiveIsNoArrival() {
    // "un coronel del KGB que llegaría a ser jefe residente en la embajada de la URSS en Londres":
    // "llegar a" + infinitive is becoming or coming to do, not arriving at a place.
    String snippet = "que llegaría a ser jefe residente";
    assertThat(forms(RealPages.ud(snippet).sentence(snippet))).noneMatch(f -> f.startsWith("llegaría"));
    assertThat(events(RealPages.ud(snippet))).isEmpty();
  }

  @Test
  void llegarALaConclusionIsConcluding() {
    // "llegamos a la conclusión de que realmente el empresario no es el jefe": concluding, no arrival.
    String snippet = "llegamos a la conclusión de que realmente el empresario";
    assertThat(forms(RealPages.ud(snippet).sentence(snippet))).noneMatch(f -> f.startsWith("llegamos"));
    assertThat(events(RealPages.ud(snippet))).isEmpty();
  }

  @Test
  void aPlaceNamedAfterLlegarAIsStillAnArrival() {
    // "en coincidencia con la llegada a Argentina de una delegación del FMI" (a tune page): the
    // capitalised place after "llegada a" keeps the arrival; only a lower-case infinitive ends it.
    var s = RealPages.page("es-train-705.txt").sentence("la llegada a Argentina de una delegación del FMI");
    assertThat(forms(s)).anyMatch(f -> f.startsWith("llegada"));
  }

  @Test
  void publicVisitsToABuildingAreNoContact() {
    // "la ONU ha decidido cerrar el edificio a las visitas públicas": visits of the public to a building.
    String snippet = "cerrar el edificio a las visitas públicas";
    assertThat(forms(RealPages.ud(snippet).sentence(snippet))).noneMatch(f -> f.startsWith("visitas"));
    assertThat(events(RealPages.ud(snippet))).isEmpty();
  }

  @Test
  void leftWithAnObjectAndItsStateIsAResultNotAJourney() {
    // "US troops there clashed with guerrillas in a fight that left one Iraqi dead": no one left anywhere.
    String snippet = "in a fight that left one Iraqi dead";
    assertThat(forms(RealPages.ud(snippet).sentence(snippet))).noneMatch(f -> f.startsWith("left"));
    assertThat(events(RealPages.ud(snippet))).isEmpty();
  }

  @Test
  void anEventToldAfterAWorldWarIsHistory() {
    // "由于加拿大在二战后签署了联合国世界人权宣言" (Wikipedia): a signing told right after a world war
    // is of its time, decades before any news, not an event of the story.
    String snippet = "由于加拿大在二战后签署了联合国世界人权宣言";
    assertThat(forms(RealPages.ud(snippet).sentence(snippet))).anyMatch(f -> f.startsWith("签署"));
    assertThat(events(RealPages.ud(snippet))).isEmpty();
  }
}
