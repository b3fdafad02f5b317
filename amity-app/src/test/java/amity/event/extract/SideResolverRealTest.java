package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static amity.event.extract.RealPages.told;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SideResolver} on real stories of the tune half: who "the two sides" of a sentence that names no party are. */
class SideResolverRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }


  @Test
  void theTwoSidesSigningAreThePartiesOfTheTalksToldBeforeNotTheirPlace() {
    // "Talks between Russia's Alexander Lebed and Chechen separatist leaders … negotiations, being
    // held at this rebel-held village … south of the Chechen capital Grozny … He said a document
    // would be completed … for signature by the two sides": no event between two people was told
    // before, so the sides are the parties of the talks (Lebed, whom the knowledge base knows, and
    // the separatists); Grozny is where they were, not a side.
    List<Reading> all = RealPages.page("en-train-085.txt").consolidated("for signature by the two sides");
    List<Reading> signing = told(all, "for signature by the two sides");
    assertThat(signing).hasSize(1);
    assertThat(signing.get(0).form()).isEqualTo("agreement_signing");
    assertThat(actors(signing.get(0).actors())).containsExactly("Alexander Lebed/PARTICIPANT/RU", "Chechen separatist leaders/PARTICIPANT/null");
    assertThat(signing.get(0).countries()).contains("RU");
  }

  @Test
  void partiesArePeopleBodiesGroupsAndCountriesNotTowns() {
    List<Reading> all = RealPages.page("en-train-085.txt").consolidated("Talks between Russia's Alexander Lebed");
    Reading talks = told(all, "Talks between Russia's Alexander Lebed").get(0);
    assertThat(SideResolver.parties(talks)).extracting(Participant::entity).noneMatch(id -> id.startsWith("gpe:") || id.startsWith("city:"));
  }

  @Test
  void aReferenceReachesBackToTheSentenceBeforeOnly() {
    List<Reading> all = RealPages.page("en-train-085.txt").consolidated("for signature by the two sides");
    Reading talks = told(all, "Talks between Russia's Alexander Lebed").get(0);
    Reading signing = told(all, "for signature by the two sides").get(0);
    // The talks' second sentence ("the negotiations, being held at this rebel-held village") is
    // right before the signing's; the signing comes after the talks, never before them.
    assertThat(SideResolver.told(List.of(talks), signing)).isSameAs(talks);
    assertThat(SideResolver.told(List.of(signing), talks)).isNull();
  }

  @Test
  void oneLeadingPersonOfTheStoryIsNotBothSides() {
    // Once the KB knows Lebed as Russia's, the story's leading people are he alone (the rebels have
    // no country): "the two sides" are then still the parties of the talks told right before, not
    // Lebed by himself.
    var page = RealPages.page("en-train-085.txt");
    List<Reading> all = page.consolidated("for signature by the two sides");
    Reading talks = told(all, "Talks between Russia's Alexander Lebed").get(0);
    Reading signing = told(all, "for signature by the two sides").get(0).withActors(List.of());
    var lebed = new Participant(page.sentence("Talks between Russia's Alexander Lebed").mention("Alexander Lebed"), amity.model.Role.PARTICIPANT, "RU");
    Reading resolved = SideResolver.resolve(signing, List.of(talks), List.of(lebed));
    assertThat(resolved.actors()).extracting(Participant::entity).containsAll(SideResolver.parties(talks).stream().map(Participant::entity).toList());
    assertThat(actors(resolved.actors())).contains("Chechen separatist leaders/PARTICIPANT/null");
  }

  @Test
  void bothGovernmentsAreTheTwoStatesTheStoryNamedLastInSpanish() {
    // "La pugna … que enfrenta a Brasil y Canadá … Los fallos de la OMC animaron a Canadá a pedir …
    // sanciones … a Brasil … ambos gobiernos comenzarán a negociar directamente en un encuentro
    // previsto para hoy en Nueva York, y sobre el cual Lampreia dijo ser optimista": no event
    // between two people was told before; the two governments are Brazil and Canada, and
    // Lampreia, who speaks of the talks, is not their side.
    List<Reading> all = RealPages.page("es-train-666.txt").consolidated("ambos gobiernos comenzarán a negociar");
    List<Reading> talks = told(all, "ambos gobiernos comenzarán a negociar");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).has(Cue.BOTH_STATES)).isTrue();
    assertThat(talks.get(0).actors()).extracting(Participant::country).containsExactlyInAnyOrder("BR", "CA");
    assertThat(talks.get(0).actors()).extracting(p -> p.mention().mention().text()).containsExactlyInAnyOrder("Brasil", "Canadá");
  }

  @Test
  void theTwoPartyLeadersMeetingAnEnvoyAreThePeopleOfTheContactsToldBefore() {
    // "direct U.S. contacts with Massoud Barzani … and Jalal Talabani … The two party leaders had
    // also agreed to meet U.S. Assistant Secretary … Robert Pelletreau in September": the two
    // leaders are Barzani and Talabani, who meet Pelletreau; a meeting still ahead, it does not
    // join the contacts told before.
    List<Reading> all = RealPages.page("en-train-194.txt").consolidated("The two party leaders had also agreed to meet");
    List<Reading> meeting = told(all, "The two party leaders had also agreed to meet").stream().filter(r -> r.family().equals("meet")).toList();
    assertThat(meeting).hasSize(1);
    assertThat(meeting.get(0).has(Cue.SIDES_BEFORE)).isTrue();
    assertThat(meeting.get(0).planned()).isTrue();
    assertThat(actors(meeting.get(0).actors())).containsExactly(
        "Massoud Barzani/PARTICIPANT/null", "Jalal Talabani/PARTICIPANT/null", "Robert Pelletreau/TARGET/US");
    assertThat(told(all, "direct U.S. contacts with Massoud Barzani").stream().filter(r -> r.family().equals("meet")).allMatch(r -> !r.planned())).isTrue();
  }
}
