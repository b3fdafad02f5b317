package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.Event;
import amity.model.Status;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Visits told by the future of Spanish "ir a" before a place ("irán a Moscú"), on real sentences
 * of the tune half and of pages in no gold split.
 */
class GoingToRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void goingToMoscowInTheFutureIsAPlannedVisit() {
    // "…ahora que Draskovic y Djindjic, dos ases de la baraja serbia, anuncian que irán a Moscú."
    List<Event> e = RealPages.page("es-train-326.txt").eventsTold("anuncian que irán a Moscú");
    assertThat(e).anySatisfy(v -> {
      assertThat(v.form()).isEqualTo("visit");
      assertThat(v.status()).isEqualTo(Status.PLANNED);
      assertThat(v.actors()).extracting(Actor::name).anyMatch(n -> n.contains("Dra"));
    });
  }

  @Test
  void aTeacherGoingToClassIsNoVisit() {
    // A page in no gold split: "…día en el que ningún docente irá a clase".
    var s = RealPages.page("es-train-723.txt").sentence("ningún docente irá a clase");
    assertThat(s.triggers()).noneMatch(t -> t.surface().equals("irá a"));
  }
}
