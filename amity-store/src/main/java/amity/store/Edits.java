package amity.store;

/** Edit distance for "did you mean": insertions, deletions, substitutions and swaps of neighbours. Thread-safe. */
final class Edits {
  private Edits() {}

  /**
   * {@return the optimal-string-alignment distance between {@code a} and {@code b}, or {@code
   * max + 1} as soon as it is sure to exceed {@code max}} (the bound keeps a scan of every alias cheap)
   */
  static int distance(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) return max + 1;
    int[] prev2 = new int[m + 1];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) prev[j] = j;
    int prevMin = 0;
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) d = Math.min(d, prev2[j - 2] + 1);
        cur[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      // Later rows draw on this one (any edit) and the one before (a swap, one more edit).
      if (rowMin > max && prevMin >= max) return max + 1;
      prevMin = rowMin;
      int[] t = prev2;
      prev2 = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[m], max + 1);
  }
}
