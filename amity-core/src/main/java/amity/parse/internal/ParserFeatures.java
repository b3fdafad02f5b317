package amity.parse.internal;

import amity.ner.internal.Hash;

/**
 * Feature templates of the parser, hashed to ints: for the move, the set of Zhang and Nivre (2011)
 * over the top of the stack (s0), the buffer (n0, n1, n2), their heads, leftmost and rightmost
 * dependents, distance, valency and the relations already attached, plus the second stack token,
 * suffixes and punctuation between s0 and n0; for the relation of a new arc, the head and the
 * dependent with their neighbours and dependents. Stateless and thread-safe.
 *
 * <p>Hashes are part of the model format: changing a template invalidates saved models.
 */
public final class ParserFeatures {
  /** Most features a move can have. */
  public static final int MOVE_FEATURES = 96;
  /** Most features a relation decision can have. */
  public static final int LABEL_FEATURES = 48;

  private static final int NONE = 0x5A5A5A5A;

  private ParserFeatures() {}

  private static int w(Words x, int t) {
    return t > 0 ? x.word[t] : NONE;
  }

  private static int p(Words x, int t) {
    return t > 0 ? x.pos[t] : t == 0 ? -3 : -2;
  }

  private static int l(ArcEager.State s, int t) {
    return t > 0 ? s.label[t] : -2;
  }

  private static int distance(int a, int b) {
    if (a <= 0 || b <= 0) return 0;
    int d = Math.abs(a - b);
    return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
  }

  /**
   * Writes the features of the next move in state {@code s} to {@code f}.
   *
   * @return how many were written
   */
  public static int moves(ArcEager.State s, Words x, int[] f) {
    int s0 = s.stack(0);
    int s1 = s.stack(1);
    int n0 = s.buffer(0);
    int n1 = s.buffer(1);
    int n2 = s.buffer(2);
    int s0h = s0 > 0 ? s.head[s0] : -1;
    int s0h2 = s0h > 0 ? s.head[s0h] : -1;
    int s0l = s0 > 0 ? s.lc1[s0] : -1;
    int s0l2 = s0 > 0 ? s.lc2[s0] : -1;
    int s0r = s0 > 0 ? s.rc1[s0] : -1;
    int s0r2 = s0 > 0 ? s.rc2[s0] : -1;
    int n0l = n0 > 0 ? s.lc1[n0] : -1;
    int n0l2 = n0 > 0 ? s.lc2[n0] : -1;

    int s0w = w(x, s0);
    int s0p = p(x, s0);
    int n0w = w(x, n0);
    int n0p = p(x, n0);
    int n1w = w(x, n1);
    int n1p = p(x, n1);
    int n2w = w(x, n2);
    int n2p = p(x, n2);
    int s0wp = Hash.mix(s0w, s0p);
    int n0wp = Hash.mix(n0w, n0p);
    int d = distance(s0, n0);
    int s0vl = s0 > 0 ? Math.min(6, s.nLeft[s0]) : -1;
    int s0vr = s0 > 0 ? Math.min(6, s.nRight[s0]) : -1;
    int n0vl = n0 > 0 ? Math.min(6, s.nLeft[n0]) : -1;
    int s0sl = s0 > 0 ? Long.hashCode(s.leftLabels[s0]) : -1;
    int s0sr = s0 > 0 ? Long.hashCode(s.rightLabels[s0]) : -1;
    int n0sl = n0 > 0 ? Long.hashCode(s.leftLabels[n0]) : -1;

    int k = 0;
    f[k++] = Hash.feature(0, 1);
    // single tokens
    f[k++] = Hash.feature(1, s0wp);
    f[k++] = Hash.feature(2, s0w);
    f[k++] = Hash.feature(3, s0p);
    f[k++] = Hash.feature(4, n0wp);
    f[k++] = Hash.feature(5, n0w);
    f[k++] = Hash.feature(6, n0p);
    f[k++] = Hash.feature(7, n1w, n1p);
    f[k++] = Hash.feature(8, n1w);
    f[k++] = Hash.feature(9, n1p);
    f[k++] = Hash.feature(10, n2w, n2p);
    f[k++] = Hash.feature(11, n2w);
    f[k++] = Hash.feature(12, n2p);
    // pairs
    f[k++] = Hash.feature(13, s0wp, n0wp);
    f[k++] = Hash.feature(14, s0wp, n0w);
    f[k++] = Hash.feature(15, s0w, n0wp);
    f[k++] = Hash.feature(16, s0wp, n0p);
    f[k++] = Hash.feature(17, s0p, n0wp);
    f[k++] = Hash.feature(18, s0w, n0w);
    f[k++] = Hash.feature(19, s0p, n0p);
    f[k++] = Hash.feature(20, n0p, n1p);
    // triples
    f[k++] = Hash.feature(21, n0p, n1p, n2p);
    f[k++] = Hash.feature(22, s0p, n0p, n1p);
    f[k++] = Hash.feature(23, p(x, s0h), s0p, n0p);
    f[k++] = Hash.feature(24, s0p, p(x, s0l), n0p);
    f[k++] = Hash.feature(25, s0p, p(x, s0r), n0p);
    f[k++] = Hash.feature(26, s0p, n0p, p(x, n0l));
    // distance
    f[k++] = Hash.feature(27, s0w, d);
    f[k++] = Hash.feature(28, s0p, d);
    f[k++] = Hash.feature(29, n0w, d);
    f[k++] = Hash.feature(30, n0p, d);
    f[k++] = Hash.feature(31, s0w, n0w, d);
    f[k++] = Hash.feature(32, s0p, n0p, d);
    // valency
    f[k++] = Hash.feature(33, s0w, s0vr);
    f[k++] = Hash.feature(34, s0p, s0vr);
    f[k++] = Hash.feature(35, s0w, s0vl);
    f[k++] = Hash.feature(36, s0p, s0vl);
    f[k++] = Hash.feature(37, n0w, n0vl);
    f[k++] = Hash.feature(38, n0p, n0vl);
    // second order: heads and outer dependents
    f[k++] = Hash.feature(39, w(x, s0h));
    f[k++] = Hash.feature(40, p(x, s0h));
    f[k++] = Hash.feature(41, l(s, s0));
    f[k++] = Hash.feature(42, w(x, s0l));
    f[k++] = Hash.feature(43, p(x, s0l));
    f[k++] = Hash.feature(44, l(s, s0l));
    f[k++] = Hash.feature(45, w(x, s0r));
    f[k++] = Hash.feature(46, p(x, s0r));
    f[k++] = Hash.feature(47, l(s, s0r));
    f[k++] = Hash.feature(48, w(x, n0l));
    f[k++] = Hash.feature(49, p(x, n0l));
    f[k++] = Hash.feature(50, l(s, n0l));
    // third order
    f[k++] = Hash.feature(51, w(x, s0h2));
    f[k++] = Hash.feature(52, p(x, s0h2));
    f[k++] = Hash.feature(53, l(s, s0h));
    f[k++] = Hash.feature(54, w(x, s0l2));
    f[k++] = Hash.feature(55, p(x, s0l2));
    f[k++] = Hash.feature(56, l(s, s0l2));
    f[k++] = Hash.feature(57, w(x, s0r2));
    f[k++] = Hash.feature(58, p(x, s0r2));
    f[k++] = Hash.feature(59, l(s, s0r2));
    f[k++] = Hash.feature(60, w(x, n0l2));
    f[k++] = Hash.feature(61, p(x, n0l2));
    f[k++] = Hash.feature(62, l(s, n0l2));
    f[k++] = Hash.feature(63, s0p, p(x, s0l), p(x, s0l2));
    f[k++] = Hash.feature(64, s0p, p(x, s0r), p(x, s0r2));
    f[k++] = Hash.feature(65, s0p, p(x, s0h), p(x, s0h2));
    f[k++] = Hash.feature(66, n0p, p(x, n0l), p(x, n0l2));
    // relations attached so far
    f[k++] = Hash.feature(67, s0w, s0sr);
    f[k++] = Hash.feature(68, s0p, s0sr);
    f[k++] = Hash.feature(69, s0w, s0sl);
    f[k++] = Hash.feature(70, s0p, s0sl);
    f[k++] = Hash.feature(71, n0w, n0sl);
    f[k++] = Hash.feature(72, n0p, n0sl);
    // beyond Zhang and Nivre: the second stack token, whether s0 has a head, suffixes,
    // punctuation between s0 and n0
    int s1p = p(x, s1);
    f[k++] = Hash.feature(73, s1p);
    f[k++] = Hash.feature(74, w(x, s1), s1p);
    f[k++] = Hash.feature(75, s1p, s0p, n0p);
    boolean s0headed = s0 > 0 && s.head[s0] >= 0;
    f[k++] = Hash.feature(76, s0headed ? 1 : 0, s0p, n0p);
    f[k++] = Hash.feature(77, s0headed ? 1 : 0, l(s, s0), n0p);
    f[k++] = Hash.feature(78, n0 > 0 ? x.suffix[n0] : NONE, n0p);
    f[k++] = Hash.feature(79, s0 > 0 ? x.suffix[s0] : NONE, s0p);
    int between = s0 > 0 && n0 > 0 ? Math.min(3, x.punctUpTo[n0 - 1] - x.punctUpTo[s0]) : -1;
    f[k++] = Hash.feature(80, s0p, n0p, between);
    f[k++] = Hash.feature(81, s0w, n0p, between);
    f[k++] = Hash.feature(82, s.depth() > 2 ? 1 : 0, s0p, s1p);
    int s1w = w(x, s1);
    f[k++] = Hash.feature(83, s1w, n0p);
    f[k++] = Hash.feature(84, s1p, n0w);
    f[k++] = Hash.feature(85, s1w, n0w);
    f[k++] = Hash.feature(86, s1w, s0p, n0p);
    return k;
  }

  /**
   * Writes the features of the relation of a new arc {@code h -> d} in state {@code s} (before
   * the arc is made) to {@code f}.
   *
   * @return how many were written
   */
  public static int label(ArcEager.State s, Words x, int h, int d, int[] f) {
    int dir = d < h ? 1 : 2;
    int hw = w(x, h);
    int hp = p(x, h);
    int dw = w(x, d);
    int dp = p(x, d);
    int dist = distance(h, d);
    int dl = s.lc1[d];
    int dr = s.rc1[d];
    int hh = h > 0 ? s.head[h] : -1;
    int k = 0;
    f[k++] = Hash.feature(100, dir);
    f[k++] = Hash.feature(101, dw, dir);
    f[k++] = Hash.feature(102, dp, dir);
    f[k++] = Hash.feature(103, hw, dir);
    f[k++] = Hash.feature(104, hp, dir);
    f[k++] = Hash.feature(105, hp, dp, dir);
    f[k++] = Hash.feature(106, hw, dp, dir);
    f[k++] = Hash.feature(107, hp, dw, dir);
    f[k++] = Hash.feature(108, hw, dw, dir);
    f[k++] = Hash.feature(109, Hash.mix(hp, dp), dir, dist);
    f[k++] = Hash.feature(110, dp, l(s, dl));
    f[k++] = Hash.feature(111, dp, w(x, dl));
    f[k++] = Hash.feature(112, dp, l(s, dr));
    f[k++] = Hash.feature(113, dp, p(x, dl));
    f[k++] = Hash.feature(114, hp, dp, w(x, dl));
    f[k++] = Hash.feature(115, hp, dir, Long.hashCode(s.leftLabels[h]));
    f[k++] = Hash.feature(116, hp, dir, Long.hashCode(s.rightLabels[h]));
    f[k++] = Hash.feature(117, dp, p(x, d > 1 ? d - 1 : -1), p(x, d < x.n ? d + 1 : -1));
    f[k++] = Hash.feature(118, hp, p(x, h > 1 ? h - 1 : -1), p(x, h < x.n ? h + 1 : -1));
    f[k++] = Hash.feature(119, p(x, hh), hp, dp);
    f[k++] = Hash.feature(120, l(s, h), dp, dir);
    f[k++] = Hash.feature(121, x.suffix[d], dp);
    f[k++] = Hash.feature(122, x.suffix[h], hp);
    f[k++] = Hash.feature(123, dp, dir, Math.min(4, s.nLeft[d]) * 8 + Math.min(4, s.nRight[d]));
    f[k++] = Hash.feature(124, dw, dp);
    f[k++] = Hash.feature(125, hw, hp);
    f[k++] = Hash.feature(126, dp, Long.hashCode(s.leftLabels[d]));
    f[k++] = Hash.feature(127, hp, dp, w(x, s.lc2[d]));
    f[k++] = Hash.feature(128, Hash.mix(hp, p(x, d > 1 ? d - 1 : -1)), dp, dir);
    return k;
  }
}
