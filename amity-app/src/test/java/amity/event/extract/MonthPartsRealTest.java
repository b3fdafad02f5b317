package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A part of a month is the days the text gives (EVENTS-GUIDE.md: "a range where the text gives
 * one"): "the first half of September", "la primera quincena de mayo", "2月下旬", "trung tuần tháng
 * Ba" ({@code part} rows of {@code amity/lang/<lang>/dates.tsv}); with no year the page or the
 * text gives, none. And "en vísperas de" opens what lies after the dates told before it.
 */
class MonthPartsRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }


  @Test
  void aTreatyToBeSignedInTheFirstHalfOfSeptemberIsOfItsFirstFifteenDays() {
    var s = RealPages.page("en-train-829.txt").sentence("signed in the first half of September");
    assertThat(iso(s.date("signed"))).isEqualTo("1996-09-01..1996-09-15");
  }

  @Test
  void theFirstFortnightOfMayIsItsFirstFifteenDaysInSpanish() {
    var s = RealPages.page("es-train-116.txt").sentence("durante la primera quincena de mayo");
    assertThat(s.datePhrases()).contains("durante la primera quincena de mayo=2000-05-01..2000-05-15");
  }

  @Test
  void theLastTenDaysOfFebruaryAreItsTwentyFirstToItsEndInChinese() {
    // "2月下旬在伦敦召开的西方七国财长和央行行长会议" on a page of 21 May 1998.
    var s = RealPages.page("zh-pd-101.txt").sentence("2月下旬在伦敦召开");
    assertThat(s.datePhrases()).contains("2月下旬=1998-02-21..1998-02-28");
  }

  @Test
  void aPartOfAMonthOnAnUndatedPageHasNoDateInChinese() {
    // "UNESCO将于11月下旬在毛里求斯举行年度会议": no year is knowable.
    var s = RealPages.page("zh-2019-155.txt").sentence("11月下旬");
    assertThat(s.datePhrases()).isEmpty();
  }

  @Test
  void theMiddleTenDaysOfMarchAreItsEleventhToTwentiethInVietnamese() {
    var s = RealPages.page("vi-world-news_society_110.txt").sentence("trung tuần tháng Ba");
    assertThat(s.datePhrases()).contains("Vào trung tuần tháng Ba=2021-03-11..2021-03-20");
  }

  @Test
  void aMeetingOnWhoseEveADecisionWasTakenYesterdayIsNotOfYesterdayInSpanish() {
    // "…la decisión adoptada ayer, en vísperas de la reunión de los ministros aliados en Florencia…"
    var s = RealPages.page("es-train-587.txt").sentence("en vísperas de la reunión");
    assertThat(iso(s.date("reunión"))).isNotEqualTo("2000-05-22");
  }
}
