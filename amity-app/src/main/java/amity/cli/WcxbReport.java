package amity.cli;

import amity.cli.WcxbEvaluation.PageResult;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Prints what {@link WcxbEvaluation} found: overall, by page type, and the worst pages. */
record WcxbReport(boolean json, boolean details, int worst, @Nullable Path results) {
  /** The benchmark's order of page types. */
  private static final List<String> TYPES = List.of("article", "forum", "product", "collection", "listing", "documentation", "service");

  int print(List<PageResult> rs) throws IOException {
    if (results != null) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      rs.forEach(r -> o.put(r.truth().id(), r.predicted()));
      Files.writeString(results, Json.write(o));
    }
    Map<String, List<PageResult>> byType = new LinkedHashMap<>();
    for (String t : TYPES) byType.put(t, new ArrayList<>());
    for (PageResult r : rs) byType.computeIfAbsent(r.truth().type(), k -> new ArrayList<>()).add(r);
    byType.values().removeIf(List::isEmpty);
    List<PageResult> failed = rs.stream().filter(r -> r.error() != null).toList();
    long empty = rs.stream().filter(r -> r.predicted().isBlank()).count();
    if (json) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      summary(o.putObject("all"), rs);
      ObjectNode types = o.putObject("types");
      byType.forEach((t, list) -> summary(types.putObject(t), list));
      o.put("pages_without_text", empty);
      var errors = o.putArray("errors");
      failed.forEach(r -> errors.add(r.error()));
      if (details) {
        var arr = o.putArray("worst");
        for (PageResult r : worstFirst(rs)) {
          arr.addObject().put("id", r.truth().id()).put("type", r.truth().type()).put("f1", round(r.f1()))
              .put("precision", round(r.precision())).put("recall", round(r.recall())).put("stories", r.stories());
        }
      }
      System.out.println(Json.write(o));
      return 0;
    }
    failed.forEach(r -> System.err.println("amity: " + r.error()));
    System.out.printf("%-14s %5s %7s %7s %7s %7s %8s %7s %7s%n", "type", "pages", "F1", "P", "R", "with", "without", "title", "date");
    byType.forEach(this::line);
    line("all", rs);
    System.out.printf("(mean per-page word F1 as evaluate.py; with/without: snippets found, lower is better for without;%n"
        + " title: the page's title (its head's, else the first headline) has the truth's words; date: of the pages with a date; %d pages without text)%n", empty);
    if (details) {
      System.out.println();
      for (PageResult r : worstFirst(rs)) {
        System.out.printf("%s %-13s F1 %.3f P %.3f R %.3f  stories %d  %s%n", r.truth().id(), r.truth().type(), r.f1(),
            r.precision(), r.recall(), r.stories(), r.error() == null ? "" : r.error());
        if (!r.titleRight()) System.out.printf("     title %s | truth %s%n", r.title(), r.truth().title());
        if (r.truth().published() != null && !r.dateRight()) {
          System.out.printf("     date %s | truth %s%n", r.published(), r.truth().published());
        }
      }
    }
    return 0;
  }

  private List<PageResult> worstFirst(List<PageResult> rs) {
    return rs.stream().sorted(Comparator.comparingDouble(PageResult::f1)).limit(worst).toList();
  }

  private void line(String name, List<PageResult> rs) {
    int dated = (int) rs.stream().filter(r -> r.truth().published() != null).count();
    System.out.printf("%-14s %5d %7.3f %7.3f %7.3f %6.1f%% %7.1f%% %7.3f %7s%n", name, rs.size(),
        mean(rs, PageResult::f1), mean(rs, PageResult::precision), mean(rs, PageResult::recall),
        100 * mean(rs, PageResult::withRate), 100 * mean(rs, PageResult::withoutRate),
        (double) rs.stream().filter(PageResult::titleRight).count() / rs.size(),
        dated == 0 ? "-" : String.format("%.3f", (double) rs.stream().filter(PageResult::dateRight).count() / dated));
  }

  private static void summary(ObjectNode o, List<PageResult> rs) {
    o.put("pages", rs.size());
    o.put("f1", round(mean(rs, PageResult::f1)));
    o.put("precision", round(mean(rs, PageResult::precision)));
    o.put("recall", round(mean(rs, PageResult::recall)));
    o.put("with", round(mean(rs, PageResult::withRate)));
    o.put("without", round(mean(rs, PageResult::withoutRate)));
    o.put("titles_right", rs.stream().filter(PageResult::titleRight).count());
    o.put("dates_gold", rs.stream().filter(r -> r.truth().published() != null).count());
    o.put("dates_right", rs.stream().filter(PageResult::dateRight).count());
  }

  private static double mean(List<PageResult> rs, java.util.function.ToDoubleFunction<PageResult> f) {
    return rs.isEmpty() ? 0 : rs.stream().mapToDouble(f).sum() / rs.size();
  }

  private static double round(double d) {
    return Math.round(d * 10000) / 10000.0;
  }
}
