package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.model.Status;
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
    // supplies the arms, as a person saying "que viajará" travels. It is named with its demonym, as
    // the page writes it (GroupFinder reads "Gobierno británico" over the recogniser's bare "Gobierno").
    var s = RealPages.page("es-train-257.txt").sentence("anunció hoy que suministrará armas y municiones");
    assertThat(s.arguments("suministrará armas").actors()).extracting(p -> p.mention().mention().text()).contains("Gobierno británico");
  }

  @Test
  void diplomatsAccreditedInACapitalAreAPartyOfManyStates() {
    // "indicó hoy en un encuentro con diplomáticos acreditados en Addis Abeba": the envoys the
    // capital hosts are the other side of the prime minister's meeting, and the capital they are
    // posted to is part of their name, no place of the meeting's own.
    var s = RealPages.page("es-train-609.txt").sentence("en un encuentro con diplomáticos acreditados en Addis Abeba");
    assertThat(s.surfaces()).contains("diplomáticos acreditados en Addis Abeba").doesNotContain("Addis Abeba");
    assertThat(s.arguments("encuentro").actors()).extracting(p -> p.mention().mention().text())
        .containsExactly("Meles Zenaui", "diplomáticos acreditados en Addis Abeba");
  }

  @Test
  void anInvitationIsAPlannedVisitWhateverItsTense() {
    // "la reciente invitación a Moscú del ministro de Defensa yugoslavo, Dragoljub Ojdanic": the
    // invitation was made, the visit it asks for is still ahead (EVENTS-GUIDE: invitations whose
    // acceptance the text does not state are planned).
    var s = RealPages.page("es-train-371.txt").sentence("la reciente invitación a Moscú del ministro de Defensa yugoslavo");
    assertThat(s.reading("invitación").status()).isEqualTo(Status.PLANNED);
  }

  @Test
  void whomAVisitorReplacedSinceIsNoPartyOfHisTour() {
    // "Será la segunda gira de trabajo que lleve a cabo Koehler desde que sustituyó a Michel
    // Camdessus": "desde que" opens a clause with a subject of its own, as "since" does; the one
    // replaced there does not tour.
    var s = RealPages.page("es-train-798.txt").sentence("Será la segunda gira de trabajo que lleve a cabo Koehler");
    assertThat(s.arguments("gira de trabajo").actors()).extracting(p -> p.mention().mention().text())
        .contains("Koehler").doesNotContain("Michel Camdessus");
  }
}
