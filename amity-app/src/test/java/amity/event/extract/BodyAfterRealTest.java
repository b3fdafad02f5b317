package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plain word for a sitting ("asamblea") is a meeting only where an
 * international body the knowledge base knows holds it, named right after it (Trigger's
 * body_after), on real stories of the tune half and unlabeled ones.
 */
class BodyAfterRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theAssemblyOfTheImfIsTheImfsMeeting() {
    // "… o en la asamblea del Fondo Monetario Internacional, en abril en Washington."
    RealSentence s = RealPages.page("es-train-493.txt").sentence("asamblea del Fondo Monetario");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).contains("asamblea");
    Reading r = s.datedReadings(null, null).stream().filter(x -> x.trigger().surface().equals("asamblea")).findFirst().orElseThrow();
    assertThat(r.form()).isEqualTo("meeting");
    assertThat(actors(r.actors())).containsExactly("Fondo Monetario Internacional/PARTICIPANT/null");
    assertThat(r.cues()).contains(Cue.GATHERING);
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void theAssemblyOfABodyTheKnowledgeBaseDoesNotKnowAsInternationalIsNone() {
    // "la asamblea de ACNO que se inaugurará mañana" (the national Olympic committees): a sports
    // body's sitting, no meeting of states.
    RealSentence s = RealPages.page("es-train-123.txt").sentence("asamblea de ACNO que se inaugurará");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).doesNotContain("asamblea");
  }
}
