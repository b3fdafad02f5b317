package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link AidSides} on real sentences of the tune half: who receives aid. */
class AidSidesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void thePlaceAnEpidemicStruckInAClauseBeforeTheAidReceivesItInChinese() {
    // "刚果（金）埃博拉疫情再度暴发，中方…全力驰援": the place the epidemic struck receives.
    var s = RealPages.page("zh-2020-024.txt").sentence("中方已经并将继续全力驰援");
    // The first of its two mentions; the second names the UN mission there.
    var struck = s.view().mentions().stream().filter(m -> m.mention().text().equals("刚果（金）")).findFirst().orElseThrow();
    assertThat(AidSides.receives(s.view(), s.trigger("驰援"), struck)).isTrue();
  }

  @Test
  void theGiverOfHelpDoesNotReceiveItInVietnamese() {
    var s = RealPages.page("vi-world-news_world_142.txt").sentence("Hàn Quốc cũng đã đề nghị giúp đỡ Indonesia");
    TriggerMatch t = s.trigger("đề nghị giúp đỡ");
    assertThat(AidSides.receives(s.view(), t, s.mention("Hàn Quốc"))).isFalse();
    assertThat(AidSides.toldByReceiver(s.view(), t)).isFalse();
  }

  @Test
  void theReceiverAModifierDescribesAfterTheWordForToReceives() {
    // "河内市将向赴河内市各所高等院校留学的老挝大学生提供多项奖学金": 向 opens the phrase, "…留学的"
    // describes the Lao students; they receive, Hanoi gives. Before, 老挝 was a second giver.
    var s = RealPages.page("zh-2020-114.txt").sentence("河内市将向赴河内市各所高等院校留学的老挝大学生");
    assertThat(AidSides.receives(s.view(), s.trigger("奖学金"), s.mention("老挝"))).isTrue();
    var hanoi = s.mentions().stream().filter(m -> m.mention().text().equals("河内市")).findFirst().orElseThrow();
    assertThat(AidSides.receives(s.view(), s.trigger("奖学金"), hanoi)).isFalse();
  }

  @Test
  void whoReceivesTheGoodsTheAidWordFollowsReceivesTheAid() {
    // "tỉnh Nghệ An đã tiếp nhận lô vắc-xin … của Covax Facility … do Covax viện trợ": Nghệ An, the
    // subject of tiếp nhận (receiving), receives; Covax does not.
    var s = RealPages.page("vi-news-news_health_138.txt").sentence("Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An đã tiếp nhận");
    assertThat(AidSides.receives(s.view(), s.trigger("viện trợ"), s.mention("Nghệ An"))).isTrue();
    assertThat(AidSides.receives(s.view(), s.trigger("viện trợ"), s.mention("Covax Facility"))).isFalse();
  }
}
