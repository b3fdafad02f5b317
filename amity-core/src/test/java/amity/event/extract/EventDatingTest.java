package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateRange;
import amity.model.Event;
import amity.testkit.Analyze;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How events of whole stories are dated: EventDater and the date rules of StoryConsolidator. */
class EventDatingTest {
  private static List<Event> events(String text) {
    return Analyze.events(Analyze.text(text));
  }

  private static String date(Event e) {
    DateRange r = e.date();
    return r == null ? "none" : r.start().iso() + (r.end() == null ? "" : ".." + r.end().iso());
  }

  private static List<String> dates(List<Event> es, String form) {
    return es.stream().filter(e -> e.form().equals(form)).map(EventDatingTest::date).toList();
  }

  // 2 June 2025 was a Monday.
  private static final String MONDAY = "2025-06-02\n\n";
  private static final String FRIDAY = "2025-06-06\n\n";

  @Test
  void theDayAReportWasMadeDatesTheReportNotWhatItTells() {
    List<Event> es = events(FRIDAY + "The Vietnamese foreign ministry said on Thursday that Prime Minister Phạm Minh Chính "
        + "had held talks with Cuban Prime Minister Manuel Marrero Cruz.");
    assertThat(dates(es, "talks")).containsExactly("none");
  }

  @Test
  void aDateInsideWhatIsSaidDatesTheEvent() {
    List<Event> es = events(FRIDAY + "The Vietnamese foreign ministry said on Thursday that Prime Minister Phạm Minh Chính "
        + "would hold talks with Cuban Prime Minister Manuel Marrero Cruz on June 20.");
    assertThat(dates(es, "talks")).containsExactly("2025-06-20");
  }

  @Test
  void aDateInARelativeClauseOfAnotherPersonIsNotTheEventsDate() {
    List<Event> es = events(FRIDAY + "Prime Minister Phạm Minh Chính received Cuban Prime Minister Manuel Marrero Cruz, "
        + "who took office as head of government on Tuesday.");
    assertThat(dates(es, "reception")).containsExactly("none");
  }

  @Test
  void aDateNearerAnEventOfAnotherTenseIsThatEventsDate() {
    List<Event> es = events(FRIDAY + "President Lương Cường will hold talks with Cuban President Miguel Díaz-Canel Bermúdez "
        + "as part of an agreement the two countries signed in March.");
    assertThat(dates(es, "talks")).doesNotContain("2025-03", "2026-03");
  }

  @Test
  void aPlannedEventThisWeekMayFallOnAnyDayOfIt() {
    List<Event> es = events(MONDAY + "Cuban President Miguel Díaz-Canel Bermúdez will visit Việt Nam this week.");
    assertThat(dates(es, "visit")).containsExactly("2025-06-02..2025-06-08");
  }

  @Test
  void aPastEventLastWeekIsInTheWeekBefore() {
    List<Event> es = events(FRIDAY + "Cuban President Miguel Díaz-Canel Bermúdez visited Việt Nam last week.");
    assertThat(dates(es, "visit")).containsExactly("2025-05-26..2025-06-01");
  }

  @Test
  void aWordOfIntentBeforeTheWeekdayPutsItAhead() {
    List<Event> es = events(FRIDAY + "The signing of the agreement between Việt Nam and Cuba is scheduled for Monday in Havana.");
    assertThat(dates(es, "agreement_signing")).containsExactly("2025-06-09");
  }

  @Test
  void theVisitorsPlansTakeTheDaysOfThePlannedVisit() {
    List<Event> es = events(MONDAY + "Cuban President Miguel Díaz-Canel Bermúdez will pay a state visit to Việt Nam from June 10 to 12. "
        + "Díaz-Canel will also meet Prime Minister Phạm Minh Chính.");
    assertThat(dates(es, "state_visit")).containsExactly("2025-06-10..2025-06-12");
    assertThat(es.stream().filter(e -> e.form().equals("meeting") || e.form().equals("talks")).map(EventDatingTest::date))
        .containsExactly("2025-06-10..2025-06-12");
  }

  @Test
  void aVisitOfSomeDaysRunsFromItsFirstDay() {
    List<Event> es = events(FRIDAY + "Cuban President Miguel Díaz-Canel Bermúdez arrived in Hà Nội on Tuesday for a three-day state visit.");
    assertThat(es.stream().filter(e -> e.form().endsWith("visit")).map(EventDatingTest::date)).containsExactly("2025-06-03..2025-06-05");
  }

  @Test
  void anEventTheTextSaysCameLaterTakesNoDayFromTheSentenceBefore() {
    List<Event> es = events(FRIDAY + "Prime Minister Phạm Minh Chính met Cuban Prime Minister Manuel Marrero Cruz on Tuesday. "
        + "Phạm Minh Chính later held phone talks with President Miguel Díaz-Canel Bermúdez.");
    assertThat(dates(es, "phone_call")).containsExactly("none");
  }

  @Test
  void aYearGuessedFromTheLatestYearTheTextNamesGivesNoYearToAMonthAndDay() {
    List<Event> es = events("越共中央总书记苏林表示，越南支持非盟《2063年议程》，并将于10月2日同古巴国家主席迪亚斯-卡内尔会晤。");
    assertThat(es).isNotEmpty().allSatisfy(e -> assertThat(date(e)).isEqualTo("--10-02"));
  }

  @Test
  void theDayCarriedOnIsNotLostToTheRangeOfTheVisitItFallsIn() {
    List<Event> es = events(FRIDAY + "President Lương Cường held talks with Cuban President Miguel Díaz-Canel Bermúdez in Havana on June 3. "
        + "The state visit of Lương Cường to Cuba runs from June 2 to 4.\n\n"
        + "The two presidents signed six cooperation documents.");
    assertThat(dates(es, "agreement_signing")).containsExactly("2025-06-03");
  }

  @Test
  void aDayToldAsEarlierDoesNotMoveTheStorysDay() {
    List<Event> es = events(FRIDAY + "President Lương Cường held talks with Cuban President Miguel Díaz-Canel Bermúdez in Havana on June 4.\n\n"
        + "Earlier, on June 3, Lương Cường met Cuban Prime Minister Manuel Marrero Cruz.\n\n"
        + "The two presidents signed six cooperation documents.");
    assertThat(dates(es, "agreement_signing")).containsExactly("2025-06-04");
  }

  @Test
  void aRecentVisitTakesNoDateFromTheStorysOccasion() {
    List<Event> es = events(FRIDAY + "President Lương Cường held talks with Cuban President Miguel Díaz-Canel Bermúdez in Havana on Wednesday. "
        + "Prime Minister Phạm Minh Chính recently visited Cuba.");
    assertThat(es.stream().filter(e -> e.form().endsWith("visit")).map(EventDatingTest::date)).containsOnly("none");
  }

  @Test
  void aDateBeforeWhatIsToldAfterThatIsTheTellingsDay() {
    List<Event> es = events(FRIDAY + "Cuban President Miguel Díaz-Canel Bermúdez told reporters in Havana on Wednesday that he "
        + "had held talks with President Lương Cường.");
    assertThat(dates(es, "talks")).containsExactly("none");
  }

  @Test
  void whenAGiftWillArriveIsNotWhenItWasGiven() {
    List<Event> es = events(FRIDAY + "Việt Nam donated 5,000 tonnes of rice to Cuba, and the shipment is expected to reach Havana on June 20.");
    assertThat(dates(es, "aid")).containsExactly("none");
  }

  @Test
  void aVisitToldAsTheOccasionOfAMeetingHasNotTheMeetingsDay() {
    List<Event> es = events(FRIDAY + "During his working visit to Việt Nam, Cuban National Assembly President Esteban Lazo Hernández "
        + "met President Lương Cường on Tuesday.");
    assertThat(es.stream().filter(e -> e.form().equals("meeting")).map(EventDatingTest::date)).containsExactly("2025-06-03");
    // Whether the visit is kept depends on its actors; if it is, it does not take the meeting's day.
    assertThat(es.stream().filter(e -> e.form().endsWith("visit")).map(EventDatingTest::date)).doesNotContain("2025-06-03");
  }
}
