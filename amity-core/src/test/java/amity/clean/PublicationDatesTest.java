package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateBasis;
import amity.model.DateValue;
import amity.model.PublicationDate;
import amity.model.StoryKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  @Test
  void aDatelineThatNamesItsYearKeepsIt() {
    // "MONTGOMERY, Ala. 1996-08-22": the page's other evidence does not move a year the dateline names.
    var doc = SeedLines.doc("001");
    PublicationDate related = new PublicationDate(DateValue.parse("2023-06-01"), DateBasis.RELATED_LIST, 0.6);
    PublicationDate p = dates.fromDateline(DateValue.parse("1996-08-22"), related, doc);
    assertThat(p.date()).isEqualTo(DateValue.parse("1996-08-22"));
    assertThat(p.basis()).isEqualTo(DateBasis.DATELINE);
  }

  /** The plain way: TEXT_YEAR's regex with find() at every position. */
  private static List<Integer> plainYears(String text) {
    Matcher m = Pattern.compile("(?<![\\d.,/])(?<![-–]\\s?)(19[5-9]\\d|20\\d\\d)(?![\\d%])(?!\\s?\\d)").matcher(text);
    List<Integer> out = new ArrayList<>();
    while (m.find()) out.add(Integer.parseInt(m.group(1)));
    return out;
  }

  @Test
  void textYearsAreWhatFindFindsEverywhere() throws IOException {
    List<String> texts = new ArrayList<>(List.of("", "2019", "Năm 1995-2000, 2019. 12/2019, – 2020, - 2021, 2021%, 2019 5, abc2019def 20199 x2020",
        "1949 1950 2099 2100 ２０１９ 19 95", "12.2019 1,2019 (2018)"));
    for (String set : List.of("vi-news", "vi-news-world", "zh-news")) {
      Path dir = Path.of("../../shared/data/text").resolve(set);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) texts.add(Files.readString(f));
      }
    }
    int years = 0;
    for (String t : texts) {
      List<Integer> expected = plainYears(t);
      assertThat(PublicationDates.textYears(t)).as(t.substring(0, Math.min(80, t.length()))).isEqualTo(expected);
      years += expected.size();
    }
    assertThat(years).isGreaterThan(5);
  }
}
