package amity.ner.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Entity names seen in training text, and the types each was seen with: whole phrases (up to
 * {@code maxLen} tokens) and single tokens inside names. Gives each token features for the
 * phrases that cover it and the types its neighbours were seen inside. Immutable and thread-safe.
 *
 * <p>Design decision: the trainer builds these lists by jackknifing (a sentence's features come
 * from lists built without its own fold), so the weights learn how far a list match can be
 * trusted on unseen text rather than memorising the training sentences.
 */
public final class Gazetteer {
  /** The version of the features {@link #extract} computes (see {@link FeatureExtractor#spec}). */
  public static final String SPEC = "gazetteer/1";

  private static final int PHRASE = 200;
  private static final int PHRASE_LEN = 201;
  private static final int TOKEN = 202;
  private static final int TOKEN_PREV = 203;
  private static final int TOKEN_NEXT = 204;
  private static final long TOKEN_SALT = 0x5DEECE66DL;
  private static final Gazetteer EMPTY = new Gazetteer(new long[0], new byte[0], 1);

  private final long[] keys; // open addressing, 0 = empty
  private final byte[] masks;
  private final int maxLen;
  private final int size;

  private Gazetteer(long[] entries, byte[] entryMasks, int maxLen) {
    this.maxLen = maxLen;
    this.size = entries.length;
    int cap = Integer.highestOneBit(Math.max(4, entries.length * 2 - 1)) << 1;
    keys = new long[cap];
    masks = new byte[cap];
    for (int i = 0; i < entries.length; i++) {
      int s = Hash.slot(keys, entries[i]);
      keys[s] = entries[i];
      masks[s] |= entryMasks[i];
    }
  }

  /** {@return a gazetteer that knows no name} */
  public static Gazetteer empty() {
    return EMPTY;
  }

  /** {@return the number of stored phrases and tokens} */
  public int size() {
    return size;
  }

  /**
   * Builds the lists from tagged sentences.
   *
   * @param units each sentence's tokens in normalised form
   * @param typeIds each token's entity chunk type (index in {@link Labels#TYPES}), or -1
   * @param chunkStarts per sentence, whether a token starts a chunk
   */
  public static Gazetteer build(List<String[]> units, List<int[]> typeIds, List<boolean[]> chunkStarts, int maxLen) {
    LongByteTable t = new LongByteTable();
    for (int s = 0; s < units.size(); s++) {
      String[] u = units.get(s);
      int[] ty = typeIds.get(s);
      boolean[] st = chunkStarts.get(s);
      long[] h = new long[u.length];
      for (int i = 0; i < u.length; i++) h[i] = unitHash(u[i]);
      for (int i = 0; i < u.length; i++) {
        if (ty[i] < 0) continue;
        t.or(tokenKey(h[i]), (byte) (1 << ty[i]));
        if (!st[i]) continue;
        int e = i + 1;
        while (e < u.length && ty[e] == ty[i] && !st[e]) e++;
        if (e - i <= maxLen) t.or(phraseKey(h, i, e), (byte) (1 << ty[i]));
      }
    }
    return new Gazetteer(t.keys(), t.masks(), maxLen);
  }

  /** Writes the features of each token of a sentence (in normalised form) into {@code out}. */
  public void extract(String[] units, FeatureBuffer out) {
    int n = units.length;
    long[] h = new long[n];
    int[] tok = new int[n];
    for (int i = 0; i < n; i++) {
      h[i] = unitHash(units[i]);
      tok[i] = size == 0 ? 0 : get(tokenKey(h[i]));
    }
    // phrase matches: for each token, the features of the phrases covering it
    int[][] cover = new int[n][];
    int[] coverN = new int[n];
    if (size > 0) {
      for (int s = 0; s < n; s++) {
        // every token of a listed name is listed as a token inside a name
        int limit = s;
        while (limit < n && limit - s < maxLen && tok[limit] != 0) limit++;
        for (int e = limit; e > s; e--) {
          int m = get(phraseKey(h, s, e));
          if (m == 0) continue;
          int len = e - s;
          for (int i = s; i < e; i++) {
            int pos = len == 1 ? 0 : i == s ? 1 : i == e - 1 ? 2 : 3;
            if (cover[i] == null) cover[i] = new int[8];
            if (coverN[i] + 2 > cover[i].length) cover[i] = Arrays.copyOf(cover[i], cover[i].length * 2);
            cover[i][coverN[i]++] = Hash.feature(PHRASE, m, pos);
            cover[i][coverN[i]++] = Hash.feature(PHRASE_LEN, m, pos, Math.min(len, 4));
          }
        }
      }
    }
    out.reset(n);
    for (int i = 0; i < n; i++) {
      out.token(i);
      out.add(Hash.feature(TOKEN, tok[i]));
      out.add(Hash.feature(TOKEN_PREV, i > 0 ? tok[i - 1] : -1, tok[i]));
      out.add(Hash.feature(TOKEN_NEXT, tok[i], i + 1 < n ? tok[i + 1] : -1));
      for (int k = 0; k < coverN[i]; k++) out.add(cover[i][k]);
    }
    out.end();
  }

  private int get(long key) {
    int s = Hash.slot(keys, key);
    return keys[s] == key ? masks[s] : 0;
  }

  private static long unitHash(String s) {
    return Hash.step64(Hash.empty64(), s);
  }

  private static long tokenKey(long h) {
    long k = Hash.mix64(h ^ TOKEN_SALT);
    return k == 0 ? 1 : k;
  }

  private static long phraseKey(long[] h, int s, int e) {
    long k = e - s;
    for (int i = s; i < e; i++) k = Hash.mix64(k * 31 + h[i]);
    return k == 0 ? 2 : k;
  }


  /** Writes the lists. */
  public void write(DataOutputStream out) throws IOException {
    out.writeInt(maxLen);
    out.writeInt(size);
    long[] sorted = new long[size];
    byte[] m = new byte[size];
    int k = 0;
    for (int i = 0; i < keys.length; i++) if (keys[i] != 0) sorted[k++] = keys[i];
    Arrays.sort(sorted);
    for (int i = 0; i < size; i++) {
      out.writeLong(sorted[i]);
      m[i] = (byte) get(sorted[i]);
    }
    out.write(m);
  }

  /** Reads lists written by {@link #write}. */
  public static Gazetteer read(DataInputStream in) throws IOException {
    int maxLen = in.readInt();
    int n = in.readInt();
    if (maxLen < 1 || n < 0) throw new IOException("bad gazetteer header: " + maxLen + ", " + n);
    long[] k = new long[n];
    for (int i = 0; i < n; i++) k[i] = in.readLong();
    byte[] m = new byte[n];
    in.readFully(m);
    return new Gazetteer(k, m, maxLen);
  }

  /** Growable open-addressing table used while building. */
  private static final class LongByteTable {
    private long[] keys = new long[1 << 12];
    private byte[] vals = new byte[1 << 12];
    private int size;

    void or(long key, byte v) {
      if (size * 2 >= keys.length) grow();
      int s = Hash.slot(keys, key);
      if (keys[s] == 0) {
        keys[s] = key;
        size++;
      }
      vals[s] |= v;
    }

    long[] keys() {
      long[] out = new long[size];
      int k = 0;
      for (long key : keys) if (key != 0) out[k++] = key;
      return out;
    }

    byte[] masks() {
      byte[] out = new byte[size];
      int k = 0;
      for (int i = 0; i < keys.length; i++) if (keys[i] != 0) out[k++] = vals[i];
      return out;
    }

    private void grow() {
      long[] ok = keys;
      byte[] ov = vals;
      keys = new long[ok.length * 2];
      vals = new byte[ok.length * 2];
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] == 0) continue;
        int s = Hash.slot(keys, ok[i]);
        keys[s] = ok[i];
        vals[s] = ov[i];
      }
    }
  }
}
