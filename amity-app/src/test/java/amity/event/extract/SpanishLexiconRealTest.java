package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Spanish lexicon against EFE wire copy (CoNLL-2002, pages of the tune half or of no split):
 * the ways the wire names visits, meetings, aid and ministers that the lexicon had missed.
 */
class SpanishLexiconRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static String describe(TriggerMatch t) {
    return t.surface() + "/" + t.trigger().form();
  }

  private static List<Event> events(RealPages.RealPage page) {
    List<Event> out = new ArrayList<>();
    for (StoryAnalysis s : page.analysis().stories()) out.addAll(s.events());
    return out;
  }

  @Test
  void aWorkingTourIsAWorkingVisit() {
    // "Será la segunda gira de trabajo que lleve a cabo Koehler": as "viaje de trabajo" and
    // "visita de trabajo", a "gira de trabajo" is a working visit, not a bare one.
    var s = RealPages.page("es-train-798.txt").sentence("Será la segunda gira de trabajo que lleve a cabo Koehler");
    assertThat(s.triggers()).extracting(SpanishLexiconRealTest::describe).contains("gira de trabajo/working_visit").doesNotContain("gira/visit");
  }

  @Test
  void theHolderOfAPortfolioIsAMinister() {
    // "por el titular de Industria de la Xunta, Juan Rodríguez Yuste": EFE names a minister by his
    // portfolio ("el titular de Defensa", "la titular de Sanidad"); the name after it is an official's.
    var s = RealPages.page("es-train-035.txt").sentence("El convenio fue firmado en Guimaraes");
    assertThat(s.profile("Juan Rodríguez Yuste").political()).isTrue();
    assertThat(s.mention("Juan Rodríguez Yuste").mention().finder()).isEqualTo("title");
  }

  @Test
  void aStateSupplyingArmsToAnotherStatesArmyIsMilitaryAid() {
    // "El Gobierno británico prevé suministrar armamento ligero y municiones al Ejército de Sierra
    // Leona": supplying arms to a state's forces is military aid (CAMEO 062), planned here.
    var s = RealPages.page("es-train-597.txt").sentence("prevé suministrar armamento ligero y municiones");
    assertThat(s.triggers()).extracting(SpanishLexiconRealTest::describe).containsExactly("suministrar armamento/aid");
    assertThat(events(RealPages.page("es-train-597.txt"))).anySatisfy(e -> {
      assertThat(e.form()).isEqualTo("aid");
      assertThat(e.countries()).contains("SL");
    });
  }

  @Test
  void aGovernmentAnnouncingWhatItWillDoIsWhoDoesIt() {
    // "El Gobierno británico anunció hoy que suministrará armas y municiones al Ejercito de Sierra
    // Leona": the verb opens what is said with no subject of its own; the government that says it
    // supplies the arms, as a person saying "que viajará" travels.
    var s = RealPages.page("es-train-257.txt").sentence("anunció hoy que suministrará armas y municiones");
    assertThat(s.arguments("suministrará armas").actors()).extracting(p -> p.mention().mention().text()).contains("Gobierno");
  }
}
