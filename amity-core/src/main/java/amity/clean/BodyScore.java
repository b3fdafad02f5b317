package amity.clean;

import amity.model.Page;
import amity.model.Story;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the body text a cleaner kept against the body a person marked, token by token: a token
 * is a run of letters and digits in a spaced script, or one Han character. Punctuation and
 * spacing do not count, so a paragraph cut into lines differently still scores the same.
 *
 * <p>A story's body here is its dateline and its text (the dateline opens the first paragraph on
 * the page); headlines, captions, sign-offs and related lists are not body. Stateless.
 *
 * <pre>{@code
 * BodyScore.Counts c = BodyScore.score(cleaner.clean(doc), goldLines);
 * c.precision(); c.recall();
 * }</pre>
 */
public final class BodyScore {
  private BodyScore() {}

  /**
   * Token counts of one page or of many added up.
   *
   * @param shared tokens both in the kept body and in the gold body (as a multiset)
   * @param system tokens in the kept body
   * @param gold tokens in the gold body
   */
  public record Counts(long shared, long system, long gold) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(shared + o.shared, system + o.system, gold + o.gold);
    }

    /** {@return shared / system; 1 when nothing was kept} */
    public double precision() {
      return system == 0 ? 1 : (double) shared / system;
    }

    /** {@return shared / gold; 1 when there is nothing to keep} */
    public double recall() {
      return gold == 0 ? 1 : (double) shared / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** {@return the counts for a cleaned page against the gold body lines} */
  public static Counts score(Page page, List<String> goldLines) {
    return compare(bodyOf(page), String.join("\n", goldLines));
  }

  /** {@return the body text the cleaner kept: each story's dateline and text} */
  public static String bodyOf(Page page) {
    StringBuilder b = new StringBuilder();
    String doc = page.document().text();
    for (Story s : page.stories()) {
      if (s.dateline() != null) b.append(s.dateline().span().of(doc)).append(' ');
      b.append(s.text()).append('\n');
    }
    return b.toString();
  }

  /** {@return the counts of {@code system} text against {@code gold} text} */
  public static Counts compare(String system, String gold) {
    return overlap(tokens(system), tokens(gold));
  }

  /** {@return the counts of {@code system} tokens against {@code gold} tokens, each gold token matched once} */
  public static Counts overlap(List<String> system, List<String> gold) {
    Map<String, Integer> g = new HashMap<>();
    for (String t : gold) g.merge(t, 1, Integer::sum);
    long shared = 0;
    for (String t : system) {
      Integer n = g.get(t);
      if (n != null && n > 0) {
        shared++;
        g.put(t, n - 1);
      }
    }
    return new Counts(shared, system.size(), gold.size());
  }

  /** {@return the tokens of {@code s}, lower case} */
  static List<String> tokens(CharSequence s) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = Character.codePointAt(s, i);
      i += Character.charCount(c);
      if (Scripts.isUnspacedScript(c) && Character.isLetter(c)) {
        flush(word, out);
        out.add(new String(Character.toChars(c)));
      } else if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        word.appendCodePoint(c);
      } else {
        flush(word, out);
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString().toLowerCase(Locale.ROOT));
      word.setLength(0);
    }
  }
}
