package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link EventDater} on real sentences of the tune half: which date expression dates an event, read how. */
class EventDaterRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  @Test
  void talksOnFridayInAKhasavyurtStoryFallOnTheDatelinesFriday() {
    var s = RealPages.page("en-testa-053.txt").sentence("started a new round of peace talks on Friday");
    assertThat(iso(s.date("peace talks"))).isEqualTo("1996-08-30");
  }

  @Test
  void aVisitTheSpeakerWasOnWhenHeSpokeIsOfTheDayHeSpoke() {
    // "said on Thursday in a visit to Rwanda that …": Thursday dates the saying, and the visit
    // is where he said it.
    var s = RealPages.page("en-train-285.txt").sentence("said on Thursday in a visit to Rwanda");
    assertThat(iso(s.date("visit"))).isEqualTo("1996-08-22");
  }

  @Test
  void aDealStruckLastWeekFallsInTheWeekBefore() {
    var s = RealPages.page("en-testa-045.txt").sentence("struck a military deal with separatist rebels last week");
    assertThat(iso(s.date("struck"))).isEqualTo("1996-08-19..1996-08-25");
  }

  @Test
  void aVisitFromSeptember2To4TakesBothDays() {
    var s = RealPages.page("en-testa-071.txt").sentence("Ruehe will visit Israel from September 2 to 4");
    assertThat(iso(s.date("visit"))).isEqualTo("1996-09-02..1996-09-04");
  }

  @Test
  void aThreeDayStateVisitBegunOnMondayLastsToWednesdayInSpanish() {
    var s = RealPages.page("es-train-100.txt").sentence("llegó el lunes a Egipto en una visita de Estado de tres días");
    assertThat(iso(s.date("llegó"))).isEqualTo("2000-05-22..2000-05-24");
  }

  @Test
  void theDayMichelReportedHisTripIsNotTheTripsDayInSpanish() {
    // "informó hoy, martes, que viajará próximamente": today dates the announcement.
    var s = RealPages.page("es-train-063.txt").sentence("informó hoy, martes, que viajará próximamente a Viena");
    assertThat(s.date("viajará")).isNull();
  }

  @Test
  void theInterviewDayIsNotTheDayOfTheTripToMoscowInChinese() {
    // "9月29日，武契奇在接受采访时表示，…并将于10月2日前往莫斯科": the story gives no year.
    var s = RealPages.page("zh-2019-014.txt").sentence("并将于10月2日前往莫斯科");
    assertThat(iso(s.date("前往"))).isEqualTo("--10-02");
  }

  @Test
  void theDayRescueShipsAreExpectedToArriveIsNotTheDayTheyWereSentInVietnamese() {
    var s = RealPages.page("vi-world-news_world_237.txt").sentence("Singapore và Malaysia đã điều các tàu cứu hộ");
    assertThat(s.date("tàu cứu hộ")).isNull();
  }

  @Test
  void aVisitToTroopsOn19AprilTakesThatDayInVietnamese() {
    var s = RealPages.page("vi-world-news_world_173.txt").sentence("ông đã tới thăm các binh sĩ trên tiền tuyến");
    assertThat(iso(s.date("tới thăm"))).isEqualTo("2021-04-19");
  }
  @Test
  void aMeetingJustBeforeAnUndatedStatementIsOfTheStorysDayInSpanish() {
    // "subrayó McFarland después de una reunión con el ministro del Interior": the story's news of
    // 23 May, and the meeting just before it.
    var s = RealPages.page("es-train-738.txt").sentence("subrayó McFarland después de una reunión con el ministro del Interior");
    assertThat(iso(s.date("reunión"))).isEqualTo("2000-05-23");
  }

  @Test
  void lastNovemberInAMayStoryIsTheYearBeforeInSpanish() {
    var s = RealPages.page("es-train-674.txt").sentence("En noviembre pasado, Estados Unidos acordó con China");
    assertThat(iso(s.date("acordó con"))).isEqualTo("1999-11");
  }

  @Test
  void anAgreementNamedAsTheBasisOfAPulloutOnSundayIsNotOfSunday() {
    // "began to pull out … on Sunday under a ceasefire agreement between …": the agreement was made before.
    var s = RealPages.page("en-train-378.txt").sentence("under a ceasefire agreement between");
    assertThat(s.date("ceasefire agreement between")).isNull();
    var carried = RealPages.page("en-train-877.txt").sentence("formally reopened to traffic on Thursday under an agreement");
    assertThat(carried.date("agreement between")).isNull();
  }

  @Test
  void aTruceHeSaidOnWednesdayHeHadClinchedIsOfWednesday() {
    var s = RealPages.page("en-train-088.txt").sentence("Lebed said on Wednesday he had clinched a truce");
    assertThat(iso(s.date("clinched"))).isEqualTo("1996-08-21");
  }

  @Test
  void anAgreementASourceMadeKnownOnTheEveningOf30SeptemberIsOfThatDayInChinese() {
    // "加拿大一名消息人士当地时间9月30日晚透露，美国和加拿大已经就…达成框架协议": the page gives no year.
    var s = RealPages.page("zh-2019-116.txt").sentence("当地时间9月30日晚透露");
    assertThat(iso(s.date("达成"))).isEqualTo("--09-30");
  }

  @Test
  void aidBritainSaidOnThursdayItWouldGiveIsPledgedOnThursday() {
    var s = RealPages.page("en-train-071.txt").sentence("Britain said on Thursday it would give 25 million pounds");
    assertThat(iso(s.date("development aid"))).isEqualTo("1996-08-22");
  }

  @Test
  void aSummitInTheSummerOfThatYearIsOfTheYearNamedBeforeInVietnamese() {
    // "Năm 1987, một cô gái người Mỹ … Tại hội nghị thượng đỉnh diễn ra tại Washington D.C vào mùa hè
    // năm đó, hai nhà lãnh đạo Nga - Mỹ …": "that year" is 1987, so the summit is history (a 2021 page).
    var s = RealPages.page("vi-news-news_travel_082.txt").sentence("vào mùa hè năm đó");
    assertThat(EventDater.pastYearNear(s.view(), s.trigger("hội nghị thượng đỉnh"))).isTrue();
  }
}
