package amity.mention;

import amity.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits spaced-script text into words and punctuation for the title patterns: a word keeps its
 * inner apostrophes, hyphens and dots ("Díaz-Canel", "People's", "U.S.").
 */
final class Tokens {
  private Tokens() {}

  record Tok(Span span, String text) {
    boolean capitalized() {
      return Character.isUpperCase(text.codePointAt(0));
    }

    boolean isWord() {
      return Character.isLetterOrDigit(text.codePointAt(0));
    }
  }

  static List<Tok> of(String text, int from, int to) {
    List<Tok> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      if (isWordChar(c)) {
        i++;
        while (i < to) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if ((d == '\'' || d == '’' || d == '-' || d == '‐' || d == '.')
              && i + 1 < to
              && isWordChar(text.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i++;
      }
      out.add(new Tok(new Span(s, i), text.substring(s, i)));
    }
    return out;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
