package amity.mention;

import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The segmenter's tokens of a sentence as the title patterns read them: a name's word keeps its
 * inner apostrophes, hyphens and dots ("Díaz-Canel", "People's", "U.S."), which ICU cuts at, and a
 * Vietnamese word the segmenter joined ("Thủ tướng") is read a syllable at a time, since name rules
 * count and capitalise syllables.
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

  static List<Tok> of(Sentence sentence) {
    List<Tok> pieces = new ArrayList<>();
    for (Token t : sentence.tokens()) addPieces(t, pieces);
    List<Tok> out = new ArrayList<>(pieces.size());
    for (int i = 0; i < pieces.size(); i++) {
      Tok piece = pieces.get(i);
      Tok last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && touches(last, piece) && endsInWord(last)) {
        if (isWordChar(piece.text().charAt(0))) {
          out.set(out.size() - 1, join(last, piece));
          continue;
        }
        Tok after = i + 1 < pieces.size() ? pieces.get(i + 1) : null;
        if (isInnerMark(piece) && after != null && touches(piece, after)
            && isWordChar(after.text().charAt(0))) {
          out.set(out.size() - 1, join(join(last, piece), after));
          i++;
          continue;
        }
      }
      out.add(piece);
    }
    return out;
  }

  /** A token cut at its spaces (a joined Vietnamese word), at marks inside numbers, and a mark at a time. */
  private static void addPieces(Token t, List<Tok> into) {
    String w = t.text();
    int base = t.span().start();
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int s = i;
      if (isWordChar(c)) {
        // ICU keeps "1,000" whole; the patterns want its parts, as they want "U.S" whole.
        i++;
        while (i < w.length()) {
          char d = w.charAt(i);
          if (isWordChar(d)) {
            i++;
          } else if (isInnerMark(d) && i + 1 < w.length() && isWordChar(w.charAt(i + 1))) {
            i += 2;
          } else {
            break;
          }
        }
      } else {
        i++;
      }
      into.add(new Tok(new Span(base + s, base + i), w.substring(s, i)));
    }
  }

  private static boolean touches(Tok a, Tok b) {
    return a.span().end() == b.span().start();
  }

  private static boolean endsInWord(Tok t) {
    return isWordChar(t.text().charAt(t.text().length() - 1));
  }

  private static boolean isInnerMark(Tok t) {
    return t.text().length() == 1 && isInnerMark(t.text().charAt(0));
  }

  private static boolean isInnerMark(char d) {
    return d == '\'' || d == '’' || d == '-' || d == '‐' || d == '.';
  }

  private static Tok join(Tok a, Tok b) {
    return new Tok(new Span(a.span().start(), b.span().end()), a.text() + b.text());
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
