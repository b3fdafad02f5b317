package amity.ner.internal;

import amity.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits at white space and peels punctuation off both ends of each piece, as the CoNLL corpora
 * are tokenised: {@code "Díaz-Canel,"} gives {@code Díaz-Canel} and {@code ,}; {@code U.S.}
 * keeps its final period. Optionally splits hyphens (Vietnamese syllables: {@code COVID - 19})
 * and the English possessive ({@code Germany 's}). Immutable and thread-safe.
 */
public final class WordTokenizer implements Tokenizer {
  private final boolean splitHyphens;
  private final boolean splitPossessive;

  /** Makes a tokenizer with the given options. */
  public WordTokenizer(boolean splitHyphens, boolean splitPossessive) {
    this.splitHyphens = splitHyphens;
    this.splitPossessive = splitPossessive;
  }

  @Override
  public List<Span> tokenize(String text) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) i++;
      int s = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) i++;
      if (i > s) piece(text, s, i, out);
    }
    return out;
  }

  private void piece(String t, int s, int e, List<Span> out) {
    List<Span> tail = new ArrayList<>();
    while (s < e && !isWordChar(t.charAt(s))) {
      int cp = t.codePointAt(s);
      out.add(new Span(s, s + Character.charCount(cp)));
      s += Character.charCount(cp);
    }
    while (e > s && !isWordChar(t.charAt(e - 1))) {
      if (t.charAt(e - 1) == '.' && keepsPeriod(t, s, e)) break;
      int len = Character.isLowSurrogate(t.charAt(e - 1)) && e - 2 >= s ? 2 : 1;
      tail.add(new Span(e - len, e));
      e -= len;
    }
    if (s < e && splitPossessive && e - s > 2) {
      char a = t.charAt(e - 2);
      char b = t.charAt(e - 1);
      if ((a == '\'' || a == '\u2019') && (b == 's' || b == 'S')) {
        tail.add(new Span(e - 2, e));
        e -= 2;
      }
    }
    if (s < e) {
      if (splitHyphens) {
        int start = s;
        for (int k = s; k < e; k++) {
          char c = t.charAt(k);
          if (c == '-' || c == '\u2013' || c == '\u2014' || c == '/') {
            if (k > start) out.add(new Span(start, k));
            out.add(new Span(k, k + 1));
            start = k + 1;
          }
        }
        if (e > start) out.add(new Span(start, e));
      } else {
        out.add(new Span(s, e));
      }
    }
    for (int k = tail.size() - 1; k >= 0; k--) out.add(tail.get(k));
  }

  private static boolean keepsPeriod(String t, int s, int e) {
    // "U.S." or "J." keep their period; "Hanoi." does not
    int len = e - s;
    if (len == 2 && Character.isLetter(t.charAt(s))) return true;
    for (int k = s; k < e - 1; k++) if (t.charAt(k) == '.') return true;
    return false;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
