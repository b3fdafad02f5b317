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
}
