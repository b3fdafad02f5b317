package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link ImpliedSubject} on real sentences of the tune half: whom an unsaid subject stands for. */
class ImpliedSubjectRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void theHeWhoHopedToSignIsLebedWhoSaidSo() {
    var s = RealPages.page("en-testa-045.txt").sentence("Lebed said on Friday he hoped to sign a document");
    LinkedMention he = ImpliedSubject.pronounSubject(s.view(), s.trigger("to sign"), s.clause("to sign"), null);
    assertThat(he).isNotNull();
    assertThat(he.mention().text()).isEqualTo("Lebed");
  }

  @Test
  void theVisitToRwandaIsWhereKengoSpoke() {
    // "Kengo wa Dondo said on Thursday in a visit to Rwanda that …": the visit is the speaking's setting.
    var s = RealPages.page("en-train-285.txt").sentence("said on Thursday in a visit to Rwanda");
    assertThat(ImpliedSubject.speakingSetting(s.view(), s.trigger("visit"), s.clause("visit"))).isTrue();
  }

  @Test
  void whoHasHadPainSinceATripToTaiwanMadeTheTrip() {
    // "Chamorro, 66, had complained of lower back pain since a trip to Taiwan in May, …": a trip
    // with no holder of its own after "since a" is the clause subject's, as after "after a".
    var s = RealPages.page("en-train-464.txt").sentence("since a trip to Taiwan in May");
    assertThat(s.readings()).filteredOn(r -> r.trigger().surface().equals("trip"))
        .singleElement().satisfies(r -> assertThat(names(r)).containsExactly("Chamorro"));
  }

  @Test
  void whoSaidItBeforeAlAndAnInfinitiveInauguratesInSpanish() {
    // "…", afirmó Vujanovic al inaugurar en Shkodra, junto a Meta, una conexión telefónica …": "al"
    // and an infinitive take the subject of the saying; Vujanovic inaugurates, beside Meta.
    var s = RealPages.page("es-train-433.txt").sentence("afirmó Vujanovic al inaugurar en Shkodra");
    assertThat(s.readings()).filteredOn(r -> r.trigger().surface().equals("inaugurar"))
        .singleElement().satisfies(r -> assertThat(names(r)).contains("Vujanovic", "Meta"));
  }

  @Test
  void aSentenceOpenedByTambiénDropsItsSubjectInSpanish() {
    var s = RealPages.page("es-train-162.txt").sentence("También habló ayer y el pasado jueves con el secretario general");
    TriggerMatch t = s.trigger("habló ayer y el pasado jueves con");
    assertThat(ImpliedSubject.opensWithAdverb(s.view(), t)).isTrue();
  }

  @Test
  void theNameBeforeQuienIsTheSubjectOfTheMeetingItOpensInSpanish() {
    // "El emisario especial de la UE …, Rino Serri, quien se reunió ayer, lunes, con el presidente
    // eritreo": the name a relative word follows is the subject of the clause it opens.
    var s = RealPages.page("es-train-609.txt").sentence("Rino Serri, quien se reunió ayer");
    LinkedMention head = ImpliedSubject.relativeHead(s.view(), s.trigger("se reunió"), s.actors());
    assertThat(head).isNotNull();
    assertThat(head.mention().text()).isEqualTo("Rino Serri");
  }

  @Test
  void whoIsGladOfAVisitTakesNoPartInItInChinese() {
    // People's Daily: "素林外长…对中国记者说，他对美国总统访华感到很高兴": the visit is the topic "他"
    // is glad of; the pronoun before the topic stands for the one who feels so, not for the visitor.
    var s = RealPages.page("zh-pd-046.txt").sentence("他对美国总统访华感到很高兴");
    assertThat(ClauseBreaks.attitudeTopic(s.view().lexicon(), s.view().text(), s.view().span().start(), s.trigger("访华"))).isPositive();
    assertThat(ImpliedSubject.pronounSubject(s.view(), s.trigger("访华"), s.clause("访华"), null)).isNull();
    assertThat(s.readings()).singleElement().satisfies(r -> assertThat(names(r)).containsExactly("美国总统"));
  }

  @Test
  void whoWelcomesAVisitIsNoVisitorInChinese() {
    // People's Daily: "李瑞环首先对斯卡尔法罗总统访华表示欢迎": Li welcomes Scalfaro's visit.
    var s = RealPages.page("zh-pd-087.txt").sentence("李瑞环首先对斯卡尔法罗总统访华表示欢迎");
    assertThat(s.readings()).first().satisfies(r -> assertThat(names(r)).contains("斯卡尔法罗").doesNotContain("李瑞环"));
  }

  @Test
  void aNameInAClauseBeforeTheTopicsOwnIsLeftAsItWasInChinese() {
    // "…访华表示欢迎，对不久前他访意期间受到的热情接待表示感谢": the reception thanked for stands in a topic
    // of the second clause; Scalfaro, named in the first, is still its host there, and "他" (Li) its guest.
    var s = RealPages.page("zh-pd-087.txt").sentence("李瑞环首先对斯卡尔法罗总统访华表示欢迎");
    Reading reception = s.readings().stream().filter(r -> r.trigger().surface().equals("接待")).findFirst().orElseThrow();
    assertThat(names(reception)).contains("斯卡尔法罗", "李瑞环");
  }

  @Test
  void aMeetingWithNoWordOfAttitudeAfterItIsNoTopicInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    assertThat(ClauseBreaks.attitudeTopic(s.view().lexicon(), s.view().text(), s.view().span().start(), s.trigger("会见"))).isEqualTo(-1);
  }

  @Test
  void theIWhoToldPutinIsBidenWhoSaidSoInVietnamese() {
    // Biden's address to Congress: "Ông nói: "Tôi đã nói rất rõ với Tổng thống Putin rằng …"": the
    // first person of what "ông" (Biden, the story's actor) says is who told Putin, an adverb before
    // "với" included.
    var s = RealPages.page("vi-world-news_world_191.txt").sentence("Tôi đã nói rất rõ với Tổng thống Putin");
    assertThat(s.triggers()).extracting(TriggerMatch::surface).contains("nói rất rõ với");
    // The story's last acting person (Biden on the page; any mention stands in for him here) is who "Tôi" is.
    LinkedMention storyActor = s.view().mentions().get(0);
    TriggerMatch told = s.trigger("nói rất rõ với");
    assertThat(ImpliedSubject.pronounSubject(s.view(), told, s.clause("nói rất rõ với"), storyActor)).isSameAs(storyActor);
  }

  @Test
  void anIWithNoSpeakerToldIsNoOneInVietnamese() {
    // A farm feature outside the gold: ""Sau đó, tôi nói với anh Phạm Thái Bình - Tổng Giám đốc …": an
    // interviewee's "tôi" with no speaker told stands for no one the story names.
    var s = RealPages.page("vi-news-news_business_101.txt").sentence("tôi nói với anh Phạm Thái Bình");
    LinkedMention someone = s.view().mentions().get(0);
    assertThat(ImpliedSubject.pronounSubject(s.view(), s.trigger("nói với"), s.clause("nói với"), someone)).isNull();
  }

  private static java.util.List<String> names(Reading r) {
    return r.actors().stream().map(p -> p.mention().mention().text()).toList();
  }
}
