package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Days told with a month counted from the publication date ("del 25 al 28 de este mes", "el día 31
 * de este mes": {@code rel_day} rows of {@code amity/lang/es/dates.tsv}), and Vietnamese days
 * written as two of one month ("ngày 22/4 và 23/4") or with dots ("29.4.2021").
 */
class RelativeMonthDaysRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }


  @Test
  void daysOfThisMonthAreDaysOfThePagesMonthInSpanish() {
    var s = RealPages.page("es-train-088.txt").sentence("del 25 al 28 de este mes");
    assertThat(s.datePhrases()).contains("del 25 al 28 de este mes=2000-05-25..2000-05-28");
  }

  @Test
  void aDayOfThisMonthIsADayOfThePagesMonthInSpanish() {
    var s = RealPages.page("es-train-455.txt").sentence("el día 31 de este mes");
    assertThat(s.datePhrases()).contains("el día 31 de este mes=2000-05-31");
  }

  @Test
  void twoDaysOfOneMonthAreARangeInVietnamese() {
    var s = RealPages.page("vi-news-news_business_022.txt").sentence("ngày 22/4 và 23/4");
    assertThat(s.datePhrases()).contains("ngày 22/4 và 23/4=2021-04-22..2021-04-23");
  }

  @Test
  void aDateWithDotsIsADayInVietnamese() {
    var s = RealPages.page("vi-news-news_business_054.txt").sentence("29.4.2021");
    assertThat(s.datePhrases()).contains("29.4.2021=2021-04-29");
  }
}
