package amity.event.extract;

import static amity.event.extract.RealPages.iso;
import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Event;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates a story gives events its sentences tell without one of their own, on real pages of the
 * tune half: the lead's day ({@link EventDater#leadDay}, {@link StoryDay}), a visit told as
 * starting with its length, and relative clauses that tell what someone did at some time.
 */
class StoryDatesRealTest {
  @BeforeAll
  static void data() {
    RealPages.assumeData();
  }

  /** {@return the dates of the page's events of a form told in the sentence holding the snippet} */
  private static List<String> dates(String page, String snippet, String form) {
    List<String> out = new ArrayList<>();
    for (StoryAnalysis s : RealPages.page(page).analysis().stories()) {
      for (Event e : s.events()) {
        if (e.form().equals(form) && e.sources().stream().anyMatch(x -> x.sentence().contains(snippet))) out.add(iso(e.date()));
      }
    }
    return out;
  }

  @Test
  void theLeadsDayDatesTheTalksToldInTheNextSentence() {
    // "Slovenia and Poland pledged to intensify cooperation on Tuesday … Polish President Aleksander
    // Kwasniewski and his Slovenian counterpart, Milan Kucan, met for talks at the start of a
    // two-day visit to Slovenia by Kwasniewski." (page of Tuesday 1996-08-27)
    assertThat(dates("en-train-557.txt", "met for talks at the start of a two-day visit", "talks")).containsExactly("1996-08-27");
  }

  @Test
  void aVisitToldAsStartingOnTheStorysDayLastsItsDaysFromIt() {
    // "… at the start of a two-day visit to Slovenia": Tuesday and Wednesday; the meeting
    // scheduled "during his visit to Slovenia" falls within them.
    assertThat(dates("en-train-557.txt", "met for talks at the start of a two-day visit", "visit")).containsExactly("1996-08-27..1996-08-28");
    assertThat(dates("en-train-557.txt", "is also scheduled to meet Prime Minister Janez Drnovsek", "meeting")).containsExactly("1996-08-27..1996-08-28");
  }

  @Test
  void theLeadsDayDatesAPresenceToldInTheNextSentence() {
    // "British Foreign Secretary Malcolm Rifkind said on Tuesday … \"People who wish to hold
    // conferences …,\" Rifkind, in Pakistan for a visit, told Reuters."
    assertThat(dates("en-train-598.txt", "Rifkind, in Pakistan for a visit, told Reuters", "visit")).containsExactly("1996-08-27");
  }

  @Test
  void theLeadsDayGoesNoFurtherThanTheNextSentence() {
    // The lead "Khi đang tham gia cuộc tập trận … vào ngày 21/4, tàu ngầm … bị mất liên lạc" tells
    // the submarine's loss; the call for help told three sentences on is of no day the page gives.
    var page = RealPages.page("vi-world-news_world_237.txt");
    List<Reading> call = RealPages.told(page.storyReadings("Indonesia đã gọi cho"), "Indonesia đã gọi cho");
    assertThat(call).filteredOn(r -> r.form().equals("phone_call")).isNotEmpty().allMatch(r -> r.date() == null);
  }

  @Test
  void negotiationsInARelativeClauseOfAPersonTakeNoDayFromBefore() {
    // "Itamar Rabinovich, who as Israel's ambassador to Washington conducted unfruitful
    // negotiations with Syria, told Israel Radio …": what he did as ambassador, at some time, not
    // on the Thursday the lead names.
    var page = RealPages.page("en-train-010.txt");
    List<Reading> talks = RealPages.told(page.storyReadings("conducted unfruitful negotiations"), "conducted unfruitful negotiations");
    assertThat(talks).filteredOn(r -> r.form().equals("talks")).isNotEmpty().allMatch(r -> r.date() == null);
  }
}
