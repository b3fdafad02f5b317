package amity.query;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The strings of a folded query that could be a name: every run of whole words (as far as a
 * name can be long), and every run of Chinese characters starting anywhere, since Chinese writes
 * no spaces. Looking each up in the alias index finds the entities a query names without scanning
 * the entities. Thread-safe.
 */
public final class QueryNames {
  /** Names longer than this are not looked for. */
  static final int MAX_NAME = 64;
  /** Chinese names longer than this are not looked for. */
  static final int MAX_HAN = 16;
  /** At most this many candidates a query. */
  static final int MAX_CANDIDATES = 5000;

  private QueryNames() {}

  /** {@return candidate names in {@code folded}, two characters or longer} */
  public static Set<String> candidates(String folded) {
    Set<String> out = new LinkedHashSet<>();
    int n = folded.length();
    for (int i = 0; i < n && out.size() < MAX_CANDIDATES; i++) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) continue;
      boolean han = isHan(folded, i);
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
      if (!han && !wordStart) continue;
      int limit = Math.min(n, i + (han ? MAX_HAN : MAX_NAME));
      for (int j = i + 2; j <= limit; j++) {
        boolean wordEnd = j == n || !Character.isLetterOrDigit(folded.charAt(j));
        if ((han || wordEnd) && !Character.isWhitespace(folded.charAt(j - 1))) out.add(folded.substring(i, j));
      }
      if (n - i >= 1 && out.size() < MAX_CANDIDATES && n - i <= MAX_NAME) out.add(folded.substring(i));
    }
    out.removeIf(s -> s.length() < 2);
    return out;
  }

  private static boolean isHan(String s, int i) {
    return Character.UnicodeScript.of(s.codePointAt(i)) == Character.UnicodeScript.HAN;
  }
}
