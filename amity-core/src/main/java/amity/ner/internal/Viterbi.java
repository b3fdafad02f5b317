package amity.ner.internal;

import org.jspecify.annotations.Nullable;

/**
 * First-order Viterbi decoding over BIO or BIOES labels with the transitions {@link Labels}
 * forbids removed (and, in BIOES, endings on an open name). Stateless and thread-safe.
 */
public final class Viterbi {
  private Viterbi() {}

  /**
   * {@return the best label sequence}
   *
   * @param emit emission scores, {@code emit[i * L + y]} for token i and label y
   * @param n number of tokens
   * @param labels the label set (L = labels.size())
   * @param trans transition scores, {@code trans[from * L + to]}
   * @param start scores of each label at the first token
   */
  public static int[] decode(float[] emit, int n, Labels labels, float[] trans, float[] start) {
    return decode(emit, n, labels, trans, start, null);
  }

  /**
   * {@return the best label sequence} with transition scores that also depend on the position
   *
   * @param edge null, or {@code edge[i * L * L + from * L + to]} added to the transition into
   *     token i
   */
  public static int[] decode(
      float[] emit, int n, Labels labels, float[] trans, float[] start, float @Nullable [] edge) {
    int l = labels.size();
    int[] out = new int[n];
    if (n == 0) return out;
    float[] score = new float[n * l];
    int[] back = new int[n * l];
    for (int y = 0; y < l; y++) {
      score[y] = labels.allowedStart(y) ? start[y] + emit[y] : Float.NEGATIVE_INFINITY;
    }
    for (int i = 1; i < n; i++) {
      int prev = (i - 1) * l;
      int cur = i * l;
      for (int y = 0; y < l; y++) {
        float best = Float.NEGATIVE_INFINITY;
        int arg = 0;
        for (int x = 0; x < l; x++) {
          if (!labels.allowed(x, y)) continue;
          float s = score[prev + x] + trans[x * l + y];
          if (edge != null) s += edge[(i * l + x) * l + y];
          if (s > best) {
            best = s;
            arg = x;
          }
        }
        score[cur + y] = best + emit[cur + y];
        back[cur + y] = arg;
      }
    }
    int last = (n - 1) * l;
    int arg = 0;
    for (int y = 1; y < l; y++) if (labels.allowedEnd(y) && score[last + y] > score[last + arg]) arg = y;
    for (int i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * l + arg];
    }
    return out;
  }
}
