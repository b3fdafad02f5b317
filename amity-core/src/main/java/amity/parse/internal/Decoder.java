package amity.parse.internal;

import amity.ner.internal.WeightTable;

/**
 * Greedy decoding with trained weights: tags left to right, then the best legal move at each
 * step, the relation of each new arc chosen as it is made. Stateless and thread-safe; each call
 * keeps its own state.
 */
public final class Decoder {
  private Decoder() {}

  /** {@return the tag id of each token (0-based), greedily left to right} */
  public static int[] tag(WeightTable tagger, TaggerFeatures tf) {
    int n = tf.size();
    int[] out = new int[n];
    int[] f = new int[TaggerFeatures.MAX];
    float[] scores = new float[tagger.labels()];
    for (int i = 0; i < n; i++) {
      int k = tf.features(i, i > 0 ? out[i - 1] : -1, i > 1 ? out[i - 2] : -1, f);
      tagger.score(f, k, scores);
      out[i] = argmax(scores, -1);
    }
    return out;
  }

  /**
   * {@return the final state of parsing {@code x}} (whose parts of speech are set): every token
   * has a head but one, the root, whose relation is {@code root}
   *
   * @param root the id of the root relation, never given to an arc
   */
  public static ArcEager.State parse(WeightTable moves, WeightTable labels, Words x, int root) {
    int n = x.size();
    ArcEager.State s = new ArcEager.State(n);
    int[] f = new int[Math.max(ParserFeatures.MOVE_FEATURES, ParserFeatures.LABEL_FEATURES)];
    float[] ms = new float[ArcEager.MOVES];
    float[] ls = new float[labels.labels()];
    while (!s.terminal()) {
      int k = ParserFeatures.moves(s, x, f);
      moves.score(f, k, ms);
      int best = -1;
      for (int m = 0; m < ArcEager.MOVES; m++) {
        if (s.legal(m) && (best < 0 || ms[m] > ms[best])) best = m;
      }
      int rel = 0;
      if (best == ArcEager.LEFT || best == ArcEager.RIGHT) {
        rel = relation(s, x, s.arcHead(best), s.arcDependent(best), labels, root, f, ls);
      }
      s.apply(best, rel);
    }
    finish(s, x, labels, root, f, ls);
    return s;
  }

  /** {@return the best relation for the arc {@code h -> d}, never the root's} */
  static int relation(ArcEager.State s, Words x, int h, int d, WeightTable labels, int root, int[] f, float[] ls) {
    int k = ParserFeatures.label(s, x, h, d, f);
    labels.score(f, k, ls);
    return argmax(ls, root);
  }

  /**
   * Keeps to one root: of the tokens left without a head, the one heading the most tokens is the
   * root, and the others hang from it.
   */
  private static void finish(ArcEager.State s, Words x, WeightTable labels, int root, int[] f, float[] ls) {
    int n = s.size();
    if (n == 0) return;
    int[] size = new int[n + 1];
    for (int t = 1; t <= n; t++) {
      // count t under each of its ancestors (short trees: fine)
      for (int a = t, steps = 0; a > 0 && steps <= n; a = s.head(a), steps++) size[a]++;
    }
    int best = -1;
    for (int t = 1; t <= n; t++) if (s.head(t) < 0 && (best < 0 || size[t] > size[best])) best = t;
    for (int t = 1; t <= n; t++) {
      if (t != best && s.head(t) < 0) s.attach(best, t, relation(s, x, best, t, labels, root, f, ls));
    }
    s.setRootRelation(best, root);
  }

  /** {@return the index of the highest score, skipping {@code skip} (or none when -1)} */
  static int argmax(float[] scores, int skip) {
    if (scores.length == 1) return 0;
    int best = skip == 0 ? 1 : 0;
    for (int y = best + 1; y < scores.length; y++) if (y != skip && scores[y] > scores[best]) best = y;
    return best;
  }
}
