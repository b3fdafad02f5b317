package amity.cli;

import amity.clean.BodyScore;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity eval clean DIR}: body-text precision and recall of the cleaner per language, on a
 * dev set of pages with {@code .gold} files (see {@code amity-core/src/test/resources/amity/clean-dev}).
 */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Score the page cleaner on a dev set: every page X with X.gold beside it (and seeds.gold rows).",
      "Body text is scored token by token (words; one token a Han character), summed over the pages",
      "of a language: precision = shared / kept, recall = shared / marked. Also: pages split into the",
      "marked number of stories, and publication dates found at the marked precision.",
      "A folder laid out as WCXB (ground-truth/ID.json beside html/ID.html.gz) is scored as the",
      "benchmark's evaluate.py scores it: mean per-page word F1, precision and recall, by page type;",
      "with/without snippets; title and publication-date accuracy."
    })
final class EvalCleanCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The dev-set folder.")
  Path dir;

  @Option(names = "--seeds", paramLabel = "DIR", description = "The shared seed pages (default: ../shared/seeds found from here).")
  Path seeds;

  @Option(names = "--json", description = "One JSON object: per language and overall, and per page.")
  boolean json;

  @Option(names = "--pages", description = "Also print each page's scores.")
  boolean pages;

  @Option(names = "--details", description = "WCXB: also list the pages that score worst, with what went wrong.")
  boolean details;

  @Option(names = "--worst", defaultValue = "40", paramLabel = "N", description = "WCXB: how many pages --details lists (default ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--results", paramLabel = "FILE", description = "WCXB: also write {id: text} as JSON, the input of evaluate.py --results.")
  Path results;

  @Option(names = "--half", paramLabel = "even|odd", description = "WCXB: score only the pages whose numeric id is even (the half to tune on) or odd (the half to check on).")
  String half;

  @Option(names = "--second-reader", description = "WCXB: also read each page with Readability (readability4j) and take its text where amity's held more than the article (slower).")
  boolean secondReader;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) throw new IllegalArgumentException(dir + ": not a folder");
    if (WcxbEvaluation.isWcxb(dir)) return new WcxbReport(json, details, worst, results).print(new WcxbEvaluation(secondReader).run(dir, 1, half));
    Path s = seeds != null ? seeds : CleanEvaluation.findSeeds().orElse(null);
    List<String> notes = new ArrayList<>();
    List<CleanEvaluation.PageResult> results = new CleanEvaluation().run(dir, s, notes::add);
    notes.forEach(n -> System.err.println("amity: " + n));
    Map<String, List<CleanEvaluation.PageResult>> byLang = CleanEvaluation.byLanguage(results);
    if (json) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("unit", "token");
      ObjectNode langs = o.putObject("languages");
      byLang.forEach((lang, rs) -> summary(langs.putObject(lang), rs));
      summary(o.putObject("all"), results);
      var arr = o.putArray("pages");
      for (CleanEvaluation.PageResult r : results) {
        ObjectNode p = arr.addObject();
        p.put("file", r.file()).put("lang", r.lang());
        p.put("precision", round(r.counts().precision())).put("recall", round(r.counts().recall()));
        p.put("stories_expected", r.storiesExpected()).put("stories_found", r.storiesFound());
        p.put("published_expected", r.publishedExpected()).put("published_found", r.publishedFound());
      }
      System.out.println(Json.write(o));
      return 0;
    }
    if (pages) {
      for (CleanEvaluation.PageResult r : results) {
        System.out.printf("%-46s %-2s P %.3f R %.3f  stories %d/%d  date %s/%s%n", r.file(), r.lang(),
            r.counts().precision(), r.counts().recall(), r.storiesFound(), r.storiesExpected(),
            r.publishedFound(), r.publishedExpected());
      }
      System.out.println();
    }
    System.out.printf("%-5s %5s %9s %7s %6s %9s %7s%n", "lang", "pages", "precision", "recall", "F1", "stories", "dates");
    byLang.forEach((lang, rs) -> line(lang, rs));
    line("all", results);
    System.out.println("(token-level body text; stories: pages split into the marked number; dates: publication dates found at the marked precision)");
    return 0;
  }

  private static void line(String lang, List<CleanEvaluation.PageResult> rs) {
    BodyScore.Counts c = total(rs);
    long stories = rs.stream().filter(CleanEvaluation.PageResult::storiesRight).count();
    long dated = rs.stream().filter(r -> r.publishedExpected() != null).count();
    long right = rs.stream().filter(CleanEvaluation.PageResult::dateRight).count();
    System.out.printf("%-5s %5d %9.3f %7.3f %6.3f %5d/%-3d %3d/%-3d%n", lang, rs.size(), c.precision(), c.recall(), c.f1(),
        stories, rs.size(), right, dated);
  }

  private static void summary(ObjectNode o, List<CleanEvaluation.PageResult> rs) {
    BodyScore.Counts c = total(rs);
    o.put("pages", rs.size());
    o.put("precision", round(c.precision()));
    o.put("recall", round(c.recall()));
    o.put("f1", round(c.f1()));
    o.put("stories_right", rs.stream().filter(CleanEvaluation.PageResult::storiesRight).count());
    o.put("dates_gold", rs.stream().filter(r -> r.publishedExpected() != null).count());
    o.put("dates_right", rs.stream().filter(CleanEvaluation.PageResult::dateRight).count());
  }

  private static BodyScore.Counts total(List<CleanEvaluation.PageResult> rs) {
    return rs.stream().map(CleanEvaluation.PageResult::counts).reduce(BodyScore.Counts.ZERO, BodyScore.Counts::plus);
  }

  private static double round(double d) {
    return Math.round(d * 1000) / 1000.0;
  }
}
