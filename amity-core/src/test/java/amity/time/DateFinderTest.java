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

  @Test
  void englishRangesAcrossMonthsWithADashAndBetweenAnd() {
    DateValue a = DateValue.parse("2025-08-20");
    assertThat(first("The drills take place August 31-September 2.", "en", a)).isEqualTo("2025-08-31..2025-09-02");
    assertThat(first("Talks were held between May 11 and 12.", "en", DateValue.parse("2025-05-20"))).isEqualTo("2025-05-11..2025-05-12");
    assertThat(first("The fair runs from 22 to 26 September.", "en", DateValue.ofYear(2024))).isEqualTo("2024-09-22..2024-09-26");
  }

  @Test
  void vietnameseRangeWithTheMonthOnlyAtTheEnd() {
    assertThat(first("Từ ngày 22 đến ngày 26/9, đoàn sẽ thăm Cuba.", "vi", null)).isEqualTo("--09-22..--09-26");
    assertThat(first("Từ 31/8 đến 2/9, Chủ tịch Cuba thăm Việt Nam.", "vi", DateValue.parse("2025-09-03")))
        .isEqualTo("2025-08-31..2025-09-02");
  }

  @Test
  void spanishRangeWithTheMonthOnlyAtTheEnd() {
    assertThat(first("Del 22 al 26 de septiembre, la delegación visitará Cuba.", "es", null)).isEqualTo("--09-22..--09-26");
  }

  @Test
  void chineseNumeralsAreReadAndOffsetsPointIntoTheOriginal() {
    String text = "据报道，十二月二十六日至三十一日，代表团访问古巴。";
    List<DateMention> ds = finder.find(text, "zh", null);
    assertThat(ds).singleElement().satisfies(d -> {
      assertThat(d.span().of(text)).isEqualTo("十二月二十六日至三十一日");
      assertThat(d.range().start().iso()).isEqualTo("--12-26");
      assertThat(d.range().end().iso()).isEqualTo("--12-31");
    });
    assertThat(first("二〇二五年五月八日，双方签署协议。", "zh", null)).isEqualTo("2025-05-08");
    assertThat(first("五月十一日，双方举行会谈。", "zh", null)).isEqualTo("--05-11");
    assertThat(first("２０２４年７月３日，两国外长举行会谈。", "zh", null)).isEqualTo("2024-07-03");
  }

  @Test
  void aChineseDayAloneTakesTheMonthOfTheDateBeforeItOrOfThePublication() {
    assertThat(first("中越双方7日在河内签署多项合作文件。", "zh", DateValue.parse("2025-05-08"))).isEqualTo("2025-05-07");
    assertThat(first("会议28日在北京举行。", "zh", DateValue.parse("2025-05-08"))).as("a day not yet come is last month's").isEqualTo("2025-04-28");
    List<DateMention> ds = finder.find("代表团5月30日抵达河内，2日至3日访问海防。", "zh", DateValue.parse("2025-06-05"));
    assertThat(ds).extracting(d -> d.range().start().iso() + (d.range().end() == null ? "" : ".." + d.range().end().iso()))
        .as("the story runs on into June").containsExactly("2025-05-30", "2025-06-02..2025-06-03");
    assertThat(finder.find("会议11日在北京举行。", "zh", null)).as("no month to take").isEmpty();
  }

  @Test
  void theSameDayIsTheDayNamedBeforeIt() {
    List<DateMention> ds = finder.find("Chiều 7/11, Chủ tịch nước tiếp Đại sứ Cuba. Cùng ngày, Thủ tướng tiếp Đại sứ Lào.", "vi", DateValue.parse("2025-11-08"));
    assertThat(ds).extracting(d -> d.kind() + " " + d.range().start().iso()).containsExactly("date 2025-11-07", "same_day 2025-11-07");
    assertThat(first("王毅当天还会见了越南客人。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2025-05-11");
  }

  @Test
  void lastWeeksWeekdayIsInTheCalendarWeekBefore() {
    // 11 May 2025 was a Sunday; its week began on Monday 5 May.
    assertThat(first("上周二，两国领导人通电话。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2025-04-29");
    assertThat(first("Thứ Ba tuần trước, hai bên đã hội đàm.", "vi", DateValue.parse("2025-09-05"))).isEqualTo("2025-08-26");
    assertThat(first("The two sides met on Tuesday.", "en", DateValue.parse("2025-09-05"))).isEqualTo("2025-09-02");
  }

  @Test
  void aWeekOrYearWordPicksTheWeekOrYearNotTheNearestDay() {
    // 11 May 2025 was a Sunday: 本周五 is the Friday of its own week, 下周二 the Tuesday after it.
    assertThat(first("本周五，两国外长将举行会谈。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2025-05-09");
    assertThat(first("下周二，两国外长将举行会谈。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2025-05-13");
    assertThat(first("Thứ Sáu tuần tới, hai bên sẽ hội đàm.", "vi", DateValue.parse("2025-05-11"))).isEqualTo("2025-05-16");
    // 明年10月 is October of next year, though October 2025 is still ahead; 去年3月 March of the last.
    assertThat(first("双方商定明年10月在河内举行会议。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2026-10");
    assertThat(first("去年3月，两国签署了协议。", "zh", DateValue.parse("2025-05-11"))).isEqualTo("2024-03");
    assertThat(first("The talks resumed last Tuesday.", "en", DateValue.parse("2025-05-11"))).isEqualTo("2025-05-06");
  }

  @Test
  void theSameDayIsTheDayThatOpenedAParagraphNotASpanOrADayNamedInPassing() {
    String text = "Chiều 15/4 (giờ địa phương, tức rạng sáng 16/4 giờ Việt Nam), hai bên hội đàm.\n\n"
        + "Chuyến thăm diễn ra từ ngày 14-16/4/2025, kỷ niệm 65 năm quan hệ (2/12/1960 - 2/12/2025).\n\n"
        + "Cùng ngày, Chủ tịch nước đã đến chào Đại tướng Raúl Castro.";
    List<DateMention> ds = finder.find(text, "vi", DateValue.parse("2025-04-16"));
    assertThat(ds.get(ds.size() - 1)).satisfies(d -> {
      assertThat(d.kind()).isEqualTo("same_day");
      assertThat(d.range().start().iso()).isEqualTo("2025-04-15");
    });
  }

  @Test
  void aMonthWithoutADirectionIsTheOneNearestPublication() {
    DateValue january = DateValue.parse("2025-01-08");
    // Told in January, "in November" is two months back, not ten ahead.
    assertThat(first("Vietnam entregó el arroz en noviembre en el puerto del Mariel.", "es", january)).isEqualTo("2024-11");
    assertThat(first("The rice arrived in November.", "en", january)).isEqualTo("2024-11");
    assertThat(first("The talks will resume in March.", "en", january)).isEqualTo("2025-03");
    // A word for which one still decides.
    assertThat(first("La cumbre será el próximo noviembre.", "es", january)).isEqualTo("2025-11");
    assertThat(first("The summit is planned for this November.", "en", january)).isEqualTo("2025-11");
  }

  @Test
  void aWeekdayAgainstADatelineDayWithoutYearIsThatDay() {
    DateValue dateline = DateValue.ofMonthDay(5, 14);
    assertThat(first("La embajadora presentó este miércoles sus cartas credenciales.", "es", dateline)).isEqualTo("--05-14");
    // "last Tuesday" cannot be placed without the year's calendar.
    assertThat(finder.find("The minister left last Tuesday.", "en", dateline)).isEmpty();
  }

  private List<String> all(String text, String lang, DateValue anchor) {
    return finder.find(text, lang, anchor).stream()
        .map(d -> d.range().start().iso() + (d.range().end() == null ? "" : ".." + d.range().end().iso()))
        .toList();
  }

  @Test
  void lastWeekIsMondayToSundayOfTheWeekBeforeInEveryLanguage() {
    // 30 August 1996 was a Friday; the week before ran from Monday 19 to Sunday 25 August.
    DateValue friday = DateValue.parse("1996-08-30");
    assertThat(first("The envoy struck a deal with the rebels last week.", "en", friday)).isEqualTo("1996-08-19..1996-08-25");
    assertThat(first("Los dos gobiernos firmaron la semana pasada un acuerdo.", "es", friday)).isEqualTo("1996-08-19..1996-08-25");
    assertThat(first("两国上周签署了协议。", "zh", friday)).isEqualTo("1996-08-19..1996-08-25");
    assertThat(first("Hai bên đã ký thỏa thuận tuần trước.", "vi", friday)).isEqualTo("1996-08-19..1996-08-25");
  }

  @Test
  void thisWeekRunsFromItsMondayToThePublicationDateAndNextWeekIsAWholeWeek() {
    DateValue saturday = DateValue.parse("1996-08-31");
    assertThat(first("The negotiator arrived in Rome this week.", "en", saturday)).isEqualTo("1996-08-26..1996-08-31");
    assertThat(first("Un equipo visitará esta semana el país.", "es", saturday)).isEqualTo("1996-08-26..1996-08-31");
    assertThat(finder.find("Un equipo visitará esta semana el país.", "es", saturday).get(0).kind()).isEqualTo(DateFinder.THIS_WEEK);
    assertThat(first("The ministers will meet next week.", "en", saturday)).isEqualTo("1996-09-02..1996-09-08");
    assertThat(first("Đoàn sẽ sang thăm tuần tới.", "vi", saturday)).isEqualTo("1996-09-02..1996-09-08");
  }

  @Test
  void overnightAndLastNightCountFromThePublicationDate() {
    DateValue saturday = DateValue.parse("1996-08-31");
    assertThat(first("They agreed after overnight talks to defer the decision.", "en", saturday)).isEqualTo("1996-08-30..1996-08-31");
    assertThat(first("Los presidentes cenaron anoche en el palacio.", "es", saturday)).isEqualTo("1996-08-30");
    assertThat(first("两国外长昨晚通了电话。", "zh", saturday)).isEqualTo("1996-08-30");
  }

  @Test
  void aMonthOrYearCountedFromThePublicationDateHasThatPrecision() {
    DateValue may = DateValue.parse("2000-05-23");
    assertThat(first("The ministers met earlier this month in the Azores.", "en", may)).isEqualTo("2000-05");
    assertThat(first("El presidente dijo hace dos meses que negociaba con Washington.", "es", may)).isEqualTo("2000-03");
    assertThat(first("The envoy visited the region two weeks ago.", "en", may)).isEqualTo("2000-05-08..2000-05-14");
    assertThat(first("两国三天前签署了协议。", "zh", may)).isEqualTo("2000-05-20");
    assertThat(first("Los cancilleres se reunieron el mes pasado.", "es", may)).isEqualTo("2000-04");
    assertThat(first("双方商定下个月举行会谈。", "zh", may)).isEqualTo("2000-06");
    assertThat(first("Hai nước ký hiệp định năm ngoái.", "vi", may)).isEqualTo("1999");
    assertThat(first("Hội nghị sẽ diễn ra vào tháng 9 năm nay.", "vi", may)).isEqualTo("2000-09");
    assertThat(finder.find("两国在2019年前签署了协议。", "zh", may)).as("a year is no count of years")
        .noneMatch(d -> d.kind().equals("ago"));
    assertThat(finder.find("Hace dos meses.", "es", null)).as("nothing to count from").isEmpty();
  }

  @Test
  void twoDaysJoinedByAndAreOneSpanFromTheFirstToTheLast() {
    // 23 May 2000 was a Tuesday: yesterday was Monday 22, the last Saturday the 20th.
    DateValue tuesday = DateValue.parse("2000-05-23");
    assertThat(all("El presidente conversó ayer y el pasado sábado por teléfono con su colega.", "es", tuesday))
        .containsExactly("2000-05-20..2000-05-22");
    assertThat(all("The leaders spoke by phone on Thursday and on Monday.", "en", tuesday)).containsExactly("2000-05-18..2000-05-22");
    assertThat(all("两国外长9月29日和30日举行会谈。", "zh", null)).containsExactly("--09-29..--09-30");
    assertThat(all("The talks were held on June 5 and 6.", "en", tuesday)).containsExactly("2000-06-05..2000-06-06");
    assertThat(all("He met the president on Monday; talks follow on Friday.", "en", tuesday)).as("not joined by 'and'").hasSize(2);
  }

  @Test
  void lastWeekdayOnThatWeekdayIsAWeekBeforeButOnThatWeekdayIsThatDay() {
    DateValue friday = DateValue.parse("1996-08-30");
    assertThat(first("The agreement was initialled last Friday.", "en", friday)).isEqualTo("1996-08-23");
    assertThat(first("The agreement was initialled on Friday.", "en", friday)).isEqualTo("1996-08-30");
    assertThat(first("El acuerdo se firmó el pasado viernes.", "es", friday)).isEqualTo("1996-08-23");
  }

  @Test
  void theNextDayAndTheDayBeforeCountFromTheLastDayNamed() {
    assertThat(all("大使于9月22日抵达渥太华，并于次日递交国书副本。", "zh", null)).containsExactly("--09-22", "--09-23");
    assertThat(all("The minister arrived on May 3 and met the king the next day.", "en", DateValue.parse("2000-05-10")))
        .containsExactly("2000-05-03", "2000-05-04");
    assertThat(all("El canciller llegó el 3 de mayo; al día siguiente firmó el acuerdo.", "es", DateValue.parse("2000-05-10")))
        .containsExactly("2000-05-03", "2000-05-04");
    assertThat(all("Ministers met the day before.", "en", DateValue.parse("2000-05-10"))).as("no day named before").isEmpty();
  }

  @Test
  void laterInTheDayIsTheDayNamedBefore() {
    assertThat(all("The envoy said on Friday he hoped to sign a document with the rebels later in the day.", "en",
        DateValue.parse("1996-08-31"))).containsExactly("1996-08-30", "1996-08-30");
  }

  @Test
  void aBareDayTakesTheMonthLastNamed() {
    DateValue anchor = DateValue.parse("2019-10-03");
    assertThat(all("9月，两国外长在纽约会晤。26日，双方签署协议。", "zh", anchor)).containsExactly("2019-09", "2019-09-26");
    assertThat(all("La reunión se celebró el pasado 26 en Lima.", "es", DateValue.parse("2000-05-29"))).containsExactly("2000-05-26");
    assertThat(all("当地时间26日，外长会见了客人。", "zh", null)).as("no month to take").isEmpty();
  }

  @Test
  void aWeekdayWithADateInParenthesesIsThatDate() {
    DateValue thursday = DateValue.parse("2021-04-22");
    assertThat(all("Lượng ôxy chỉ có thể kéo dài đến 3 giờ sáng thứ Bảy (24/4).", "vi", thursday)).containsExactly("2021-04-24");
    assertThat(all("The ships should arrive on Saturday (April 24).", "en", thursday)).containsExactly("2021-04-24");
  }

  @Test
  void fromOneDayToAnotherIsOneSpan() {
    DateValue friday = DateValue.parse("2025-06-06");
    assertThat(all("The talks ran from Monday to Wednesday.", "en", friday)).containsExactly("2025-06-02..2025-06-04");
    assertThat(all("Las conversaciones se celebraron del lunes al miércoles.", "es", friday)).containsExactly("2025-06-02..2025-06-04");
    assertThat(all("两国代表团周一至周三举行会谈。", "zh", friday)).containsExactly("2025-06-02..2025-06-04");
  }

  @Test
  void aBareDayInSpanishAndVietnameseTakesTheMonthOfThePublication() {
    DateValue anchor = DateValue.parse("2000-05-29");
    assertThat(all("El canciller llegó el 26 a Lima y se reunió el 27, en el palacio.", "es", anchor)).containsExactly("2000-05-27");
    assertThat(all("El canciller se reunió el 26 en Lima con su homólogo.", "es", anchor)).containsExactly("2000-05-26");
    assertThat(all("El 26 por ciento de los votos.", "es", anchor)).isEmpty();
    assertThat(all("Ngày 26, Bộ Ngoại giao đã tiếp Đại sứ Lào.", "vi", anchor)).containsExactly("2000-05-26");
    assertThat(all("Ngày 26/4, Bộ Ngoại giao đã tiếp Đại sứ Lào.", "vi", anchor)).containsExactly("2000-04-26");
  }

  @Test
  void partsOfAMonthOrYearAreTheMonthOrTheYear() {
    DateValue anchor = new DateValue(2020, 5, 23);
    assertThat(first("Cuối năm 2019, hai bên đã ký thỏa thuận.", "vi", anchor)).isEqualTo("2019");
    assertThat(first("预计2020年初访问万象。", "zh", anchor)).isEqualTo("2020");
    assertThat(finder.find("2019年底前完成。", "zh", anchor)).isEmpty();
    assertThat(first("The summit in early 2021.", "en", anchor)).isEqualTo("2021");
    assertThat(first("They will meet at the beginning of September.", "en", anchor)).isEqualTo("2020-09");
    assertThat(first("La reunión será a mediados de junio.", "es", anchor)).isEqualTo("2020-06");
    assertThat(first("La cumbre de Seattle, a fines de 1999.", "es", anchor)).isEqualTo("1999");
  }
}
