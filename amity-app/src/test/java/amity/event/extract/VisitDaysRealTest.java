package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static amity.event.extract.RealPages.told;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link VisitDays} on real stories of the tune half: a visit lasts from its visitor's arrival to his leaving. */
class VisitDaysRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  private static List<Reading> visits(List<Reading> all, String snippet) {
    return told(all, snippet).stream().filter(r -> r.family().equals("visit")).toList();
  }

  @Test
  void heWillLeaveOnThursdayEndsTheVisitThatBeganOnTuesday() {
    // "Muratovic arrived in Ankara on Tuesday for an official visit … He will leave on Thursday."
    // (dateline 1996-08-27, a Tuesday): the Thursday ahead, not the one before, ends the visit.
    RealPages.RealPage page = RealPages.page("en-train-579.txt");
    List<Reading> visit = visits(page.spanned("He will leave on Thursday"), "arrived in Ankara on Tuesday");
    assertThat(visit).hasSize(1);
    assertThat(iso(visit.get(0).date())).isEqualTo("1996-08-27..1996-08-29");
    // The meetings he is due to hold, told with no day, fall within the visit's days.
    List<Reading> meeting = told(page.consolidated("He will leave on Thursday"), "Muratovic is also due to meet");
    assertThat(meeting).isNotEmpty();
    assertThat(meeting).extracting(r -> iso(r.date())).containsOnly("1996-08-27..1996-08-29");
  }

  @Test
  void aVisitorScheduledToReturnOnTuesdayIsAwayUntilThen() {
    // "Talbott flew to Ottawa on Monday …" then "He said Talbott, who was scheduled to return on
    // Tuesday, would also …": the visitor named before the word is the one who returns.
    List<Reading> visit = visits(RealPages.page("en-train-482.txt").spanned("flew to Ottawa on Monday"), "flew to Ottawa on Monday");
    assertThat(visit).hasSize(1);
    assertThat(iso(visit.get(0).date())).isEqualTo("1996-08-26..1996-08-27");
  }

  @Test
  void anArrivalFromTheCountryBeforeOnSundayOpensAVisitDatedMonday() {
    // "met Saudi officials on Monday during a brief visit to the kingdom" and "Specter, who arrived
    // from neighbouring Oman on Sunday and left on Monday": Oman is the place left, so the arrival
    // is in the kingdom, the day before.
    List<Reading> visit = visits(RealPages.page("en-train-474.txt").spanned("during a brief visit to the kingdom"),
        "during a brief visit to the kingdom");
    assertThat(visit).hasSize(1);
    assertThat(iso(visit.get(0).date())).isEqualTo("1996-08-25..1996-08-26");
  }

  @Test
  void aVisitDatedThisWeekKeepsItsDaysThoughHeLeavesOnMonday() {
    // "Nyerere arrived in Rome this week on a private visit …" and "He leaves Rome on Monday": the
    // visit already has its days; only one dated a single day is widened.
    List<Reading> visit = visits(RealPages.page("en-testa-211.txt").spanned("arrived in Rome this week"), "arrived in Rome this week");
    assertThat(visit).hasSize(1);
    assertThat(iso(visit.get(0).date())).isEqualTo("1996-08-26..1996-08-31");
  }
}
