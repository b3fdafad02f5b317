package amity.text;

/** Character classes that matchers need across languages. */
public final class Scripts {
  // The answers of isUnspacedScript and isWordChar for every char, worked out once: the script
  // table's binary search and the character properties cost more than the lookup per character.
  private static final boolean[] UNSPACED = new boolean[Character.MAX_VALUE + 1];
  private static final boolean[] WORD_CHAR = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      UNSPACED[c] = unspacedScript(c);
      WORD_CHAR[c] = (Character.isLetterOrDigit((char) c) && !UNSPACED[c]) || Character.getType((char) c) == Character.NON_SPACING_MARK;
    }
  }

  private Scripts() {}

  /** {@return whether {@code c} is a Han ideograph} */
  public static boolean isHan(int c) {
    // Han starts at U+2E80; the common case answers without the script table's binary search.
    return c >= 0x2E80 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }

  /** {@return whether {@code c} is a letter of a script written with spaces between words} */
  public static boolean isSpacedLetter(int c) {
    return Character.isLetter(c) && !isUnspacedScript(c);
  }

  /** {@return whether words in {@code c}'s script are written without spaces between them} */
  public static boolean isUnspacedScript(int c) {
    return c >= 0 && c <= Character.MAX_VALUE ? UNSPACED[c] : unspacedScript(c);
  }

  private static boolean unspacedScript(int c) {
    if (c < 0x0E00) return false; // Thai, the first of these scripts, starts at U+0E00
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.THAI
        || s == Character.UnicodeScript.LAO
        || s == Character.UnicodeScript.KHMER
        || s == Character.UnicodeScript.MYANMAR;
  }

  /**
   * {@return whether a match may start or end between positions {@code i-1} and {@code i}} For
   * spaced scripts a match must not cut a word; unspaced scripts allow any cut.
   */
  public static boolean isBoundary(CharSequence s, int i) {
    if (i <= 0 || i >= s.length()) return true;
    char a = s.charAt(i - 1);
    char b = s.charAt(i);
    return !(isWordChar(a) && isWordChar(b));
  }

  /** As {@link #isBoundary(CharSequence, int)}, on the chars of a text. */
  public static boolean isBoundary(char[] s, int i) {
    if (i <= 0 || i >= s.length) return true;
    return !(WORD_CHAR[s[i - 1]] && WORD_CHAR[s[i]]);
  }

  private static boolean isWordChar(char c) {
    return WORD_CHAR[c];
  }

  /** {@return whether the text at {@code i} starts with an upper-case letter} */
  public static boolean isCapitalized(CharSequence s, int i) {
    return i < s.length() && Character.isUpperCase(s.charAt(i));
  }
}
