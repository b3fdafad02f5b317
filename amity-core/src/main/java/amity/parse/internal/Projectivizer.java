package amity.parse.internal;

/**
 * Makes a tree projective by lifting (Nivre and Nilsson 2005, without encoding the lifts in the
 * labels): while some arc crosses another, the shortest crossing arc is moved up to the head's
 * head. Relations are kept. A transition parser of the arc-eager kind can only build projective
 * trees, so it is trained on the lifted tree and scored against the original one. Stateless.
 */
public final class Projectivizer {
  private Projectivizer() {}

  /**
   * {@return the heads of a projective tree close to {@code heads}} (index 1..n, 0 for the root;
   * the same array's copy when it is projective already)
   */
  public static int[] lift(int[] heads) {
    int[] h = heads.clone();
    while (true) {
      int worst = -1;
      int worstLen = Integer.MAX_VALUE;
      for (int d = 1; d < h.length; d++) {
        int len = Math.abs(h[d] - d);
        if (h[d] != 0 && len < worstLen && !projective(h, d)) {
          worst = d;
          worstLen = len;
        }
      }
      if (worst < 0) return h;
      h[worst] = h[h[worst]];
    }
  }

  /** {@return whether the tree has no crossing arcs} */
  public static boolean isProjective(int[] heads) {
    for (int d = 1; d < heads.length; d++) if (heads[d] != 0 && !projective(heads, d)) return false;
    return true;
  }

  /** Whether every token between d and its head is dominated by the head. */
  private static boolean projective(int[] h, int d) {
    int head = h[d];
    int from = Math.min(head, d) + 1;
    int to = Math.max(head, d);
    for (int k = from; k < to; k++) {
      int a = k;
      int steps = 0;
      while (a != 0 && a != head && steps++ < h.length) a = h[a];
      if (a != head) return false;
    }
    return true;
  }
}
