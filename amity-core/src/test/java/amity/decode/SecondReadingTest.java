package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SecondReadingTest {
  /** A short news article written here, five paragraphs of prose (ConditionalCleanTest reads it too). */
  static final List<String> ARTICLE = List.of(
      "The council voted on Tuesday to rebuild the old river bridge, which has been closed to lorries since the spring floods damaged two of its piers, and work is due to start in March.",
      "Engineers told the meeting that the new bridge, a steel arch, would carry two lanes of traffic and a wide path for cyclists, and that it should last for at least a hundred years.",
      "Residents of the east bank, who have driven a long way round for six months, welcomed the vote, although some said the town should have acted much sooner after the floods.",
      "The mayor said the cost, about twelve million, would be shared between the town, the county and a national fund for roads, and that no local tax would rise to pay for it.",
      "A temporary footbridge will stay open while the work goes on, the council said, and buses will keep using the ferry road until the new bridge opens in the autumn of next year.");
  private static final List<String> READERS_SAY = List.of(
      "Alice from Leeds: I read this paper every morning and it keeps me informed about my town.",
      "Bob, a teacher: Clear, fair and always on time, the best local news I know of anywhere.",
      "Carol: The weekend edition is my favourite, with long reads and good photographs of the valley.",
      "Dan: I have been a subscriber for twenty years and I would not read anything else now.");

  /** An article whose container also holds a block of readers' quotes, prose that amity's reader keeps. */
  private static final String PAGE =
      "<html><head><title>Council votes to rebuild the river bridge</title></head><body>\n"
          + "<div class=\"wrap\"><h1>Council votes to rebuild the river bridge</h1>\n"
          + "<div class=\"date\">12 January 2025</div>\n"
          + "<div class=\"article-body\">" + ARTICLE.stream().map(p -> "<p>" + p + "</p>\n").collect(Collectors.joining()) + "</div>\n"
          + "<div class=\"extra\"><h3>What our readers say</h3>"
          + READERS_SAY.stream().map(p -> "<div class=\"quote\"><p>" + p + "</p></div>\n").collect(Collectors.joining()) + "</div></div>\n"
          + "</body></html>";

  private static String decode(boolean secondReading) throws DecodeException {
    return (secondReading ? TextDecoder.withSecondReader() : new TextDecoder())
        .decode(new RawDocument("p.html", PAGE.getBytes(StandardCharsets.UTF_8), SourceMeta.html()))
        .text();
  }

  @Test
  void readabilityLeavesOutTheQuotesAmityKeepsAndTheHeadlineAndDateStay() throws Exception {
    // amity's own reading now finds the article body again inside its container and leaves the
    // quotes out as well (HtmlText's second selection); the second reader still reads it so.
    assertThat(decode(false)).contains(ARTICLE.get(4)).doesNotContain("Alice from Leeds");
    String text = decode(true);
    assertThat(text).startsWith("Council votes to rebuild the river bridge\n\n12 January 2025\n\nThe council voted on Tuesday");
    assertThat(text).contains(ARTICLE.get(4)).doesNotContain("readers say", "Alice", "subscriber");
  }

  @Test
  void readabilityReadsAmitysArticleOnItsOwnAndItsReadingIsRenderedAsLines() {
    org.jsoup.nodes.Element wrap = org.jsoup.Jsoup.parse(PAGE).selectFirst("div.wrap");
    String before = wrap.outerHtml();
    assertThat(SecondReading.read(List.of(wrap))).isEqualTo(String.join("\n\n", ARTICLE));
    assertThat(wrap.outerHtml()).as("the article read on copies").isEqualTo(before);
  }

  @Test
  void theSecondReadingIsTakenOnlyWhenItIsMostButNotAllOfAmitysWords() {
    String article = String.join("\n\n", ARTICLE);
    String withQuotes = article + "\n\n" + String.join("\n\n", READERS_SAY);
    assertThat(SecondReading.prefer(withQuotes, article)).as("the quotes left out").isTrue();
    assertThat(SecondReading.prefer(article, article)).as("nothing left out").isFalse();
    assertThat(SecondReading.prefer(withQuotes, ARTICLE.get(0) + "\n\n" + ARTICLE.get(1))).as("a part of the article").isFalse();
    assertThat(SecondReading.prefer(withQuotes.replace(ARTICLE.get(4), ""), article)).as("text amity did not read").isFalse();
    String short1 = ARTICLE.get(0) + " " + ARTICLE.get(1);
    assertThat(SecondReading.prefer(short1 + " " + READERS_SAY.get(0), short1)).as("under 100 words").isFalse();
  }

  @Test
  void wordsAreCountedAsTheBenchmarkCountsThemAndHanCharactersOneByOne() {
    assertThat(SecondReading.counts("Hà Nội, hà nội; 河内市 x_1")).containsOnly(
        java.util.Map.entry("hà", 2), java.util.Map.entry("nội", 2), java.util.Map.entry("河", 1),
        java.util.Map.entry("内", 1), java.util.Map.entry("市", 1), java.util.Map.entry("x_1", 1));
  }

  @Test
  void combineKeepsTheLinesJustAboveTheArticleAndPutsTheHeadlineFirst() {
    // A menu of 40 words above: more than MOST_ABOVE with what stands under it.
    String menu = "Home " + "Section ".repeat(39).strip();
    String ours = menu + "\n\nHeadline\n\nBy An Nguyen, 12 January 2025\n\nFirst paragraph.\n\nQuotes.";
    assertThat(SecondReading.combine(ours, "First paragraph.", "Headline"))
        .isEqualTo("Headline\n\nBy An Nguyen, 12 January 2025\n\nFirst paragraph.");
    assertThat(SecondReading.combine("Other text.", "First paragraph.", "Headline")).isEqualTo("Headline\n\nFirst paragraph.");
    assertThat(SecondReading.combine("Other text.", "First paragraph.", "")).isEqualTo("First paragraph.");
  }
}
