package amity.text;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds text for matching: lower case, no diacritics, one hyphen and one middle dot, one
 * character out for each character in, so offsets in folded text are offsets in the original.
 *
 * <p>"Việt Nam" and "Viet Nam" fold alike, as do "hoà" and "hòa" and "Hérnandez" and
 * "Hernández". Thread-safe.
 */
public final class Fold {
  private static final char[] TABLE = buildTable();
  private static final char[] LOWER = buildLower();
  // Vietnamese writes a tone either on the first or the second vowel of "oa", "oe", "uy" at a
  // syllable's end ("hoà" and "hòa"); each pair is rewritten to one form of the same length.
  private static final String TONED_O = "òóỏõọÒÓỎÕỌ";
  private static final String TONED_U = "ùúủũụÙÚỦŨỤ";
  private static final String TONED_A = "àáảãạ";
  private static final String TONED_E = "èéẻẽẹ";
  private static final String TONED_Y = "ỳýỷỹỵ";
  /** The chars of {@link #TONED_O} and {@link #TONED_U}, looked up rather than searched for at every char. */
  private static final boolean[] MOVABLE = new boolean[Character.MAX_VALUE + 1];

  static {
    for (char c : (TONED_O + TONED_U).toCharArray()) MOVABLE[c] = true;
  }

  private Fold() {}

  /** {@return the folded form of {@code c}} */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** {@return {@code s} folded, with the same length} */
  public static String fold(CharSequence s) {
    char[] out = chars(s);
    for (int i = 0; i < out.length; i++) out[i] = TABLE[out[i]];
    return new String(out);
  }

  /** {@return the chars of {@link #fold(CharSequence)} of the text whose chars are {@code chars}, in a new array} */
  public static char[] fold(char[] chars) {
    char[] out = new char[chars.length];
    for (int i = 0; i < out.length; i++) out[i] = TABLE[chars[i]];
    return out;
  }

  /** {@return the chars of {@link #lowerKeepMarks(CharSequence)} of the text whose chars are {@code chars}, in a new array} */
  public static char[] lowerKeepMarks(char[] chars) {
    char[] out = new char[chars.length];
    for (int i = 0; i < out.length; i++) out[i] = LOWER[chars[i]];
    placeTones(out);
    return out;
  }

  /** {@return {@code c} in lower case, with hyphens, dots and quotes unified; diacritics kept} */
  public static char lower(char c) {
    return LOWER[c];
  }

  /**
   * {@return {@code s} in lower case with Vietnamese tone marks placed one way, same length}
   * Tones distinguish words in Vietnamese ("mời" invite, "mỗi" each), so phrase lists of
   * function words and triggers match on this form rather than on {@link #fold(CharSequence)}.
   */
  public static String lowerKeepMarks(CharSequence s) {
    char[] out = chars(s);
    for (int i = 0; i < out.length; i++) out[i] = LOWER[out[i]];
    placeTones(out);
    return new String(out);
  }

  /**
   * {@return {@code s} with Vietnamese tone marks placed one way, case and length kept} The old
   * and the new spelling put the tone of an open "oa", "oe" or "uy" on different vowels ("hòa"
   * and "hoà", "thủy" and "thuỷ"); both come out as the new one ("hoà", "thuỷ"), so that a
   * pattern written one way matches a page written the other. Other letters are untouched.
   */
  public static String placeTones(CharSequence s) {
    char[] out = chars(s);
    placeTones(out);
    return new String(out);
  }

  /** {@return the chars of {@code s}, a string's copied at once rather than a charAt call each} */
  private static char[] chars(CharSequence s) {
    if (s instanceof String str) return str.toCharArray();
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) out[i] = s.charAt(i);
    return out;
  }

  private static void placeTones(char[] out) {
    for (int i = 0; i + 1 < out.length; i++) {
      // Only a toned o or u is moved; every one of them is above U+00BF.
      if (out[i] < '\u00C0' || !MOVABLE[out[i]]) continue;
      boolean syllableEnd = i + 2 >= out.length || !Character.isLetter(out[i + 2]);
      if (!syllableEnd) continue;
      char next = out[i + 1];
      boolean upperNext = Character.isUpperCase(next);
      char nextLower = Character.toLowerCase(next);
      int o = TONED_O.indexOf(out[i]);
      if (o >= 0 && (nextLower == 'a' || nextLower == 'e')) {
        int tone = o % 5;
        out[i] = o >= 5 ? 'O' : 'o';
        char toned = (nextLower == 'a' ? TONED_A : TONED_E).charAt(tone);
        out[i + 1] = upperNext ? Character.toUpperCase(toned) : toned;
        continue;
      }
      int u = TONED_U.indexOf(out[i]);
      if (u >= 0 && nextLower == 'y') {
        out[i] = u >= 5 ? 'U' : 'u';
        char toned = TONED_Y.charAt(u % 5);
        out[i + 1] = upperNext ? Character.toUpperCase(toned) : toned;
      }
    }
  }

  /** {@return whether the two strings are equal once folded} */
  public static boolean same(CharSequence a, CharSequence b) {
    if (a.length() != b.length()) return false;
    for (int i = 0; i < a.length(); i++) {
      if (TABLE[a.charAt(i)] != TABLE[b.charAt(i)]) return false;
    }
    return true;
  }

  private static char[] buildLower() {
    char[] t = new char[65536];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      t[c] = Character.isSurrogate(ch) ? ch : Character.toLowerCase(ch);
    }
    unifyPunctuation(t);
    return t;
  }

  private static void unifyPunctuation(char[] t) {
    for (char h : new char[] {'\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFF0D'}) {
      t[h] = '-';
    }
    for (char d : new char[] {'\u30FB', '\u2022', '\u2027', '\uFF65', '\u0387', '\u2219'}) {
      t[d] = '\u00B7';
    }
    t['\u2019'] = '\'';
    t['\u2018'] = '\'';
    t['\u00A0'] = ' ';
    t['\u3000'] = ' ';
  }

  private static char[] buildTable() {
    Normalizer2 nfd = Normalizer2.getNFDInstance();
    char[] t = new char[65536];
    for (int c = 0; c < t.length; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch)) {
        t[c] = ch;
        continue;
      }
      String d = nfd.normalize(String.valueOf(ch));
      char base = d.isEmpty() ? ch : d.charAt(0);
      t[c] = Character.toLowerCase(base);
    }
    t['Đ'] = 'd';
    t['đ'] = 'd';
    t['Ð'] = 'd';
    t['Ø'] = 'o';
    t['ø'] = 'o';
    t['Ł'] = 'l';
    t['ł'] = 'l';
    t['ß'] = 's';
    unifyPunctuation(t);
    // Fullwidth ASCII folds to ASCII so "ＡＳＥＡＮ" matches "ASEAN".
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      t[c] = Character.toLowerCase((char) (c - 0xFEE0));
    }
    return t;
  }
}
