package amity.ner.internal;

/** Word shapes and character classes. Stateless and thread-safe. */
public final class Shapes {
  private Shapes() {}

  /** {@return the class letter of a character: X upper, x lower, d digit, or the character} */
  public static char cls(char c) {
    if (Character.isUpperCase(c) || Character.isTitleCase(c)) return 'X';
    if (Character.isLetter(c)) return 'x';
    if (Character.isDigit(c)) return 'd';
    if (Character.getType(c) == Character.NON_SPACING_MARK) return 'x';
    return c;
  }

  /** {@return the hash of the shape of {@code s} with runs capped at {@code maxRun} characters} */
  public static int shapeHash(String s, int maxRun) {
    int h = Hash.empty();
    char prev = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = cls(s.charAt(i));
      run = c == prev ? run + 1 : 1;
      prev = c;
      if (run <= maxRun) h = Hash.step(h, c);
    }
    return h;
  }

  /** {@return the shape of {@code s} with runs capped at {@code maxRun} characters} */
  public static String shape(String s, int maxRun) {
    StringBuilder b = new StringBuilder();
    char prev = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = cls(s.charAt(i));
      run = c == prev ? run + 1 : 1;
      prev = c;
      if (run <= maxRun) b.append(c);
    }
    return b.toString();
  }

  /** {@return {@code s} lower-cased with every decimal digit replaced by 0} */
  public static String norm(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char d = Character.isDigit(c) ? '0' : Character.toLowerCase(c);
      if (d != c && b == null) b = new StringBuilder(s.length()).append(s, 0, i);
      if (b != null) b.append(d);
    }
    return b == null ? s : b.toString();
  }

  /** Capitalisation and content flags of a token, as a bit set. */
  public static int flags(String s) {
    boolean upperFirst = !s.isEmpty() && Character.isUpperCase(s.charAt(0));
    boolean anyLower = false;
    boolean anyUpper = false;
    boolean anyDigit = false;
    boolean anyLetter = false;
    boolean hyphen = false;
    boolean period = false;
    boolean upperInside = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        anyLetter = true;
        if (Character.isUpperCase(c)) {
          anyUpper = true;
          if (i > 0) upperInside = true;
        } else {
          anyLower = true;
        }
      } else if (Character.isDigit(c)) {
        anyDigit = true;
      } else if (c == '-') {
        hyphen = true;
      } else if (c == '.') {
        period = true;
      }
    }
    int f = 0;
    if (upperFirst) f |= 1;
    if (anyUpper && !anyLower) f |= 2;
    if (anyDigit) f |= 4;
    if (hyphen) f |= 8;
    if (period) f |= 16;
    if (upperInside && anyLower) f |= 32;
    if (!anyLetter && !anyDigit) f |= 64;
    return f;
  }
}
