package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link SentTraveller} on real sentences of the tune half: who goes where someone is sent. */
class SentTravellerRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theOneSentToIraqIsTheVisitorNotTheSecretaryGeneralWhoSentHim() {
    // "… Secretary- General Boutros Boutros-Ghali had appointed Italian Gualtiero Fulcheri and sent
    // him to Iraq last week to replace Moroccan Mohamed Zejjari."
    var s = RealPages.page("en-train-580.txt").sentence("sent him to Iraq last week");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).contains("sent him to");
    Reading r = s.reading("sent him to");
    assertThat(RealPages.actors(r.actors()).get(0)).startsWith("Gualtiero Fulcheri/PARTICIPANT");
    assertThat(r.actors()).extracting(p -> p.mention().mention().text()).contains("Boutros Boutros-Ghali");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void aTeamSentIsTheSendersOwnErrand() {
    // "Poland's labour ministry said this week it would send a team to Libya to investigate, …":
    // no pronoun of the one sent, so no one named before is taken for him.
    var s = RealPages.page("en-train-011.txt").sentence("would send a team to Libya");
    assertThat(SentTraveller.withTraveller(s.view(), s.trigger("send a team to"), s.arguments("send a team to"), s.actors()))
        .isEqualTo(s.arguments("send a team to"));
  }
}
