package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Relative date expressions of each language's {@code dates.tsv} and {@code relative.tsv}, read on
 * real sentences of unlabelled pages against their page's date: what each names, and what only
 * looks like one.
 */
class RelativeDatesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** {@return each date the sentence names, written "words=iso" or "words=iso..iso"} */
  private static List<String> dates(String page, String snippet) {
    var s = RealPages.page(page).sentence(snippet);
    String text = s.view().text();
    return s.view().dates().stream().map(d -> text.substring(d.span().start(), d.span().end()) + "=" + RealPages.iso(d.range())).toList();
  }

  @Test
  void oneWeekAgoIsTheWeekBeforeInVietnamese() {
    // "Một tuần trước, người đẹp …" on a page of 2021-05-01: a week back, not "last week".
    assertThat(dates("vi-news-news_entertainment_245.txt", "Một tuần trước, người đẹp"))
        .containsExactly("Một tuần trước=2021-04-19..2021-04-25");
  }

  @Test
  void aWeekBeforeTheElectionIsNoDateInVietnamese() {
    // "chỉ một tuần trước ngày bầu cử": a week before something else, neither a week ago nor last week.
    assertThat(dates("vi-news-news_business_015.txt", "chỉ một tuần trước ngày bầu cử")).noneMatch(d -> d.contains("tuần trước"));
  }

  @Test
  void februaryJustPastIsThisYearsFebruaryInVietnamese() {
    // "Hồi tháng 2 vừa qua" on a page of 2021-03-28.
    assertThat(dates("vi-news-news_tech_074.txt", "Hồi tháng 2 vừa qua")).contains("Hồi tháng 2 vừa qua=2021-02");
  }

  @Test
  void weekdaysWrittenWithFiguresAreWeekdaysInVietnamese() {
    // "Hôm thứ 3 vừa qua, Đại học Harvard công bố …" on a page of 2020-10-01 (a Thursday): last Tuesday.
    assertThat(dates("vi-news-news_education_001.txt", "Hôm thứ 3 vừa qua")).contains("thứ 3 vừa qua=2020-09-29");
    // "Giáo sư Akasaki đã qua đời … vào sáng thứ 5 vừa qua" on a page of 2021-04-03 (a Saturday).
    assertThat(dates("vi-news-news_science_050.txt", "vào sáng thứ 5 vừa qua")).contains("thứ 5 vừa qua=2021-04-01");
    // "khi thị trường chứng khoán đóng cửa vào thứ 6 tuần trước" on a page of 2021-04-13 (a Tuesday).
    assertThat(dates("vi-news-news_tech_164.txt", "vào thứ 6 tuần trước")).contains("thứ 6 tuần trước=2021-04-09");
  }

  @Test
  void ordinalsWrittenWithFiguresAreNoWeekdaysInVietnamese() {
    // "ngày thứ 5 liên tiếp" is the fifth day running; "Hoa hậu Hoàn vũ thứ 3 tới từ xứ cờ hoa" the third
    // Miss Universe from the US, not next Tuesday.
    assertThat(dates("vi-news-news_business_199.txt", "ngày thứ 5 liên tiếp")).noneMatch(d -> d.contains("thứ 5"));
    assertThat(dates("vi-news-news_entertainment_131.txt", "Hoàn vũ thứ 3 tới từ")).noneMatch(d -> d.contains("thứ 3"));
  }

  @Test
  void theEndOfLastMonthIsLastMonthInSpanish() {
    // "la votación presidencial que se dio a finales del mes pasado" on a page of 2000-05-23.
    assertThat(dates("es-testa-139.txt", "a finales del mes pasado")).contains("del mes pasado=2000-04");
  }

  @Test
  void julyOfLastYearIsThatMonthInSpanish() {
    // "fue hecha por el CETAC en julio del año pasado" on a page of 2000-05-23.
    assertThat(dates("es-testa-169.txt", "en julio del año pasado")).contains("en julio del año pasado=1999-07");
  }

  @Test
  void inThreeWeeksIsTheWeekThreeWeeksOnInSpanish() {
    // "el problema estará resuelto dentro de tres semanas" on a page of 2000-05-23 (a Tuesday).
    assertThat(dates("es-train-217.txt", "dentro de tres semanas")).contains("dentro de tres semanas=2000-06-12..2000-06-18");
  }
}
