package amity.ner.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cluster ids of words (or word bigrams, keyed {@code "a b"}) at a few granularities, derived from
 * unlabelled text by {@link ClusterBuilder}. Immutable and thread-safe.
 */
public final class WordClusters {
  /** Number of granularities packed in a code. */
  public static final int LEVELS = 3;

  private static final int BITS = 10;
  private static final WordClusters NONE = new WordClusters(Map.of());

  private final Map<String, Integer> codes;
  // Lookups go through a table keyed by a 64-bit hash of the unit instead of the map: tagging
  // looks up every token and bigram, and a bigram's key need not be built as a string. Two units
  // sharing a 64-bit hash is far less likely than any other source of error here.
  private final long[] keys;
  private final int[] values;

  /** Wraps packed codes, as made by {@link ClusterBuilder}. */
  public WordClusters(Map<String, Integer> codes) {
    this.codes = Map.copyOf(codes);
    int cap = Integer.highestOneBit(Math.max(4, codes.size() * 2)) << 1;
    keys = new long[cap];
    values = new int[cap];
    for (Map.Entry<String, Integer> e : this.codes.entrySet()) {
      long key = key(Hash.step64(Hash.empty64(), e.getKey()));
      int s = Hash.slot(keys, key);
      keys[s] = key;
      values[s] = e.getValue();
    }
  }

  /** {@return clusters that know no word} */
  public static WordClusters none() {
    return NONE;
  }

  /** {@return the packed code of {@code unit}, or -1 when it has none} */
  public int code(String unit) {
    return find(key(Hash.step64(Hash.empty64(), unit)));
  }

  /** {@return the packed code of the bigram {@code "a b"}, or -1 when it has none} */
  public int code(String a, String b) {
    return find(key(Hash.step64(Hash.step64(Hash.step64(Hash.empty64(), a), " "), b)));
  }

  private int find(long key) {
    int s = Hash.slot(keys, key);
    return keys[s] == key ? values[s] : -1;
  }

  /** Keys are never 0, the empty slot. */
  private static long key(long h) {
    return h == 0 ? 1 : h;
  }

  /** {@return the cluster id at granularity {@code level} of a packed code; unknown is 1023} */
  public static int level(int code, int level) {
    return code < 0 ? (1 << BITS) - 1 : (code >>> (BITS * level)) & ((1 << BITS) - 1);
  }

  /** {@return a packed code from cluster ids, each below 1023} */
  public static int pack(int[] ids) {
    int c = 0;
    for (int l = 0; l < ids.length; l++) {
      if (ids[l] < 0 || ids[l] >= (1 << BITS) - 1) {
        throw new IllegalArgumentException("cluster id out of range: " + ids[l]);
      }
      c |= ids[l] << (BITS * l);
    }
    return c;
  }

  /** {@return the number of units with a cluster} */
  public int size() {
    return codes.size();
  }

  /** Writes the clusters in a stable order. */
  public void write(DataOutputStream out) throws IOException {
    List<String> keys = new ArrayList<>(codes.keySet());
    keys.sort(null);
    out.writeInt(keys.size());
    for (String k : keys) {
      out.writeUTF(k);
      out.writeInt(codes.get(k));
    }
  }

  /** Reads clusters written by {@link #write}. */
  public static WordClusters read(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) throw new IOException("bad cluster count " + n);
    Map<String, Integer> m = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) m.put(in.readUTF(), in.readInt());
    return new WordClusters(m);
  }

  private static final int UNIT_AT = 50; // + 10 * (offset + 1) + level
  private static final int BIGRAM_LEFT = 90; // + level
  private static final int BIGRAM_RIGHT = 95; // + level

  /**
   * Adds, for unit {@code i}, the clusters of the units at -1, 0 and +1 ({@code code}) and of the
   * bigrams ending before and starting at it ({@code biCode}), at every level: the shared cluster
   * window of the Vietnamese (syllable) and Chinese (character) features. -2 is "no cluster".
   */
  public static void addNeighbourhood(FeatureBuffer out, int[] code, int[] biCode, int i) {
    int n = code.length;
    for (int d = -1; d <= 1; d++) {
      int c = i + d >= 0 && i + d < n ? code[i + d] : -2;
      for (int l = 0; l < LEVELS; l++) {
        out.add(Hash.feature(UNIT_AT + 10 * (d + 1) + l, c == -2 ? -2 : level(c, l)));
      }
    }
    int left = i > 0 ? biCode[i - 1] : -2;
    int right = biCode[i];
    for (int l = 0; l < LEVELS; l++) {
      out.add(Hash.feature(BIGRAM_LEFT + l, left == -2 ? -2 : level(left, l)));
      out.add(Hash.feature(BIGRAM_RIGHT + l, level(right, l)));
    }
  }
}
