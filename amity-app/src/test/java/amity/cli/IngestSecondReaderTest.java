package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity ingest --second-reader}: the stored story is what Readability's reading leaves of amity's. */
class IngestSecondReaderTest {
  // A page written here: an article whose container also holds a block of readers' quotes, prose
  // that amity's first selection keeps and Readability leaves out (the article is 60-95% of amity's
  // words, so SecondReading takes Readability's reading).
  private static final List<String> ARTICLE = List.of(
      "The harbour board agreed on Monday to dredge the northern channel, which has silted up since the winter storms and now turns away the larger grain ships at low tide.",
      "Its engineers said the work would take about four months, would lower the channel by two metres along its whole length, and would be done mostly at night to spare the ferries.",
      "Shipping agents welcomed the decision, saying that three grain cargoes had gone to other ports this year alone, though some asked why the board had waited so long to act.",
      "The board's chairman said the cost would come from harbour dues and a regional fund, and that the fishing fleet would keep its own berths open throughout the dredging work.",
      "A survey boat will chart the channel again once the dredgers leave, the board said, and the new depths will be published for pilots before the first grain ship of the autumn arrives.");
  private static final List<String> READERS = List.of(
      "Eva from the coast: I read this paper with my coffee and it tells me everything about my town.",
      "Farid, a pilot: Careful, fair and always on time, the best harbour news I know of anywhere.",
      "Greta: The weekend pages are my favourite, with long stories and good pictures of the bay.",
      "Hugo: I have taken this paper for thirty years and I would not swap it for any other now.");
  private static final String PAGE =
      "<html><head><title>Harbour board to dredge the northern channel</title></head><body>\n"
          + "<div class=\"wrap\"><h1>Harbour board to dredge the northern channel</h1>\n"
          + "<div class=\"date\">3 February 2025</div>\n"
          + "<div class=\"article-body\">" + ARTICLE.stream().map(p -> "<p>" + p + "</p>\n").collect(Collectors.joining()) + "</div>\n"
          + "<div class=\"extra\"><h3>What our readers say</h3>"
          + READERS.stream().map(p -> "<div class=\"quote\"><p>" + p + "</p></div>\n").collect(Collectors.joining()) + "</div></div>\n"
          + "</body></html>";

  @TempDir Path tmp;

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream before = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      assertThat(Main.commandLine().execute(args)).as(String.join(" ", args)).isZero();
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private String storedText(String... readerOptions) throws Exception {
    Path page = tmp.resolve("harbour.html");
    Files.writeString(page, PAGE);
    String store = tmp.resolve("store" + readerOptions.length).toString();
    List<String> args = new java.util.ArrayList<>(List.of("ingest", "--json", "--store", store));
    args.addAll(List.of(readerOptions));
    args.add(page.toString());
    run(args.toArray(String[]::new));
    return run("stories", "--json", "--store", store);
  }

  @Test
  void theSecondReaderStoresTheArticleWithoutTheQuotesAmityAloneKeeps() throws Exception {
    String alone = storedText();
    // amity's own reading now finds the article body again inside its container and leaves the
    // quotes out too (HtmlText's second selection); the option still stores Readability's reading.
    assertThat(alone).contains(ARTICLE.get(4).substring(0, 60)).doesNotContain("Eva from the coast");
    String both = storedText("--second-reader");
    assertThat(both).contains(ARTICLE.get(0).substring(0, 60), ARTICLE.get(4).substring(0, 60)).doesNotContain("Eva", "Hugo", "readers say");
  }
}
