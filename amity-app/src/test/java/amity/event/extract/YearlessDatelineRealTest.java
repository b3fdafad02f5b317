package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A dateline that gives a day and month but no year ("新华社北京５月１２日电") dates the story's
 * "today" as that day without a year (EVENTS-GUIDE.md: "A day and month without a knowable year is
 * --MM-DD"); with no dateline at all, "today" has no date.
 */
class YearlessDatelineRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void todayIsTheDatelinesDayWithoutAYear() {
    var s = RealPages.msra("国家副主席胡锦涛今天下午在人民大会堂会见了来访的爱沙尼亚外长").sentence("胡锦涛今天下午");
    assertThat(iso(s.date("会见"))).isEqualTo("--05-12");
  }

  @Test
  void aVisitTodayIsTheDatelinesDayWithoutAYear() {
    var s = RealPages.msra("以色列总理内塔尼亚胡今天对埃及进行了短暂访问").sentence("内塔尼亚胡今天");
    assertThat(iso(s.date("访问"))).isEqualTo("--04-28");
  }

  @Test
  void todayWithoutADatelineHasNoDate() {
    var s = RealPages.msra("外交部长唐家璇今天在这里同来访的爱沙尼亚外交部长伊尔韦斯举行了会谈").sentence("唐家璇今天");
    assertThat(iso(s.date("会谈"))).isEqualTo("null");
  }
}
