package amity.ner.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Feature weights for each label, quantised to 16 bits with one scale, in an open-addressing table
 * keyed by the 32-bit feature hash. Features outside the table weigh nothing. Immutable and
 * thread-safe.
 */
public final class WeightTable {
  private final int labels;
  private final float scale;
  private final int[] hashes; // the stored feature hashes, ascending (unsigned)
  // Open addressing; each slot holds the hash (0 = empty) and then the row's 16-bit weights packed
  // two to an int, so that a lookup and its weights share a cache line.
  private final int[] table;
  private final int stride;
  private final int shift;
  private final int mask;
  // One bit per key hashed into a bit set 8-16 times the key count: most features of running
  // text are not in the table, and this small filter (it fits in the L2 cache) answers for them
  // without touching the table.
  private final long[] filter;
  private final int filterShift;

  private WeightTable(int labels, float scale, int[] hashes, short[] weights) {
    this.labels = labels;
    this.scale = scale;
    this.hashes = hashes;
    this.stride = 1 + (labels + 1) / 2;
    // load factor between 3/8 and 3/4: the table should stay small enough for the caches
    int cap = Integer.highestOneBit(Math.max(4, hashes.length + hashes.length / 3)) << 1;
    table = new int[cap * stride];
    shift = 32 - Integer.numberOfTrailingZeros(cap);
    mask = cap - 1;
    int bits = Math.max(64, Integer.highestOneBit(Math.max(1, hashes.length)) << 4);
    filter = new long[bits >>> 6];
    filterShift = 32 - Integer.numberOfTrailingZeros(bits);
    for (int h : hashes) {
      int b = filterBit(h);
      filter[b >>> 6] |= 1L << b;
    }
    for (int r = 0; r < hashes.length; r++) {
      int i = slot(hashes[r]);
      while (table[i * stride] != 0) i = (i + 1) & mask;
      int at = i * stride;
      table[at] = hashes[r];
      for (int y = 0; y < labels; y++) {
        int v = weights[r * labels + y] & 0xFFFF;
        table[at + 1 + (y >> 1)] |= (y & 1) == 0 ? v : v << 16;
      }
    }
  }

  /** {@return the quantised weight of label {@code y} in the slot at {@code at}} */
  private short weight(int at, int y) {
    int packed = table[at + 1 + (y >> 1)];
    return (short) ((y & 1) == 0 ? packed : packed >>> 16);
  }

  /** {@return the slot offset of {@code key}, or -1} */
  private int find(int key) {
    int i = slot(key);
    int sk;
    while ((sk = table[i * stride]) != 0) {
      if (sk == key) return i * stride;
      i = (i + 1) & mask;
    }
    return -1;
  }

  private int filterBit(int key) {
    return (key * 0x2545F491) >>> filterShift;
  }

  /** Fibonacci hashing: the keys are hashes already, so their top bits after one multiply do. */
  private int slot(int key) {
    return (key * 0x9E3779B1) >>> shift;
  }

  /** Keys are never 0, so 0 can mark an empty slot. */
  public static int key(int hash) {
    return hash == 0 ? 1 : hash;
  }

  /**
   * Quantises dense weights, dropping rows that round to zero.
   *
   * @param keys the feature hash of each row (already passed through {@link #key})
   * @param dense {@code keys.length * labels} weights
   */
  public static WeightTable quantise(int[] keys, float[] dense, int labels) {
    float max = 0;
    for (float w : dense) max = Math.max(max, Math.abs(w));
    float scale = max == 0 ? 1 : max / 32767f;
    Integer[] order = new Integer[keys.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, (a, b) -> Integer.compareUnsigned(keys[a], keys[b]));
    int kept = 0;
    int[] h = new int[keys.length];
    short[] w = new short[keys.length * labels];
    for (int idx : order) {
      boolean any = false;
      for (int y = 0; y < labels; y++) {
        int q = Math.round(dense[idx * labels + y] / scale);
        w[kept * labels + y] = (short) q;
        if (q != 0) any = true;
      }
      if (any) h[kept++] = keys[idx];
    }
    return new WeightTable(
        labels, scale, java.util.Arrays.copyOf(h, kept), java.util.Arrays.copyOf(w, kept * labels));
  }

  /** {@return the number of stored features} */
  public int size() {
    return hashes.length;
  }

  /**
   * Adds the weights of every feature of each token to {@code emit}.
   *
   * @param buf features of a sentence
   * @param emit {@code tokens * labels} scores, overwritten
   */
  public void score(FeatureBuffer buf, float[] emit) {
    score(buf, Integer.MAX_VALUE, 0, emit);
  }

  /**
   * Adds the weights of the first {@code leading} features of each token, each mixed with {@code
   * salt} first when salt is not 0, to {@code out} ({@code tokens * labels} scores, overwritten).
   */
  public void score(FeatureBuffer buf, int leading, int salt, float[] out) {
    int[] feats = buf.features();
    int[] acc = new int[labels];
    int[] rows = new int[16];
    for (int t = 0; t < buf.tokens(); t++) {
      int from = buf.start(t);
      int e = buf.end(t) - from > leading ? from + leading : buf.end(t);
      if (rows.length < e - from) rows = new int[e - from];
      // Find every row first and add the weights after: the lookups are cache misses that do not
      // depend on one another, and kept apart from the sums the processor overlaps more of them.
      int found = 0;
      for (int k = from; k < e; k++) {
        int key = key(salt == 0 ? feats[k] : Hash.mix(feats[k], salt));
        int b = filterBit(key);
        if ((filter[b >>> 6] & (1L << b)) == 0) continue;
        int i = slot(key);
        int sk;
        while ((sk = table[i * stride]) != 0 && sk != key) i = (i + 1) & mask;
        if (sk != 0) rows[found++] = i * stride + 1;
      }
      java.util.Arrays.fill(acc, 0);
      for (int r = 0; r < found; r++) addRow(rows[r], acc);
      int o = t * labels;
      for (int y = 0; y < labels; y++) out[o + y] = acc[y] * scale;
    }
  }

  /**
   * Adds the weights of the features {@code feats[0, count)} into {@code out} (one score per
   * label, overwritten): the scores of a single decision, as a transition parser makes them.
   */
  public void score(int[] feats, int count, float[] out) {
    int[] acc = new int[labels];
    for (int k = 0; k < count; k++) {
      int key = key(feats[k]);
      int b = filterBit(key);
      if ((filter[b >>> 6] & (1L << b)) == 0) continue;
      int at = find(key);
      if (at >= 0) addRow(at + 1, acc);
    }
    for (int y = 0; y < labels; y++) out[y] = acc[y] * scale;
  }

  /** Adds the quantised weights of the row whose first weight is at {@code table[at]} to {@code acc}. */
  private void addRow(int at, int[] acc) {
    int y = 0;
    for (; y + 1 < labels; y += 2) {
      int packed = table[at + (y >> 1)];
      acc[y] += (short) packed;
      acc[y + 1] += packed >> 16;
    }
    if (y < labels) acc[y] += (short) table[at + (y >> 1)];
  }

  /** {@return the number of labels (scores per feature)} */
  public int labels() {
    return labels;
  }

  /** Writes the table: hashes delta-coded, weights as 16-bit values. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(labels);
    out.writeFloat(scale);
    out.writeInt(hashes.length);
    long prev = 0;
    for (int h : hashes) {
      long u = Integer.toUnsignedLong(h);
      writeVarLong(out, u - prev);
      prev = u;
    }
    // column-major: weights of one label together compress better
    int[] at = new int[hashes.length];
    for (int r = 0; r < hashes.length; r++) at[r] = find(hashes[r]);
    for (int y = 0; y < labels; y++) {
      for (int r = 0; r < hashes.length; r++) out.writeShort(weight(at[r], y));
    }
  }

  /** Reads a table written by {@link #write}. */
  public static WeightTable read(DataInputStream in) throws IOException {
    int labels = in.readInt();
    float scale = in.readFloat();
    int n = in.readInt();
    if (labels < 1 || labels > 4096 || n < 0) throw new IOException("bad weight table header: " + labels + ", " + n);
    int[] h = new int[n];
    long prev = 0;
    for (int r = 0; r < n; r++) {
      prev += readVarLong(in);
      h[r] = (int) prev;
    }
    short[] w = new short[n * labels];
    for (int y = 0; y < labels; y++) {
      for (int r = 0; r < n; r++) w[r * labels + y] = in.readShort();
    }
    return new WeightTable(labels, scale, h, w);
  }

  private static void writeVarLong(DataOutputStream out, long v) throws IOException {
    while ((v & ~0x7FL) != 0) {
      out.writeByte((int) ((v & 0x7F) | 0x80));
      v >>>= 7;
    }
    out.writeByte((int) v);
  }

  private static long readVarLong(DataInputStream in) throws IOException {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in.readUnsignedByte();
      v |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) return v;
    }
    throw new IOException("malformed varint");
  }
}
