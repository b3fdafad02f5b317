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

  private Fold() {}

  /** {@return the folded form of {@code c}} */
  public static char fold(char c) {
    return TABLE[c];
  }

  /** {@return {@code s} folded, with the same length} */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) out[i] = TABLE[s.charAt(i)];
    return new String(out);
  }

  /** {@return whether the two strings are equal once folded} */
  public static boolean same(CharSequence a, CharSequence b) {
    if (a.length() != b.length()) return false;
    for (int i = 0; i < a.length(); i++) {
      if (TABLE[a.charAt(i)] != TABLE[b.charAt(i)]) return false;
    }
    return true;
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
    // Fullwidth ASCII folds to ASCII so "ＡＳＥＡＮ" matches "ASEAN".
    for (int c = 0xFF01; c <= 0xFF5E; c++) {
      t[c] = Character.toLowerCase((char) (c - 0xFEE0));
    }
    return t;
  }
}
