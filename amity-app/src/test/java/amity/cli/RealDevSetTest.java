package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Floors on the real-text dev set ({@code amity/real-gold}: Reuters, EFE, Chinese and Vietnamese
 * news from {@code ../shared/data}, marked by {@code ../shared/EVENTS-GUIDE.md}), through the same
 * command a user runs. The tune half is the one rules are changed on; the check half is only
 * scored, and its floor guards against a change that helps tune pages at the cost of others.
 * Skipped when the corpora are not beside the project.
 */
class RealDevSetTest {
  private static final Path DATA = Path.of("../../shared/data");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode score(String split) throws Exception {
    assumeTrue(Files.isDirectory(DATA), "../shared/data is absent: skipped");
    Path gold = Path.of(RealDevSetTest.class.getResource("/amity/real-gold/events.jsonl").toURI());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream before = System.out;
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("eval", "events", "--gold", gold.toString(), "--data", DATA.toString(), "--split", split, "--json");
    } finally {
      System.setOut(before);
    }
    assertThat(exit).isZero();
    return JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  private static double f1(JsonNode group) {
    double p = group.get("matchedPredicted").asDouble() / Math.max(1, group.get("predicted").asInt());
    double r = group.get("matchedGold").asDouble() / Math.max(1, group.get("gold").asInt());
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  @Test
  void tuneHalf() throws Exception {
    JsonNode r = score("tune");
    // Measured 2026-12-06: F1 0.716 (P 0.882 R 0.603), dates 0.832, actors P/R 0.740/0.693; after
    // the rules of branch events19: F1 0.781 (P 0.895 R 0.692), dates 0.836, actors P/R 0.752/0.756.
    // The second batch (123 pages, 161 events, marked unseen and scored blind at F1 0.441) joined the
    // tune half the same day: F1 0.662 (P 0.838 R 0.547), dates 0.762, actors P/R 0.713/0.701,
    // merging P 0.654 (wrong merges on the new pages). After the rules of branch events19b (recall
    // on the new pages): F1 0.717 (P 0.844 R 0.623; en 0.746, es 0.652), dates 0.748, actors P/R
    // 0.726/0.699, merging P 0.690. After branches events19-es, -en and -multi and a third batch
    // (4 events, 14 negative pages): F1 0.735 (P 0.858 R 0.643; en 0.763, es 0.695, zh 0.674, vi
    // 0.827), dates 0.751, actors P/R 0.763/0.708, merging P 0.710. Fourth batches, each scored
    // blind before joining the tune half: Spanish (17 pages, 16 events, F1 0.000) and English (34
    // pages, 40 events, F1 0.459). Late that day, after branches events-en5, -es5, -zhvi3 and dates5:
    // F1 0.739 (P 0.861 R 0.647), dates 0.779, actors P/R 0.789/0.748, merging P 0.706. On
    // 2026-12-07, after branches ev-en6, -es6, -zhvi6 and -dates6: F1 0.756 (P 0.883 R 0.660), dates
    // 0.799, actors P/R 0.816/0.765, merging P 0.786. Late on 2026-12-07, after ev-enes8, -zhvi8,
    // -dates8 and kb19 (office holders of 1994-2001 and 2015-22): F1 0.761 (P 0.882 R 0.669), dates
    // 0.805, actors P/R 0.828/0.768, merging P 0.808. In the morning of 2026-12-07 (second session), after ev-enes9, -zhvi9, -dates9
    // and kb19c/d (people.jsonl 831 -> 1,805): F1 0.769 (P 0.886 R 0.679; en 0.768, es 0.735, zh
    // 0.792, vi 0.868), dates 0.811, actors P/R 0.830/0.771, merging P 0.815. With Lebed in the
    // knowledge base and the gold's two clusters of his 22 August agreement made one (see the gold's
    // README): F1 0.769 (P 0.890 R 0.677), dates 0.814, actors P/R 0.831/0.779, merging P 0.977.
    // On 2026-12-07 (third session), after kb19f/g (people.jsonl 1,901 -> 2,006, rebel leaders) and
    // ev-prec11 (home affairs, wrong links): F1 0.773 (P 0.894 R 0.682), dates 0.812, actors P/R
    // 0.841/0.784, merging P 0.976. In the fourth session of 2026-12-07 (visit days, the KB at 2,484
    // office holders, capitals before words of office): F1 0.775 (P 0.894 R 0.684), dates 0.828,
    // actors P/R 0.840/0.788, merging P 0.976. In the sixth session (ev-dates13, -actors13, -zhvi13,
    // -nominal14, kb19k): F1 0.787 (P 0.896 R 0.701; en 0.801, es 0.745, zh 0.784, vi 0.868), dates
    // 0.829, actors P/R 0.836/0.793, merging P 0.957. With the fifth batch (77 People's Daily events
    // on 60 pages, scored blind at F1 0.729) in the tune half: F1 0.779 (zh 0.752); after branch zhpd
    // (zh short forms, counted envoys, naval task groups, tours named before the visit word): F1 0.788
    // (P 0.899 R 0.701; en 0.801, es 0.745, zh 0.790, vi 0.868), dates 0.835, actors P/R 0.821/0.788.
    // With branches dates, vigen, story and zh2 (seventh session): F1 0.799 (P 0.901 R 0.717; en
    // 0.813, es 0.754, zh 0.805, vi 0.868), dates 0.841, actors P/R 0.828/0.793, merging P 0.957.
    // The sixth batch (the 78 other People's Daily pages, 17 events, scored blind at F1 0.091) in the
    // tune half: F1 0.783 (zh 0.744); after branch zh6 (之行 and 回访, summits and 举行会议, speaking in a
    // foreign place, welcomed visits and their hosts): F1 0.790 (P 0.894 R 0.708; en 0.813, es 0.754,
    // zh 0.773, vi 0.868), dates 0.849, actors P/R 0.831/0.795, merging P 0.957. With branches
    // dates2, enes2 (presence), agree2, actors2, lists2 (counted states) and presence2 (eighth
    // session): F1 0.808 (P 0.900 R 0.733; en 0.818, es 0.810, zh 0.773, vi 0.868), dates 0.857,
    // actors P/R 0.833/0.800. With branches zh7, actors3, vi3, dates3, en3 and es3 (ninth
    // session): F1 0.818 (P 0.901 R 0.749; en 0.827, es 0.822, zh 0.782, vi 0.883), dates 0.857,
    // actors P/R 0.857/0.806, merging P 0.959; with meet3 and agree3 after them: F1 0.826 (P 0.906
    // R 0.758; en 0.833, es 0.829, zh 0.794, vi 0.883), dates 0.857, actors P/R 0.856/0.805.
    // Branch dates4 (the lead's day for the next sentence, visits told as starting, Rifkind's two
    // reports of his Pakistan visit given the same_as their note asks for): dates 0.866, merging P
    // 0.957 R 0.372, detection and languages unchanged.
    assertThat(r.get("gold").asInt()).isEqualTo(562);
    assertThat(r.get("f1").asDouble()).as(r.toString()).isGreaterThan(0.822);
    assertThat(r.get("precision").asDouble()).as(r.toString()).isGreaterThan(0.89);
    // Branch actors2 (relative 'whom', delegation heads, Han state offices, attitude topics, lines cut
    // after a title): actors P/R 0.836/0.800, F1 and languages unchanged; merged with main (562
    // events): actors P/R 0.842/0.801 against main's 0.833/0.794, F1 0.795 and languages as main's.
    // Branch actors3 (state governments named as written, a country's officials and bare "rebels"
    // beside the party they repeat, visit hosts, the recogniser's bare "Gobierno", zh 代表): actors
    // P/R 0.852/0.805, F1, languages and dates unchanged.
    assertThat(r.get("actorRecall").asDouble()).as(r.toString()).isGreaterThan(0.80);
    assertThat(r.get("actorPrecision").asDouble()).as(r.toString()).isGreaterThan(0.845);
    assertThat(r.get("dateAccuracy").asDouble()).as(r.toString()).isGreaterThan(0.86);
    assertThat(r.get("mergePrecision").asDouble()).as(r.toString()).isGreaterThan(0.95);
    for (JsonNode lang : r.get("byLanguage")) assertThat(f1(lang)).as(lang.toString()).isGreaterThan(0.79);
  }

  @Test
  void checkHalf() throws Exception {
    JsonNode r = score("check");
    // Measured 2026-12-06: F1 0.578 (P 0.837 R 0.441), dates 0.556; that evening F1 0.598 (P 0.811
    // R 0.473), dates 0.595; late the same day F1 0.623 (P 0.820 R 0.502), dates 0.602;
    // on 2026-12-07 F1 0.635 (P 0.829 R 0.514), dates 0.603, then 0.642 (P 0.831 R 0.522), dates 0.594; late that day 0.657 (P 0.841 R 0.539), dates 0.606; in the next session 0.663 (P 0.843 R 0.547), dates 0.604; in the third 0.663 (P 0.853 R 0.543), dates 0.609; in the fourth the same; in the sixth 0.667 (P 0.854 R 0.547), dates 0.612; in the seventh 0.668 (P 0.849 R 0.551), dates 0.607 (one more zh event reported that is no gold event, after changes chosen on the tune half and the blind fifth batch: the precision floor follows it down, as the rules forbid choosing by this half); in the eighth 0.694 (P 0.856 R 0.584), dates 0.601. Far below the targets of
    // issue 19 (F1 0.80); the floor only keeps it from falling while the rules are changed.
    assertThat(r.get("gold").asInt()).isEqualTo(245);
    assertThat(r.get("f1").asDouble()).as(r.toString()).isGreaterThan(0.695);
    assertThat(r.get("precision").asDouble()).as(r.toString()).isGreaterThan(0.85);
    // Branch actors3 took visit hosts out of visits' actors, and with them the rival people that
    // kept one visitor's two visits apart: check merging P fell to 0.900 (9 of 10 pairs). Visits
    // with rival countries now stay apart in EventMerger, and the floor is back.
    assertThat(r.get("mergePrecision").asDouble()).as(r.toString()).isGreaterThan(0.95);
  }

  @Test
  void theCheckHalfIsNotTraced() throws Exception {
    Path gold = Path.of(RealDevSetTest.class.getResource("/amity/real-gold/events.jsonl").toURI());
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream before = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("eval", "events", "--gold", gold.toString(), "--data", DATA.toString(), "--split", "check", "--trace");
    } finally {
      System.setErr(before);
    }
    assertThat(exit).isNotZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--trace").contains("check half").doesNotContain("SENT ");
  }
}
