package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.model.LinkedMention;
import amity.testkit.Analyze;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ActingParties} on real sentences of the tune half: who acts among the names that can be parties. */
class ActingPartiesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** Who acts in the trigger {@code surface}, from the names its scope gives it, as ArgumentReader chooses them. */
  private static List<String> chosen(RealPages.RealSentence s, String surface) {
    KnowledgeBase kb = Analyze.kb();
    TriggerMatch t = s.trigger(surface);
    List<LinkedMention> scope = TriggerScope.of(s.view(), s.triggers(), t, s.clause(surface), TriggerScope.usable(s.view()), EventTrace.OFF).names();
    PartyCandidates.Candidates c = PartyCandidates.of(s.view(), t, scope, s.actors(), kb);
    EventPlace.Places placed = EventPlace.places(s.view(), t, c.places(), kb);
    return ActingParties.choose(s.view(), t, scope, c.people(), c.places(), placed.countryActors(), kb).stream()
        .map(m -> m.mention().text()).toList();
  }

  @Test
  void withPeopleNamedTheirCountryDoesNotActInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    assertThat(chosen(s, "会见")).containsExactly("王毅", "基辛格");
  }

  @Test
  void theStateNamedRightBeforeItsContactsWithTwoLeadersIsASide() {
    // "direct U.S. contacts with Massoud Barzani, …, and Jalal Talabani".
    var s = RealPages.page("en-train-194.txt").sentence("direct U.S. contacts with Massoud Barzani");
    assertThat(chosen(s, "contacts with")).first().isEqualTo("U.S.");
    assertThat(chosen(s, "contacts with")).contains("Massoud Barzani", "Jalal Talabani");
  }

  @Test
  void aBodyOwnedByAPlaceAfterTheCompanionWordIsTheOtherSide() {
    // "Lebed interrupted talks with Chechnya's separatists": the possessor stands between "with"
    // and the body, which is still whom the talks are with.
    var s = RealPages.page("en-train-556.txt").sentence("Lebed interrupted talks with Chechnya's separatists");
    assertThat(chosen(s, "talks")).contains("Lebed", "separatists");
  }

  @Test
  void aForeignDelegationMetIsTheOtherSide() {
    // "周子玉上将今晚会见了参加研讨会的美国代表团": a delegation named by what it is, of a state no one
    // named here belongs to, is whom the general met; before, the meeting had him alone.
    var s = RealPages.peoplesDaily("周子玉上将今晚会见了参加研讨会的美国代表团").sentence("会见了");
    assertThat(chosen(s, "会见")).containsExactly("周子玉", "美国代表团");
  }

  @Test
  void theStateBeforeTheBodyItDealsWithIsTheOtherSideOfTheAgreementInChinese() {
    // "德黑兰正与欧盟接近达成一项关于原油出售的协议": the body after "与" stands before the trigger; the
    // state (its capital) before "与" is the side dealing with it.
    var s = RealPages.page("zh-2019-063.txt").sentence("德黑兰正与欧盟接近达成");
    assertThat(chosen(s, "达成")).containsExactly("德黑兰", "欧盟");
  }

  @Test
  void theStateThatCallsABodyIsASideBesideIt() {
    // "Indonesia đã gọi cho Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế để nhờ hỗ trợ":
    // with no person named, the state before the call is its side, the body right after it the other.
    var s = RealPages.page("vi-world-news_world_237.txt").sentence("Indonesia đã gọi cho Văn phòng");
    assertThat(chosen(s, "gọi cho")).containsExactly("Indonesia", "Văn phòng liên lạc cứu hộ và thoát hiểm tàu ngầm quốc tế");
  }

  @Test
  void envoysOfManyStatesMetAreTheOtherSideThoughAPersonActs() {
    // People's Daily: "国务院总理朱镕基今天在人民大会堂会见了5国离任驻华大使、11国新任驻华大使和…" — the envoys
    // after the word are whom Zhu met, not a body anyone comes from.
    var s = RealPages.page("zh-pd-123.txt").sentence("5国离任驻华大使");
    assertThat(s.arguments("会见").actors()).extracting(p -> p.mention().mention().text())
        .contains("朱镕基", "5国离任驻华大使", "11国新任驻华大使");
  }
}
