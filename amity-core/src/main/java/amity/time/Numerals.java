package amity.time;

/**
 * Writes the numbers of dates as ASCII digits so that one set of patterns reads them all:
 * full-width digits ("７月３日"), and Chinese numerals before 年, 月, 日 or 号 ("五月十一日",
 * "二〇二五年"). The result keeps a map to the original offsets, since "二十六" is two digits.
 * Stateless.
 */
public final class Numerals {
  private static final String DIGITS = "〇零一二三四五六七八九";

  private Numerals() {}

  /** {@return {@code s} with the numbers of its dates in ASCII digits ("五月十五日" is "5月15日", "７月" "7月")} */
  public static String asciiDates(String s) {
    return convert(s).text();
  }

  /** A text with ASCII digits, and the original offset of each of its characters (and its end). */
  /** The converted text and, for each of its chars, where it was in the original; null when the text is the original. */
  record Converted(String text, int @org.jspecify.annotations.Nullable [] original) {
    int toOriginal(int pos) {
      return original == null ? pos : original[pos];
    }
  }

  static Converted convert(String s) {
    // Most text (all but Chinese, and most of that) holds no numeral to convert: kept as it is.
    if (!hasNumerals(s)) return new Converted(s, null);
    StringBuilder out = new StringBuilder(s.length());
    int[] map = new int[s.length() + 1];
    int n = 0;
    for (int i = 0; i < s.length(); ) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        map = ensure(map, n + 1);
        map[n++] = i;
        out.append((char) ('0' + (c - '０')));
        i++;
        continue;
      }
      int end = i;
      while (end < s.length() && isNumeral(s.charAt(end))) end++;
      if (end > i && end < s.length() && "年月日号".indexOf(s.charAt(end)) >= 0) {
        String digits = value(s.substring(i, end), s.charAt(end) == '年');
        if (digits != null) {
          for (int k = 0; k < digits.length(); k++) {
            map = ensure(map, n + 1);
            map[n++] = Math.min(i + k, end - 1);
            out.append(digits.charAt(k));
          }
          i = end;
          continue;
        }
      }
      map = ensure(map, n + 1);
      map[n++] = i;
      out.append(c);
      i++;
    }
    map = ensure(map, n + 1);
    map[n] = s.length();
    return new Converted(out.toString(), map);
  }

  private static boolean isNumeral(char c) {
    // Every numeral is at or above 〇 (U+3007): no search of DIGITS for the chars below it.
    return c >= '〇' && (DIGITS.indexOf(c) >= 0 || c == '十');
  }

  private static boolean hasNumerals(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９' || isNumeral(c)) return true;
    }
    return false;
  }

  /** {@return "2025" for 二〇二五 (a year), "26" for 二十六, or null when it is not a number} */
  static String value(String run, boolean year) {
    if (year) {
      if (run.length() != 4 || run.indexOf('十') >= 0) return null;
      StringBuilder b = new StringBuilder();
      for (char c : run.toCharArray()) b.append(digit(c));
      return b.toString();
    }
    int ten = run.indexOf('十');
    if (ten < 0) return run.length() == 1 ? String.valueOf(digit(run.charAt(0))) : null;
    if (run.length() > 3 || run.indexOf('十', ten + 1) >= 0) return null;
    int tens = ten == 0 ? 1 : digit(run.charAt(0));
    if (ten > 1) return null;
    int ones = ten == run.length() - 1 ? 0 : digit(run.charAt(ten + 1));
    if (ten + 2 < run.length()) return null;
    return String.valueOf(tens * 10 + ones);
  }

  private static int digit(char c) {
    int d = DIGITS.indexOf(c);
    return d <= 1 ? 0 : d - 1;
  }

  private static int[] ensure(int[] a, int size) {
    return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
  }
}
