package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.event.EventMerger;
import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EventMerger} on the events of real pages of the tune half: which reports of two pages are one event. */
class EventMergerRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<Event> events(String page) {
    List<Event> out = new ArrayList<>();
    for (StoryAnalysis s : RealPages.page(page).analysis().stories()) out.addAll(s.events());
    return out;
  }

  @Test
  void chiracsCallToLahoudIsNotHisMeetingAtTheSantanderSummitTheSameDayInSpanish() {
    // "mostró hoy durante la XII Cumbre bilateral hispano-francesa" (a meeting, Chirac named) and
    // "Jacques Chirac … telefoneó hoy a su homólogo libanés, Emile Lahoud": one man, one day, two contacts.
    List<Event> all = new ArrayList<>(events("es-train-074.txt"));
    all.addAll(events("es-train-162.txt"));
    List<Event> merged = new EventMerger().merge(all);
    List<Event> calls = merged.stream().filter(e -> e.form().equals("phone_call") && e.actors().stream()
        .anyMatch(a -> a.entity().equals("person:fr/jacques-chirac"))).toList();
    assertThat(calls).isNotEmpty();
    for (Event call : calls) {
      assertThat(call.sources()).extracting(s -> s.file()).doesNotContain("es-train-074.txt");
    }
    // and the summit is still there on its own
    assertThat(merged).anyMatch(e -> e.form().equals("meeting") && e.sources().stream().anyMatch(s -> s.file().equals("es-train-074.txt")));
  }
}
