package amity.clean;

import amity.model.DateValue;
import amity.model.LineKind;
import amity.model.Span;
import amity.time.MonthNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a page's text into lines and classifies each by the markers of {@code cleaning.tsv}: a
 * related heading, a related timestamp, a publication-date line, a byline, a sign-off, a caption or
 * navigation when a marker says so; everything else is text. Date lines and timestamps carry the
 * date they give.
 *
 * <pre>{@code
 * List<Line> lines = new LineClassifier(rules).lines(doc.text());
 * }</pre>
 *
 * <p>Thread-safe and immutable.
 */
final class LineClassifier {
  private final CleaningRules rules;
  private final MonthNames months;

  LineClassifier(CleaningRules rules) {
    this.months = rules.months();
    this.rules = rules;
  }

  /** {@return every line of {@code text}, blank ones included, classified} */
  List<Line> lines(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int block = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      // Trim spaces inside the span so that every span covers exactly the visible line.
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (s == e) block++;
      out.add(classify(out.size(), new Span(s, e), text.substring(s, e), block));
      if (nl < 0) break;
      start = nl + 1;
    }
    return List.copyOf(out);
  }

  /** {@return the line {@code text} at {@code span}, classified} */
  Line classify(int index, Span span, String text, int block) {
    String t = CleaningRules.normalize(text);
    if (text.isEmpty()) return new Line(index, span, text, t, block, LineKind.BLANK, "blank", null, null);
    // Read once for every kind of rule asked about it below: its fold and its chars are made once.
    Requirement.Text r = new Requirement.Text(t);
    Optional<Matcher> m;
    if (rules.matches("related_heading", r)) {
      return line(index, span, text, t, block, LineKind.RELATED_HEADING, "related-heading", null, null);
    } else if (rules.matches("end_heading", r)) {
      return line(index, span, text, t, block, LineKind.NAVIGATION, "end-heading", null, null);
    } else if ((m = rules.find("timestamp", r)).isPresent()) {
      Span title = null;
      String group = CleaningRules.group(m.get(), "title");
      if (group != null) {
        int at = m.get().start("title");
        title = new Span(span.start() + at, span.start() + at + group.strip().length());
      }
      return line(index, span, text, t, block, LineKind.RELATED, "timestamp", dateOf(m.get()), title);
    } else if (!TextShape.isProse(t) && (m = rules.find("pubdate", r)).isPresent()) {
      return line(index, span, text, t, block, LineKind.NAVIGATION, "pubdate", dateOf(m.get()), null);
    } else if (!TextShape.isProse(t) && rules.matches("byline", r)) {
      return line(index, span, text, t, block, LineKind.NAVIGATION, "byline", null, null);
    } else if (rules.matches("signoff", r)) {
      return line(index, span, text, t, block, LineKind.SIGNOFF, "signoff", null, null);
    } else if (rules.matches("caption", r)) {
      return line(index, span, text, t, block, LineKind.CAPTION, "caption", null, null);
    } else if (rules.matches("navigation", r)) {
      return line(index, span, text, t, block, LineKind.NAVIGATION, "navigation", null, null);
    }
    return line(index, span, text, t, block, LineKind.BODY, "text", null, null);
  }

  private static Line line(int index, Span span, String text, String norm, int block, LineKind kind, String reason,
      @Nullable DateValue date, @Nullable Span title) {
    return new Line(index, span, text, norm, block, kind, reason, date, title);
  }

  /** {@return the full date a marker's groups give (year, month by number or name, day), if possible} */
  private @Nullable DateValue dateOf(Matcher m) {
    try {
      int y = Integer.parseInt(m.group("y"));
      Integer mo = null;
      if (CleaningRules.hasGroup(m, "m") && m.group("m") != null) mo = Integer.valueOf(m.group("m"));
      if (mo == null && CleaningRules.hasGroup(m, "mon") && m.group("mon") != null) {
        mo = months.number(m.group("mon")).orElse(null);
      }
      if (mo == null) return null;
      int d = Integer.parseInt(m.group("d"));
      return DateValue.isPossible(y, mo, d) ? new DateValue(y, mo, d) : null;
    } catch (IllegalArgumentException e) {
      return null; // no such group, or not a number
    }
  }
}
