package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LinkedMention;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TriggerScope} on real sentences of the tune half: which names word order and the parse give a trigger. */
class TriggerScopeRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static TriggerScope.Scope scope(RealPages.RealSentence s, String trigger) {
    return TriggerScope.of(s.view(), s.triggers(), s.trigger(trigger), s.clause(trigger), TriggerScope.usable(s.view()), EventTrace.OFF);
  }

  private static List<String> texts(List<LinkedMention> names) {
    return names.stream().map(m -> m.mention().text()).toList();
  }

  /** {@return how many times the scope of {@code trigger} had the sentence parsed, given a parse made on demand} */
  private static int parsesFor(RealPages.RealSentence s, String trigger) {
    int[] made = {0};
    Syntax syntax = s.view().syntax();
    SentenceView lazy = s.view().withParse(SentenceView.Later.later(() -> {
      made[0]++;
      return syntax;
    }));
    TriggerScope.of(lazy, s.triggers(), s.trigger(trigger), s.clause(trigger), TriggerScope.usable(lazy), EventTrace.OFF);
    return made[0];
  }

  @Test
  void aTriggerWithNoNameInItsRegionHasTheSentenceParsedOnlyWhenANameIsThere() {
    // vi-news (in no half of the gold): "Đến nay, Vinamilk đã ủng hộ … 40 tỷ đồng …" names no one the
    // recogniser finds; the parse, which only sorts the names of the region, is not made for it.
    var none = RealPages.page("vi-news-news_business_001.txt").sentence("Vinamilk đã ủng hộ tổng cộng");
    assertThat(none.view().mentions()).isEmpty();
    assertThat(parsesFor(none, "ủng hộ")).isZero();
    var named = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    assertThat(parsesFor(named, "会见")).isEqualTo(1);
  }

  @Test
  void wangYiBeforeTheMeetingAndKissingerAfterItAreItsNamesInChinese() {
    var s = RealPages.page("zh-2019-050.txt").sentence("王毅在纽约会见美国前国务卿基辛格");
    TriggerScope.Scope named = scope(s, "会见");
    assertThat(texts(named.names())).contains("王毅", "基辛格");
    assertThat(texts(named.objects())).contains("基辛格").doesNotContain("王毅");
  }

  @Test
  void aNameInARelativeClauseClosedBeforeTheTriggerIsNone() {
    // "Arlen Specter, who has questioned whether … Perry should resign over …, met Saudi officials".
    var s = RealPages.page("en-train-474.txt").sentence("met Saudi officials on Monday during a brief visit");
    TriggerScope.Scope named = scope(s, "met");
    assertThat(texts(named.inRegion())).contains("William Perry");
    assertThat(texts(named.names())).containsExactly("U.S. Senate", "Arlen Specter", "Saudi officials");
    assertThat(texts(named.objects())).containsExactly("Saudi officials");
  }

  @Test
  void aNameInAnObjectRelativeClauseClosedBeforeTheTriggerIsNone() {
    // "Lebed, whom Yeltsin ordered to restore peace in Chechnya, struck a military deal with
    // separatist rebels last week": Yeltsin, in the clause "whom" opens, made no deal.
    var s = RealPages.page("en-testa-045.txt").sentence("whom Yeltsin ordered to restore peace");
    TriggerScope.Scope named = scope(s, "struck");
    assertThat(texts(named.inRegion())).contains("Yeltsin");
    assertThat(texts(named.names())).contains("Lebed").doesNotContain("Yeltsin");
  }

  @Test
  void theDestinationInTheTriggersOwnRelativeClauseStaysWhereTheParseHangsItOnAnotherOfItsWords() {
    // MSRA (People's Daily, in no half of the gold): "美国总统克林顿即将对中国进行的国事访问将进一步推动
    // 两国关系…": the parse hangs "对中国进行的" on "国事", not on "访问", the trigger's head; the visit
    // still goes to China (the scope had lost 中国, and the gate then the visit).
    var s = RealPages.msra("克林顿即将对中国进行的国事访问").sentence("国事访问");
    assertThat(texts(scope(s, "国事访问").names())).contains("克林顿", "中国");
    assertThat(s.arguments("国事访问").countries()).contains("US", "CN");
    assertThat(s.accepted(s.reading("国事访问"))).isTrue();
  }

  @Test
  void aReciprocalMeetingTakesNoObjectOnlyItsPlaceInVietnamese() {
    // A page of the pool outside the gold: "Cặp đôi gặp nhau ở New York, Mỹ và sau đó cùng nhau đi du
    // lịch tới đảo Rhode, Italia, Australia và Anh" (the couple met in New York and then travelled
    // to …): "gặp nhau" (met each other) has no object; the countries of the trip are not the
    // meeting's parties, word order and parse alike, and New York, after "ở", is where.
    var s = RealPages.page("vi-news-news_entertainment_134.txt").sentence("Cặp đôi gặp nhau ở New York");
    assertThat(texts(scope(s, "gặp nhau").names())).containsExactly("New York");
  }

  @Test
  void aBodyWhoseRepresentativeAttendsStaysTheTriggersThoughTheParseNestsItInVietnamese() {
    // "Cùng tham dự buổi lễ có … đại biểu quốc tế có trưởng Văn phòng đại diện UNESCO tại Việt Nam;
    // …": the parse hangs UNESCO deep in the noun phrase of its office; the head of UNESCO's
    // representative office attends for UNESCO ({@code officials_of} "Văn phòng đại diện").
    var s = RealPages.page("vi-news-news_travel_127.txt").sentence("trưởng Văn phòng đại diện UNESCO tại Việt Nam");
    assertThat(texts(scope(s, "tham dự").names())).contains("UNESCO");
    assertThat(s.arguments("tham dự").actors().stream().map(p -> p.mention().mention().text())).containsExactly("UNESCO");
  }

  @Test
  void whatIsSaidAfterAndAndAVerbOfSayingHoldsNoneOfTheTriggersObjectsInVietnamese() {
    // A page of the pool outside the gold: "Ông Đạt đã chỉ đạo nhân viên phòng khám chụp hình và cho
    // phóng viên xem (qua điện thoại) bảng báo giá … và khẳng định phòng khám không có các gói dịch vụ
    // của Việt Nam, Hàn Quốc và của Mỹ …": the countries are in what he asserted ("và khẳng định"),
    // not parties to the phone; read so, they had made a call between three states.
    var s = RealPages.page("vi-news-news_health_081.txt").sentence("cho phóng viên xem (qua điện thoại)");
    assertThat(texts(scope(s, "điện thoại").names())).doesNotContain("Việt Nam", "Hàn Quốc", "Mỹ");
  }

  @Test
  void aCompanionStandingRightBeforeItsVerbIsThatTriggersThoughAnEarlierTriggerOpensTheSentence() {
    // MSRA (People's Daily, in no half of the gold): "经过３个星期的艰苦谈判，印度尼西亚政府８日同国际货币基金组织
    // 就…终于达成协议": the phrase with 同 stands before its verb, with no break, so the Fund is the
    // agreement's other side, not a companion of the talks told before the comma.
    var s = RealPages.msra("印度尼西亚政府８日同国际货币基金组织").sentence("达成协议");
    assertThat(texts(scope(s, "达成").names())).contains("印度尼西亚政府", "国际货币基金组织");
    assertThat(s.arguments("达成").countries()).contains("ID");
    assertThat(s.accepted(s.reading("达成"))).isTrue();
  }

  @Test
  void aTriggerWithACompanionOfItsOwnIsNotDoneWithTheFirstTriggersCompanion() {
    // MSRA (People's Daily, in no half of the gold): "唐家璇与几内亚计划合作部长迪亚洛签署了…协定；与科特迪瓦外长
    // 就…进行了换文": the exchange of notes is Tang's with the Ivorian minister, not with Diallo, with
    // whom he signed the agreement.
    var s = RealPages.msra("唐家璇与几内亚计划合作部长迪亚洛").sentence("进行了换文");
    assertThat(texts(scope(s, "换文").names())).contains("唐家璇", "科特迪瓦外长").doesNotContain("迪亚洛");
    assertThat(texts(scope(s, "签署").names())).contains("唐家璇", "迪亚洛").doesNotContain("科特迪瓦外长");
  }

  @Test
  void twoNamesJoinedRightBeforeANominalEventHoldItInChinese() {
    // A zh-news page in no half of the gold: "美国贸易代表办公室(USTR)的发言人未就…及美国与加拿大的磋商置评": the
    // talks are the United States' and Canada's, not the spokesman's office's.
    var s = RealPages.page("zh-2019-056.txt").sentence("美国与加拿大的磋商");
    assertThat(texts(scope(s, "磋商").names())).containsExactly("美国", "加拿大");
    // "…圆满结束了对古巴和玻利维亚的友好访问" (tune, zh-pd-109): 对 makes them where the visit went.
    var visit = RealPages.page("zh-pd-109.txt").sentence("对古巴和玻利维亚的友好访问");
    assertThat(texts(scope(visit, "友好访问").names())).contains("张德江");
  }
}
