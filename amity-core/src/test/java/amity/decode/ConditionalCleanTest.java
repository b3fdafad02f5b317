package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConditionalCleanTest {
  private static final List<String> ARTICLE = SecondReadingTest.ARTICLE;

  /** Teaser cards inside the article's container: a linked title and a line of summary each. */
  private static final String CARDS =
      "<div class=\"explore\"><h3>Explore more</h3>"
          + "<div class=\"card\"><a href=\"/a\">New ferry timetable for the winter months</a><p>When the boats run.</p></div>"
          + "<div class=\"card\"><a href=\"/b\">Five walks along the river this weekend</a><p>Our pick of routes.</p></div>"
          + "<div class=\"card\"><a href=\"/c\">The history of the old bridge in pictures</a><p>Photos from the archive.</p></div>"
          + "</div>";

  private static final String PAGE =
      "<html><head><title>Council votes to rebuild the river bridge</title></head><body>\n"
          + "<div class=\"wrap\"><h1>Council votes to rebuild the river bridge</h1>\n"
          + ARTICLE.stream().map(p -> "<p>" + p + "</p>\n").collect(Collectors.joining())
          + CARDS + "</div></body></html>";

  @Test
  void blocksOfLinksWithFewCommasGo() {
    Element body = Jsoup.parse(PAGE).body();
    BlockStats stats = BlockStats.measure(body);
    Element cards = body.selectFirst(".explore");
    assertThat(ConditionalClean.removes(cards, stats)).isTrue();
    assertThat(ConditionalClean.blocks(List.of(body.selectFirst(".wrap")), stats)).containsExactly(cards);
  }

  @Test
  void proseWithSomeLinksStays() {
    String html = "<div class=\"x\"><p>The report, <a href=\"/r\">published by the council on Monday</a>, says the bridge was unsafe for lorries and buses, and that it had been so for at least a year before the floods.</p>"
        + "<p>It names the two piers that the floods damaged, and the <a href=\"/e\">engineers who inspected them</a> last spring, and what each of them found when they went down to the water to look at the stone.</p></div>";
    Element body = Jsoup.parse(html).body();
    assertThat(ConditionalClean.removes(body.selectFirst(".x"), BlockStats.measure(body))).isFalse();
  }

  @Test
  void aBlockNamedAsContentIsLeftToTheFurnitureChecks() {
    String html = "<div class=\"entry-links\"><a href=\"/t/bridges\">bridges</a> <a href=\"/t/council\">council</a></div>";
    Element body = Jsoup.parse(html).body();
    assertThat(ConditionalClean.removes(body.selectFirst(".entry-links"), BlockStats.measure(body))).isFalse();
  }

  @Test
  void theArticleIsReadWithoutTheTeaserCardsInItsContainer() {
    String text = HtmlText.render(PAGE).text();
    assertThat(text).contains(ARTICLE.get(0)).contains(ARTICLE.get(4));
    assertThat(text).doesNotContain("Explore more").doesNotContain("New ferry timetable");
  }
}
