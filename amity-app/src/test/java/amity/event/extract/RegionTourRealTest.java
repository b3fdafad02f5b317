package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Actor;
import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A tour of a region of many states ("a 10-day Latin American tour", {@code abroad_region} before a
 * {@code demonym_visit} noun) is a visit abroad whatever the visitor's own country
 * ({@link VisitRule}), on real sentences of the tune half and of pages in no gold split.
 */
class RegionTourRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<Event> told(RealPages.RealPage page, String snippet) {
    List<Event> out = new ArrayList<>();
    for (StoryAnalysis s : page.analysis().stories()) {
      for (Event e : s.events()) {
        if (e.sources().stream().anyMatch(v -> v.sentence().contains(snippet))) out.add(e);
      }
    }
    return out;
  }

  @Test
  void aPrimeMinistersLatinAmericanTourIsAVisit() {
    // Reuters: "Hashimoto -- who returns from a 10-day Latin American tour on Saturday -- must call
    // polls by mid-1997, …" — the only name is Japan's prime minister, and no country is named.
    List<Event> e = told(RealPages.page("en-train-785.txt"), "returns from a 10-day Latin American tour");
    assertThat(e).anySatisfy(v -> {
      assertThat(v.form()).isEqualTo("visit");
      assertThat(v.actors()).extracting(Actor::name).anyMatch(n -> n.contains("Hashimoto"));
    });
  }

  @Test
  void aNationalSidesEuropeanTourIsNoVisit() {
    // A page in no gold split: "… suspended the Brazilian for one game for missing his national
    // side's European tour." — a football team's tour, with no official taking it.
    assertThat(told(RealPages.page("en-testa-019.txt"), "national side's European tour")).isEmpty();
  }
}
