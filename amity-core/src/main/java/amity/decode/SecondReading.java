package amity.decode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A second reading of a page by readability4j (Arc90's Readability.js ported to Kotlin), and the
 * choice between it and amity's own, as trafilatura combines its readers: Readability's text is
 * taken when it reads as amity's without what amity let in around the article, that is when
 * nearly all its words are amity's words ({@link #SUBSET}) and it holds between {@link
 * #LEAST_SHARE} and {@link #MOST_SHARE} of them. Amity's reading then held a sidebar, a
 * testimonials block, an archive or a category list that Readability's scoring of the article's
 * container left out. Readability's text is never taken when it holds text amity did not read
 * (another container, a comment section) nor when it holds much less (a single section of a
 * longer article).
 *
 * <p>Readability reads amity's article (the container {@link MainContent} chose), not the whole
 * page, by {@link ReadabilityGrab}. Even so a page takes about 1.4 times as long as with amity's reader
 * alone, so this reading is opt-in ({@link TextDecoder#withSecondReader()}). Stateless and thread-safe.
 */
final class SecondReading {
  /** The share of Readability's words that amity's text must hold for Readability's to be taken. */
  static final double SUBSET = 0.95;
  /** The least share of amity's words Readability's text may hold: less is a part of the article. */
  static final double LEAST_SHARE = 0.6;
  /** The most share of amity's words Readability's text may hold: more leaves nothing out. */
  static final double MOST_SHARE = 0.95;

  /** The least words Readability's text must hold to be taken: a few lines of a shop's page are no article. */
  static final int LEAST_WORDS = 100;

  /** The most words kept above Readability's first line: a headline, a byline and a date line, not a menu. */
  static final int MOST_ABOVE = 40;

  /** The base URI of the page Readability reads: links are not read. */
  static final String BASE = "http://localhost/";
  /** Elements that hold no article text, removed before Readability walks the article. */
  static final String CUT_FIRST = "script, style, noscript, svg, iframe, template, nav, footer, aside, form, button, select";

  private SecondReading() {}

  /**
   * {@return the text to read when {@code theirs} is taken over {@code ours}: the lines of {@code
   * ours} just above Readability's first line, up to {@link #MOST_ABOVE} words (the byline and
   * date line that stand outside the article's container, where the cleaner finds the date), then
   * {@code theirs}; under {@code headline} when that does not open it already}
   */
  static String combine(String ours, String theirs, String headline) {
    String first = theirs.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    int at = first.isEmpty() ? -1 : ours.indexOf(first);
    String above = "";
    if (at > 0 && ours.charAt(at - 1) == '\n') {
      // The lines just above, up to MOST_ABOVE words: a date line and a byline, not a menu.
      String[] lines = ours.substring(0, at).split("\n", -1);
      int k = lines.length;
      int words = 0;
      while (k > 0 && words + total(counts(lines[k - 1])) <= MOST_ABOVE) words += total(counts(lines[--k]));
      above = String.join("\n", java.util.Arrays.asList(lines).subList(k, lines.length));
    }
    String text = above.strip().isEmpty() ? theirs : above.stripLeading() + theirs;
    return headline.isEmpty() || text.startsWith(headline) ? text : headline + "\n\n" + text;
  }

  /**
   * {@return the article's text as Readability reads the elements {@code parts} (amity's article)
   * on a page of their own, rendered as lines as amity renders its own article, or {@code null}
   * when Readability finds none or fails on them} The parts are copied, not changed.
   */
  static @Nullable String read(List<Element> parts) {
    try {
      Element content = new ReadabilityGrab().grab(parts);
      if (content == null) return null;
      String text = HtmlText.renderLines(content);
      return text.isBlank() ? null : text;
    } catch (RuntimeException | StackOverflowError e) {
      // A reader of someone else's making may fail on a page:
      // amity's own reading stands.
      return null;
    }
  }

  /** {@return whether {@code theirs} is to be taken over {@code ours}, by the rule of the class javadoc} */
  static boolean prefer(String ours, String theirs) {
    Map<String, Integer> a = counts(ours);
    Map<String, Integer> b = counts(theirs);
    int la = total(a);
    int lb = total(b);
    if (la == 0 || lb < LEAST_WORDS) return false;
    int common = 0;
    for (Map.Entry<String, Integer> e : b.entrySet()) common += Math.min(e.getValue(), a.getOrDefault(e.getKey(), 0));
    double share = (double) lb / la;
    return (double) common / lb >= SUBSET && share >= LEAST_SHARE && share <= MOST_SHARE;
  }

  /**
   * Words counted for the comparison: lower-cased runs of letters, digits and marks, each Han
   * character a word of its own (so that Chinese pages compare by characters, not by runs).
   */
  static Map<String, Integer> counts(String text) {
    Map<String, Integer> out = new HashMap<>();
    String s = text.toLowerCase(Locale.ROOT);
    int start = -1;
    for (int i = 0; i <= s.length(); ) {
      int c = i < s.length() ? s.codePointAt(i) : ' ';
      boolean ideograph = Character.isIdeographic(c);
      boolean word = !ideograph && (Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK);
      if (!word && start >= 0) {
        out.merge(s.substring(start, i), 1, Integer::sum);
        start = -1;
      }
      if (ideograph) out.merge(new String(Character.toChars(c)), 1, Integer::sum);
      else if (word && start < 0) start = i;
      i += i < s.length() ? Character.charCount(c) : 1;
    }
    return out;
  }

  private static int total(Map<String, Integer> counts) {
    int n = 0;
    for (int v : counts.values()) n += v;
    return n;
  }
}
