package amity.event.extract;

import static amity.event.extract.RealPages.actors;
import static org.assertj.core.api.Assertions.assertThat;

import amity.event.extract.RealPages.RealSentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A meeting named by its two sides written together before its word ("日俄首脑会晤"), on real
 * stories of the tune half: the whole word "首脑会晤" is read (not the body's "首脑会" with "晤"
 * left over), and the two countries are its parties.
 */
class PairedSidesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theJapaneseRussianSummitIsAMeetingOfJapanAndRussia() {
    // "日本舆论对这次日俄首脑会晤的期待值并不高": the summit of Japan and Russia, not of the Duma
    // named in the clause before.
    RealSentence s = RealPages.page("zh-pd-005.txt").sentence("日俄首脑会晤");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).contains("首脑会晤");
    Reading r = s.datedReadings(null, null).stream().filter(x -> x.trigger().surface().equals("首脑会晤")).findFirst().orElseThrow();
    assertThat(r.form()).isEqualTo("meeting");
    assertThat(actors(r.actors())).containsExactly("日/PARTICIPANT/null", "俄/PARTICIPANT/null");
    assertThat(s.accepted(r)).isTrue();
  }

  @Test
  void twoCountriesAClauseAwayFromTheWordAreNoPair() {
    // "发展美中关系需要两国首脑直接会晤": "美中" names the relations, and a clause of its own stands
    // between them and the word; only a few characters of office or place may.
    RealSentence s = RealPages.page("zh-pd-060.txt").sentence("需要两国首脑直接会晤");
    TriggerMatch t = s.triggers().stream().filter(x -> x.surface().equals("会晤")).findFirst().orElseThrow();
    assertThat(GatheringParties.pairedBefore(t, s.view())).isEmpty();
    RealSentence paired = RealPages.page("zh-pd-088.txt").sentence("日俄首脑非正式会晤");
    TriggerMatch informal = paired.triggers().stream().filter(x -> x.surface().equals("会晤")).findFirst().orElseThrow();
    assertThat(GatheringParties.pairedBefore(informal, paired.view())).extracting(m -> m.mention().text()).containsExactly("日", "俄");
  }
}
