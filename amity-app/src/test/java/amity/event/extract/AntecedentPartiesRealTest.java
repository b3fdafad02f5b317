package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static amity.event.extract.RealPages.told;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AntecedentParties} on real stories of the tune half: a definite event takes the parties another sentence names. */
class AntecedentPartiesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theAccordAgreedTwoWeeksAgoTakesThePartiesOfTheTreatyToBeSigned() {
    // "The accord, agreed two weeks ago, …" names no party; "Bucharest and Budapest say the treaty
    // should be signed in the first half of September" two sentences on does. The agreement done
    // and the signing ahead stay two.
    List<Reading> all = RealPages.page("en-train-829.txt").consolidated("The accord, agreed two weeks ago");
    List<Reading> accord = told(all, "The accord, agreed two weeks ago");
    assertThat(accord).hasSize(1);
    assertThat(accord.get(0).has(Cue.DEFINITE)).isTrue();
    assertThat(actors(accord.get(0).actors())).containsExactly("Bucharest/PARTICIPANT/RO", "Budapest/PARTICIPANT/HU");
    assertThat(accord.get(0).planned()).isFalse();
    List<Reading> signing = told(all, "Bucharest and Budapest say the treaty");
    assertThat(signing).hasSize(1);
    assertThat(signing.get(0).planned()).isTrue();
  }

  @Test
  void aNewAgreementAfterTheOneTheThreeStatesSignedIsTheirsInChinese() {
    // "现行的北美自由贸易协定是美国、墨西哥和加拿大于1994年签署的。特朗普…宣布，计划重新审议该协定并签署新协议。":
    // the new agreement to be signed is between the three states the sentence before names; a plan
    // of its own, not the signing of 1994.
    List<Reading> all = RealPages.page("zh-2019-136.txt").consolidated("计划重新审议该协定并签署新协议");
    List<Reading> plan = told(all, "计划重新审议该协定并签署新协议");
    assertThat(plan).hasSize(1);
    assertThat(plan.get(0).planned()).isTrue();
    assertThat(plan.get(0).actors()).extracting(Participant::country).containsExactlyInAnyOrder("US", "MX", "CA");
  }

  @Test
  void talksBetweenTwoCapitalsTheConferenceBeforeDidNotNameTakeNoPartiesOfItInSpanish() {
    // "Las negociaciones entre Londres y Atenas" after scholars "de Estados Unidos, Asia y
    // Australia se reunieron hoy … en Atenas": London is not among the conference's countries, so
    // the talks are another event and take none of its parties.
    List<Reading> read = RealPages.page("es-train-156.txt").consolidated("Las negociaciones entre Londres y Atenas");
    List<Reading> talks = told(read, "Las negociaciones entre Londres y Atenas");
    assertThat(talks).isNotEmpty();
    for (Reading r : talks) {
      assertThat(r.has(Cue.DEFINITE)).isTrue();
      assertThat(r.has(Cue.PARTIES_ELSEWHERE)).isFalse();
      assertThat(r.actors()).hasSizeLessThan(2);
    }
  }

  @Test
  void talksTheAgreementFollowedAreHeldByItsParties() {
    // "The U.S. and Colombian governments reached an agreement …. Under the agreement, which followed
    // talks in Miami this week, …": the talks read only Colombia; those who negotiated the pact
    // are those who reached it.
    List<Reading> all = RealPages.page("en-train-174.txt").consolidated("which followed talks in Miami");
    List<Reading> talks = told(all, "which followed talks in Miami");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).form()).isEqualTo("talks");
    assertThat(talks.get(0).has(Cue.PARTIES_ELSEWHERE)).isTrue();
    assertThat(talks.get(0).actors()).extracting(Participant::country).containsExactlyInAnyOrder("CO", "US");
  }

  @Test
  void lastMinuteTalksThisWeekAreHeldByTheTreatysParties() {
    // "Yugoslavia and Croatia were poised on Friday to sign a landmark normalisation treaty …
    // Last-minute talks this week on the legal fine print finally cleared the way for a treaty":
    // talks of a time their sentence gives, naming no one, are the treaty's two sides'; they stay
    // apart from Granic's talks of Friday.
    List<Reading> all = RealPages.page("en-train-188.txt").consolidated("Last-minute talks this week");
    List<Reading> talks = told(all, "Last-minute talks this week");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).has(Cue.OWN_TIME)).isTrue();
    assertThat(actors(talks.get(0).actors())).containsExactlyInAnyOrder("Yugoslavia/PARTICIPANT/RS", "Croatia/PARTICIPANT/HR");
    assertThat(talks.get(0).sources()).hasSize(1);
  }

  @Test
  void talksStillAheadTakeNoPartiesOfTheCeasefireTheyWillDiscuss() {
    // "the practical implementation of the ceasefire signed by Lebed and Maskhadov last Thursday
    // would be on the agenda of today's talks": talks still ahead are no occasion the ceasefire came
    // out of, and its signatories are not thereby theirs.
    List<Reading> all = RealPages.page("en-train-556.txt").storyReadings("would be on the agenda of today's talks");
    List<Reading> talks = told(AntecedentParties.give(all), "would be on the agenda of today's talks").stream()
        .filter(r -> r.form().equals("talks")).toList();
    assertThat(talks).isNotEmpty();
    for (Reading r : talks) assertThat(r.has(Cue.PARTIES_ELSEWHERE)).isFalse();
  }

  @Test
  void peaceTalksInACountryAreHeldByTheCeasefiresPartiesNotByThatCountry() {
    // "Rebels of the Revolutionary United Front agreed a ceasefire in April. … Peace talks in Ivory
    // Coast began in February.": Ivory Coast is where the talks were held, no party that would
    // make them another event than the one the ceasefire came out of.
    List<Reading> all = RealPages.page("en-train-708.txt").consolidated("Peace talks in Ivory Coast began in February");
    List<Reading> talks = told(all, "Peace talks in Ivory Coast began in February");
    assertThat(talks).hasSize(1);
    assertThat(talks.get(0).location()).isNotNull();
    assertThat(talks.get(0).location().entity()).isEqualTo("country:CI");
    assertThat(talks.get(0).has(Cue.PARTIES_ELSEWHERE)).isTrue();
    assertThat(talks.get(0).actors()).extracting(p -> p.mention().mention().text()).contains("Revolutionary United Front");
  }

  @Test
  void aConsensusTheMeetingReachedIsReachedByThatMeetingsPartiesInChinese() {
    // "王毅主持中国和安理会非洲成员国外长会。… 王毅表示，今天的会议达成了重要共识。": the meeting, named as the
    // subject of the consensus, reached it; those who reached it are those the meeting was held by.
    String said = "今天的会议达成了重要共识";
    List<Reading> all = RealPages.page("zh-2020-076.txt").storyReadings(said);
    List<Reading> agreed = told(AntecedentParties.give(all), said).stream().filter(r -> r.family().equals("agree")).toList();
    assertThat(agreed).hasSize(1);
    assertThat(agreed.get(0).has(Cue.OCCASION_SUBJECT)).isTrue();
    assertThat(agreed.get(0).has(Cue.PARTIES_ELSEWHERE)).isTrue();
    assertThat(agreed.get(0).actors()).extracting(p -> p.mention().mention().text()).containsExactly("王毅", "安理会非洲成员国");
  }
}
