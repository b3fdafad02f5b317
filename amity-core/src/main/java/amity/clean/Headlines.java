package amity.clean;

import static amity.clean.TextShape.isHeadlineLike;
import static amity.clean.TextShape.isProse;
import static amity.clean.TextShape.words;

import amity.model.LineKind;
import amity.text.Fold;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the headline among the short lines above a story's first paragraph of prose, and marks
 * the short lines before it as section labels (kickers) and those after it as its subtitle.
 * Thread-safe and immutable.
 */
final class Headlines {
  /** Short lines under a headline beyond which they are a list, not its subtitle. */
  private static final int MAX_SUBTITLE_LINES = 4;

  private final Datelines datelines;

  Headlines(Datelines datelines) {
    this.datelines = datelines;
  }

  /**
   * The headline: among the short lines before the first paragraph of prose, the first that reads
   * as a headline (three words or more); the short lines before it are section labels and
   * breadcrumbs, those after it a subtitle, a place or a byline. Without prose, a short first line
   * followed by others is the headline. The lines are relabelled in {@code w}.
   *
   * @param text the text lines of the main part, in order
   * @return the headline as it was before it was relabelled, or null when there is none
   */
  @Nullable Line choose(WorkingLines w, List<Line> text, @Nullable String pageTitle) {
    int prose = -1;
    for (int i = 0; i < text.size(); i++) {
      if (isProse(text.get(i).text()) || datelines.of(text.get(i)).isPresent()) {
        prose = i;
        break;
      }
    }
    Line headline = null;
    if (prose > 0) {
      List<Line> head = text.subList(0, prose);
      // The line the page's own title names is the headline, whatever labels stand before it.
      headline = pageTitle == null ? null : head.stream().filter(l -> isTitle(l.text(), pageTitle)).findFirst().orElse(null);
      for (Line l : head) {
        if (headline != null) break;
        if (isHeadlineLike(l.text()) && words(l.text()) >= 3) {
          headline = l;
          break;
        }
      }
      if (headline == null && head.size() == 1 && isHeadlineLike(head.get(0).text())) headline = head.get(0);
      if (headline != null) {
        // A subtitle is a line or two; a run of short lines under the headline before any prose
        // is a list (a shop's grid, a table of specs, an index), which is the page's text.
        boolean list = head.size() - head.indexOf(headline) - 1 > MAX_SUBTITLE_LINES;
        boolean after = false;
        for (Line l : head) {
          if (l == headline) {
            after = true;
          } else if (!after) {
            w.set(l, LineKind.NAVIGATION, "kicker");
          } else if (!list) {
            w.set(l, LineKind.HEADLINE, "subtitle");
          }
        }
      }
    } else if (prose < 0 && text.size() > 1 && isHeadlineLike(text.get(0).text())) {
      headline = text.get(0);
    } else if (prose == 0 && text.size() > 1 && isHeadlineLike(text.get(0).text()) && text.get(0).text().length() <= 150
        && isProse(text.get(1).text()) && text.get(1).text().length() > text.get(0).text().length()) {
      // A headline that asks or quotes ("Vì sao … Nội Bài?", "… \"chết yểu\"") reads as a
      // sentence, but it is short and the paragraph after it is longer.
      headline = text.get(0);
    }
    if (headline != null) w.set(headline, LineKind.HEADLINE, "headline");
    return headline;
  }

  /** Whether a line is the page's title: the same words, or the title's opening words (three or more). */
  static boolean isTitle(String line, String pageTitle) {
    String l = Fold.fold(line.strip()).toLowerCase(Locale.ROOT);
    String t = Fold.fold(pageTitle.strip()).toLowerCase(Locale.ROOT);
    if (l.isEmpty()) return false;
    return l.equals(t) || words(line) >= 3 && (t.startsWith(l) || l.startsWith(t) && words(pageTitle) >= 3);
  }

  /** Whether the line is the page's title, alone or with the site's name beside it. */
  static boolean repeatsTitle(String line, @Nullable String pageTitle) {
    if (pageTitle == null) return false;
    String l = Fold.fold(line).strip();
    String t = Fold.fold(pageTitle).strip();
    return !t.isEmpty() && l.startsWith(t) && l.length() < 2 * t.length();
  }
}
