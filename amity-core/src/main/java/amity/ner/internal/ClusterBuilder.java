package amity.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Derives word clusters from unlabelled text: each unit (a word or an n-gram of words) is
 * described by the words just left and right of it, weighted by positive pointwise mutual
 * information, projected to a few dense dimensions with a seeded random matrix, and grouped by
 * spherical k-means at several granularities.
 *
 * <p>Design decision: Brown clustering gives slightly better features but costs minutes to hours
 * in pure Java; this takes seconds and is deterministic for a given seed and input order.
 */
public final class ClusterBuilder {
  /**
   * Parameters.
   *
   * @param ngram units are this many words joined by a space
   * @param minCount units seen fewer times get no cluster
   * @param maxUnits at most this many units, most frequent first
   * @param contexts context vocabulary size (most frequent words)
   * @param dims dimensions of the random projection
   * @param ks clusters at each granularity, each at most 1022
   * @param iterations k-means iterations
   * @param seed random seed
   */
  public record Params(
      int ngram, int minCount, int maxUnits, int contexts, int dims, int[] ks, int iterations, long seed) {
    public Params {
      if (ngram < 1 || minCount < 1 || maxUnits < 1 || contexts < 1 || dims < 1 || iterations < 1) {
        throw new IllegalArgumentException("bad cluster parameters");
      }
      if (ks.length != WordClusters.LEVELS) {
        throw new IllegalArgumentException("need " + WordClusters.LEVELS + " granularities: " + Arrays.toString(ks));
      }
      ks = ks.clone();
    }

    /** {@return defaults for units of {@code ngram} words} */
    public static Params defaults(int ngram) {
      return new Params(ngram, ngram == 1 ? 3 : 5, 40_000, 1000, 64, new int[] {32, 128, 512}, 10, 17L);
    }
  }

  private ClusterBuilder() {}

  /** {@return packed cluster codes for the units of {@code sentences} (already normalised)} */
  public static Map<String, Integer> build(List<List<String>> sentences, Params p, Consumer<String> progress) {
    // 1. unit and word counts
    Map<String, Integer> unitCount = new HashMap<>();
    Map<String, Integer> wordCount = new HashMap<>();
    for (List<String> s : sentences) {
      for (int i = 0; i < s.size(); i++) {
        wordCount.merge(s.get(i), 1, Integer::sum);
        if (i + p.ngram() <= s.size()) unitCount.merge(unit(s, i, p.ngram()), 1, Integer::sum);
      }
    }
    List<String> units = top(unitCount, p.maxUnits(), p.minCount());
    if (units.size() < p.ks()[WordClusters.LEVELS - 1] * 2) {
      progress.accept("clusters: too little text (" + units.size() + " units), none built");
      return Map.of();
    }
    List<String> ctxWords = top(wordCount, p.contexts(), 1);
    Map<String, Integer> unitId = index(units);
    Map<String, Integer> ctxId = index(ctxWords);
    int nCtx = ctxWords.size() + 3; // + begin, end, other
    int begin = ctxWords.size();
    int end = begin + 1;
    int other = begin + 2;
    // 2. co-occurrence counts, key = unit * (2 * nCtx) + side * nCtx + ctx
    LongIntMap co = new LongIntMap(1 << 16);
    long[] ctxTotal = new long[2 * nCtx];
    long[] unitTotal = new long[units.size()];
    for (List<String> s : sentences) {
      for (int i = 0; i + p.ngram() <= s.size(); i++) {
        Integer u = unitId.get(unit(s, i, p.ngram()));
        if (u == null) continue;
        int left = i == 0 ? begin : ctxId.getOrDefault(s.get(i - 1), other);
        int j = i + p.ngram();
        int right = j >= s.size() ? end : ctxId.getOrDefault(s.get(j), other);
        co.increment((long) u * 2 * nCtx + left);
        co.increment((long) u * 2 * nCtx + nCtx + right);
        ctxTotal[left]++;
        ctxTotal[nCtx + right]++;
        unitTotal[u] += 2;
      }
    }
    // 3. PPMI with context smoothing, projected
    double[] ctxSmoothed = new double[ctxTotal.length];
    double sum = 0;
    for (int i = 0; i < ctxTotal.length; i++) {
      ctxSmoothed[i] = Math.pow(ctxTotal[i], 0.75);
      sum += ctxSmoothed[i];
    }
    double smoothedSum = sum;
    float[][] proj = new float[ctxTotal.length][p.dims()];
    Random r = new Random(p.seed());
    for (float[] row : proj) for (int d = 0; d < row.length; d++) row[d] = (float) r.nextGaussian();
    float[][] vec = new float[units.size()][p.dims()];
    co.forEach(
        (key, count) -> {
          int u = (int) (key / (2 * nCtx));
          int x = (int) (key % (2 * nCtx));
          double pmi = Math.log(count * smoothedSum / (unitTotal[u] * ctxSmoothed[x]));
          if (pmi <= 0) return;
          float w = (float) pmi;
          float[] v = vec[u];
          float[] px = proj[x];
          for (int d = 0; d < v.length; d++) v[d] += w * px[d];
        });
    for (float[] v : vec) normalise(v);
    progress.accept("clusters: " + units.size() + " units of " + p.ngram() + " word(s), " + co.size() + " co-occurrences");
    // 4. k-means at each granularity
    int[][] assign = new int[WordClusters.LEVELS][];
    for (int l = 0; l < WordClusters.LEVELS; l++) {
      assign[l] = kmeans(vec, p.ks()[l], p.iterations(), new Random(p.seed() + l));
    }
    Map<String, Integer> codes = new HashMap<>(units.size() * 2);
    int[] ids = new int[WordClusters.LEVELS];
    for (int u = 0; u < units.size(); u++) {
      for (int l = 0; l < WordClusters.LEVELS; l++) ids[l] = assign[l][u];
      codes.put(units.get(u), WordClusters.pack(ids));
    }
    return codes;
  }

  /** {@return the unit of {@code n} words starting at {@code i}} */
  public static String unit(List<String> s, int i, int n) {
    if (n == 1) return s.get(i);
    StringBuilder b = new StringBuilder(s.get(i));
    for (int k = 1; k < n; k++) b.append(' ').append(s.get(i + k));
    return b.toString();
  }

  private static List<String> top(Map<String, Integer> counts, int max, int minCount) {
    List<Map.Entry<String, Integer>> es = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) if (e.getValue() >= minCount) es.add(e);
    es.sort(
        (a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(max, es.size()); i++) out.add(es.get(i).getKey());
    return out;
  }

  private static Map<String, Integer> index(List<String> xs) {
    Map<String, Integer> m = new HashMap<>(xs.size() * 2);
    for (int i = 0; i < xs.size(); i++) m.put(xs.get(i), i);
    return m;
  }

  private static void normalise(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    if (n == 0) return;
    float inv = (float) (1 / Math.sqrt(n));
    for (int d = 0; d < v.length; d++) v[d] *= inv;
  }

  private static int[] kmeans(float[][] vec, int k, int iterations, Random r) {
    int n = vec.length;
    int dims = vec[0].length;
    float[][] c = new float[k][];
    // k-means++ seeding
    double[] dist = new double[n];
    Arrays.fill(dist, Double.MAX_VALUE);
    c[0] = vec[r.nextInt(n)].clone();
    for (int j = 1; j < k; j++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        dist[i] = Math.min(dist[i], Math.max(0, 1 - dot(vec[i], c[j - 1])));
        sum += dist[i];
      }
      double pick = r.nextDouble() * sum;
      int chosen = n - 1;
      for (int i = 0; i < n; i++) {
        pick -= dist[i];
        if (pick <= 0) {
          chosen = i;
          break;
        }
      }
      c[j] = vec[chosen].clone();
    }
    int[] a = new int[n];
    for (int it = 0; it < iterations; it++) {
      for (int i = 0; i < n; i++) {
        int best = 0;
        float bestDot = -Float.MAX_VALUE;
        for (int j = 0; j < k; j++) {
          float d = dot(vec[i], c[j]);
          if (d > bestDot) {
            bestDot = d;
            best = j;
          }
        }
        a[i] = best;
      }
      float[][] sums = new float[k][dims];
      int[] counts = new int[k];
      for (int i = 0; i < n; i++) {
        counts[a[i]]++;
        float[] s = sums[a[i]];
        for (int d = 0; d < dims; d++) s[d] += vec[i][d];
      }
      for (int j = 0; j < k; j++) {
        if (counts[j] == 0) continue; // keep the old centroid
        normalise(sums[j]);
        c[j] = sums[j];
      }
    }
    return a;
  }

  private static float dot(float[] a, float[] b) {
    float s = 0;
    for (int d = 0; d < a.length; d++) s += a[d] * b[d];
    return s;
  }

  /** Open-addressing map from long keys to int counts. */
  private static final class LongIntMap {
    private long[] keys;
    private int[] vals;
    private int size;

    LongIntMap(int capacity) {
      keys = new long[capacity];
      vals = new int[capacity];
      Arrays.fill(keys, -1L);
    }

    void increment(long key) {
      if (size * 2 >= keys.length) grow();
      int mask = keys.length - 1;
      int i = (int) (mixLong(key) & mask);
      while (keys[i] != -1L && keys[i] != key) i = (i + 1) & mask;
      if (keys[i] == -1L) {
        keys[i] = key;
        size++;
      }
      vals[i]++;
    }

    int size() {
      return size;
    }

    interface Visitor {
      void visit(long key, int count);
    }

    void forEach(Visitor v) {
      for (int i = 0; i < keys.length; i++) if (keys[i] != -1L) v.visit(keys[i], vals[i]);
    }

    private void grow() {
      long[] ok = keys;
      int[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new int[ok.length * 2];
      Arrays.fill(keys, -1L);
      int mask = keys.length - 1;
      for (int j = 0; j < ok.length; j++) {
        if (ok[j] == -1L) continue;
        int i = (int) (mixLong(ok[j]) & mask);
        while (keys[i] != -1L) i = (i + 1) & mask;
        keys[i] = ok[j];
        vals[i] = ov[j];
      }
    }

    private static long mixLong(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
      return z ^ (z >>> 33);
    }
  }
}
