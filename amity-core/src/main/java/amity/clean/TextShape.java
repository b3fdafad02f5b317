package amity.clean;

import amity.text.Scripts;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a line, read from its length and how it ends: a headline is short and not closed
 * like a sentence, prose is closed like one and long enough to be one. Han characters count two a
 * word. Stateless.
 */
final class TextShape {
  private static final String TERMINALS = ".!?。！？…\"”»’')）";
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?=\\s|$|[\"”»’)）])");

  private TextShape() {}

  /** Short, and not closed like a sentence (a question or a quote may close a headline). */
  static boolean isHeadlineLike(String s) {
    if (s.length() > 220) return false;
    char last = lastVisible(s);
    if (isTerminal(last) && last != '?' && last != '"' && last != '”') return false;
    int han = hanCount(s);
    return han > 0 ? han <= 60 : wordCount(s) <= 30;
  }

  /** Closed like a sentence and long enough to be one, or very long. */
  static boolean isProse(String s) {
    if (!isTerminal(lastVisible(s))) return s.length() > 240;
    int han = hanCount(s);
    return han > 0 ? han >= 15 : wordCount(s) >= 8;
  }

  /** {@return the number of words, counting two Han characters as one} */
  static int words(String s) {
    int han = hanCount(s);
    if (han > 0) return Math.max(1, han / 2);
    return wordCount(s);
  }

  /** {@return the number of sentence ends, at least 1} */
  static int sentenceCount(String s) {
    Matcher m = SENTENCE_END.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return Math.max(1, n);
  }

  private static boolean isTerminal(char c) {
    return TERMINALS.indexOf(c) >= 0;
  }

  /** {@return the last character that is not white space, or a space when there is none} */
  private static char lastVisible(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) return s.charAt(i);
    }
    return ' ';
  }

  /** {@return the number of runs of non-space characters} */
  private static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = isWhitespace(s.charAt(i));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  /**
   * {@link Character#isWhitespace(char)}, answered without a lookup for the characters below U+1680
   * (the first white space past ASCII): the cleaner counts the words of every line several times,
   * and the lookup of a Vietnamese letter's properties was most of that.
   */
  static boolean isWhitespace(char c) {
    if (c <= ' ') return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C';
    return c >= '\u1680' && Character.isWhitespace(c);
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Scripts.isHan(s.charAt(i))) n++;
    return n;
  }
}
