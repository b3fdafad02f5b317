package amity.clean;

import amity.model.Document;
import amity.testkit.Docs;
import java.util.List;

/**
 * The seed pages (read from {@code ../shared/seeds}, never copied here) cut into classified lines
 * for the cleaner's steps, and a line found by a short fragment of its text.
 */
final class SeedLines {
  static final CleaningRules RULES = new CleaningRules(amity.lang.LanguagePacks.bundled());
  static final Datelines DATELINES = new Datelines(RULES);

  private SeedLines() {}

  /** {@return the seed whose file name starts with {@code prefix}, decoded} */
  static Document doc(String prefix) {
    return Docs.seed(prefix);
  }

  /** {@return the classified lines of the seed whose file name starts with {@code prefix}} */
  static List<Line> of(String prefix) {
    return new LineClassifier(RULES).lines(doc(prefix).text());
  }

  /** {@return the first line holding {@code fragment}} */
  static Line line(List<Line> lines, String fragment) {
    return lines.stream()
        .filter(l -> l.text().contains(fragment))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line holds " + fragment));
  }

  /** {@return the lines before the first related heading} */
  static List<Line> mainPart(List<Line> lines) {
    return lines.subList(0, tailStart(lines));
  }

  /** {@return the lines from the first related heading on} */
  static List<Line> tail(List<Line> lines) {
    return lines.subList(tailStart(lines), lines.size());
  }

  private static int tailStart(List<Line> lines) {
    for (Line l : lines) if (l.kind() == amity.model.LineKind.RELATED_HEADING) return l.index();
    return lines.size();
  }
}
