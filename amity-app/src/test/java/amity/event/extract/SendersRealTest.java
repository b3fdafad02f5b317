package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Role;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Senders} on real sentences of the tune half: who sent an envoy is no party of what the envoy does. */
class SendersRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void barakWhoseEnvoyVisitedCairoIsNoVisitorInSpanish() {
    // "Ben Ami, que encabeza la delegación israelí …, visitó El Cairo como enviado de Barak."
    var s = RealPages.page("es-train-151.txt").sentence("visitó El Cairo como enviado de Barak");
    List<Reading> read = s.datedReadings(null, null);
    Reading visit = read.stream().filter(r -> r.family().equals("visit")).findFirst().orElseThrow();
    assertThat(visit.actors()).extracting(p -> p.mention().mention().text()).contains("Ben Ami", "Barak");
    Reading without = Senders.without(s.view(), List.of(visit)).get(0);
    assertThat(without.actors()).extracting(p -> p.mention().mention().text()).containsExactly("Ben Ami");
  }

  @Test
  void yeltsinWhoseEnvoyArrangedTheCeasefireIsItsSenderAndLebedIsNot() {
    // "a ceasefire arranged last week by President Boris Yeltsin's envoy Alexander Lebed"
    var s = RealPages.page("en-train-556.txt").sentence("President Boris Yeltsin's envoy Alexander Lebed");
    assertThat(Senders.sender(s.view(), new Participant(s.mention("Boris Yeltsin"), Role.PARTICIPANT, "RU"))).isTrue();
    assertThat(Senders.sender(s.view(), new Participant(s.mention("Alexander Lebed"), Role.PARTICIPANT, null))).isFalse();
  }

  @Test
  void aSenderAloneStays() {
    // With no other person left, the reading keeps whom it has.
    var s = RealPages.page("es-train-151.txt").sentence("visitó El Cairo como enviado de Barak");
    Reading visit = s.datedReadings(null, null).stream().filter(r -> r.family().equals("visit")).findFirst().orElseThrow();
    Reading senderOnly = visit.withActors(visit.actors().stream().filter(p -> p.mention().mention().text().equals("Barak")).toList());
    assertThat(Senders.without(s.view(), List.of(senderOnly))).containsExactly(senderOnly);
  }
}
