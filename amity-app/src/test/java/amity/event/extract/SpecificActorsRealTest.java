package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SpecificActors} on real sentences of the tune half: a side named by its person, not its country too. */
class SpecificActorsRealTest {
  private static final SpecificActors SPECIFIC = new SpecificActors();

  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** The reading of the trigger written {@code surface}, with the actors and cues StoryEventReader gives it. */
  private static Reading told(RealSentence s, String surface) {
    return s.datedReadings(null, null).stream().filter(r -> r.trigger().surface().equals(surface)).findFirst().orElseThrow();
  }

  @Test
  void theMinistersWhoDiscussStandForTheirCountriesNamedAsTheTopic() {
    // "Levy and Kinkel would discuss … German-Israeli relations at their meeting": the two
    // ministers are the sides, not Germany and Israel beside them.
    RealPages.RealPage page = RealPages.page("en-testa-071.txt");
    Reading r = page.split("Levy and Kinkel would discuss").stream()
        .filter(x -> x.form().equals("talks") && x.actors().stream().anyMatch(p -> p.entity().equals("country:DE"))).findFirst().orElseThrow();
    RealSentence s = page.sentence("Levy and Kinkel would discuss");
    Reading narrowed = SPECIFIC.narrowed(r, s.actors());
    assertThat(narrowed.actors()).extracting(Participant::entity).containsExactly("person:il/david-levy", "person:de/klaus-kinkel");
  }

  @Test
  void theStatesPairedInASummitsNameStayBesideAMinisterToldThere() {
    // "durante de la XIII Cumbre Bilateral franco-española": France and Spain hold the summit.
    RealSentence s = RealPages.page("es-train-109.txt").sentence("durante de la XIII Cumbre Bilateral franco-española");
    Reading r = told(s, "Cumbre Bilateral");
    assertThat(SPECIFIC.narrowed(r, s.actors())).isEqualTo(r);
    assertThat(r.actors()).hasSize(3);
  }
}
