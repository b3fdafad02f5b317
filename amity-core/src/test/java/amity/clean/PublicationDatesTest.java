package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateBasis;
import amity.model.DateValue;
import amity.model.PublicationDate;
import amity.model.StoryKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PublicationDatesTest {
  private final PublicationDates dates = new PublicationDates(SeedLines.RULES);

  @Test
  void theNewestRelatedTimestampDatesAPageWithoutADateLine() {
    var doc = SeedLines.doc("001");
    PublicationDate p = PublicationDates.ofPage(doc, SeedLines.of("001"));
    assertThat(p.basis()).isEqualTo(DateBasis.RELATED_LIST);
    assertThat(p.date()).isEqualTo(DateValue.parse("2023-06-01"));
  }

  @Test
  void aYearTheTextCallsCurrentIsTheStorysYear() {
    String text = SeedLines.doc("002").text();
    assertThat(dates.textYear(text, null)).hasValueSatisfying(p -> {
      assertThat(p.date()).isEqualTo(DateValue.ofYear(2020));
      assertThat(p.confidence()).isEqualTo(0.4);
    });
    assertThat(dates.textYear(text, DateValue.ofYear(2019)).orElseThrow().date().year()).as("not after the capture").isLessThanOrEqualTo(2019);
  }

  @Test
  void aTeaserWithItsOwnDateKeepsItAndOneWithoutIsNotDatedByTheRelatedList() {
    PublicationDate related = new PublicationDate(DateValue.parse("2023-06-01"), DateBasis.RELATED_LIST, 0.6);
    var own = new StoryDraft(StoryKind.TEASER, null, List.of(), null, null, DateValue.parse("2023-05-31"));
    assertThat(dates.ofStory(own, "", related, null).date()).isEqualTo(DateValue.parse("2023-05-31"));
    var none = new StoryDraft(StoryKind.TEASER, null, List.of(), null, null, null);
    String paragraph = SeedLines.line(SeedLines.of("001"), "Cuban Minister Alberto thanked").text();
    assertThat(dates.ofStory(none, paragraph, related, null)).isEqualTo(PublicationDate.UNKNOWN);
    var main = new StoryDraft(StoryKind.MAIN, null, List.of(), null, null, null);
    assertThat(dates.ofStory(main, paragraph, related, null)).isEqualTo(related);
  }

  @Test
  void aDatelinesDayTakesItsYearFromThePage() {
    var doc = SeedLines.doc("001");
    PublicationDate related = new PublicationDate(DateValue.parse("2023-06-01"), DateBasis.RELATED_LIST, 0.6);
    PublicationDate p = dates.fromDateline(DateValue.ofMonthDay(5, 30), related, doc);
    assertThat(p.date()).isEqualTo(DateValue.parse("2023-05-30"));
    assertThat(p.basis()).isEqualTo(DateBasis.DATELINE);
  }
}
