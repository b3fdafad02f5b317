package amity.time;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private final DateFinder finder = new DateFinder();

  private String first(String text, String lang, DateValue anchor) {
    List<DateMention> ds = finder.find(text, lang, anchor);
    assertThat(ds).as("dates in: " + text).isNotEmpty();
    var r = ds.get(0).range();
    return r.start().iso() + (r.end() == null ? "" : ".." + r.end().iso());
  }

  @Test
  void vietnameseDayMonthWithoutYearStaysWithoutYear() {
    assertThat(first("Chiều 7/11, Chủ tịch nước tiếp Đại sứ Pháp.", "vi", null)).isEqualTo("--11-07");
  }

  @Test
  void vietnameseRangeWithYear() {
    assertThat(first("Từ ngày 22-26/9/2024, Thủ tướng sẽ thăm Brazil.", "vi", null))
        .isEqualTo("2024-09-22..2024-09-26");
  }

  @Test
  void englishRangeAcrossMonthsTakesTheAnchorYear() {
    assertThat(first("The visit from August 31 to September 2 was a success.", "en", DateValue.ofYear(2025)))
        .isEqualTo("2025-08-31..2025-09-02");
  }

  @Test
  void chineseRangeWithinAMonth() {
    assertThat(first("总理将于5月11日至12日访问老挝。", "zh", null)).isEqualTo("--05-11..--05-12");
  }

  @Test
  void chineseFullDate() {
    assertThat(first("2024年7月3日，两国外长举行会谈。", "zh", null)).isEqualTo("2024-07-03");
  }

  @Test
  void weekdayCountsBackFromThePublicationDate() {
    // 1 June 2023 was a Thursday; the Tuesday before it was 30 May.
    assertThat(first("The minister held talks in Hanoi on Tuesday.", "en", DateValue.parse("2023-06-01")))
        .isEqualTo("2023-05-30");
  }

  @Test
  void weekdayWithoutAFullAnchorIsNotResolved() {
    assertThat(finder.find("The minister held talks on Tuesday.", "en", DateValue.ofYear(2023))).isEmpty();
  }

  @Test
  void spanishPastWeekday() {
    assertThat(first("El canciller se reunió el pasado martes con su homólogo.", "es", DateValue.parse("2024-03-15")))
        .isEqualTo("2024-03-12");
  }

  @Test
  void monthDayNearTheAnchorLeansToThePast() {
    // Published on 5 January 2022, "December 28" is the one a week before, not next year's.
    assertThat(first("Talks were held on December 28.", "en", DateValue.parse("2022-01-05"))).isEqualTo("2021-12-28");
  }

  @Test
  void impossibleDaysAreNotDates() {
    assertThat(finder.find("Ngày 31/4, đoàn đến Hà Nội.", "vi", null)).isEmpty();
  }

  @Test
  void languagesWithoutPatternsGiveNothing() {
    assertThat(finder.find("Le 14 mai 2024", "fr", null)).isEmpty();
  }
}
