package amity.ner.internal;

/**
 * Feature hashing: 32-bit FNV-1a over characters, finished with the murmur3 mixer; and the 64-bit
 * FNV-1a and open addressing that keep the gazetteer's and the clusters' keys.
 *
 * <p>Hashes are part of the model format: changing them invalidates every saved model.
 */
public final class Hash {
  private Hash() {}

  /** Salt that turns a feature into its edge feature (conjoined with the label pair). */
  public static final int EDGE = 0x0ED6E5;

  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;
  private static final long FNV64_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV64_PRIME = 0x100000001b3L;

  /** {@return the hash of all of {@code s}} */
  public static int of(CharSequence s) {
    return of(s, 0, s.length());
  }

  /** {@return the hash of {@code s[from, to)}} */
  public static int of(CharSequence s, int from, int to) {
    int h = FNV_OFFSET;
    for (int i = from; i < to; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  /** {@return {@code h} extended by one character} */
  public static int step(int h, char c) {
    return (h ^ c) * FNV_PRIME;
  }

  /** {@return the hash of nothing} */
  public static int empty() {
    return FNV_OFFSET;
  }

  /** {@return the 64-bit hash of nothing} */
  public static long empty64() {
    return FNV64_OFFSET;
  }

  /** {@return {@code h} extended by the characters of {@code s} (64-bit FNV-1a)} */
  public static long step64(long h, CharSequence s) {
    for (int i = 0; i < s.length(); i++) h = (h ^ s.charAt(i)) * FNV64_PRIME;
    return h;
  }

  /** {@return {@code z} with its bits mixed (murmur3's 64-bit finaliser)} */
  public static long mix64(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  /**
   * {@return the slot of {@code key} in an open-addressing table of 64-bit keys (length a power of
   * two, 0 marking an empty slot): where it stands, or the empty slot where it would go}
   */
  public static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    int i = (int) (mix64(key) & mask);
    while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  /** {@return a well-mixed combination of two values} */
  public static int mix(int a, int b) {
    int h = a * 0x9E3779B1 + b;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h;
  }

  /** {@return {@code h[i]}, or a value of its own for each position before or after the sentence} */
  public static int at(int[] h, int i) {
    if (i < 0) return -1 - i; // distinct padding before the sentence
    if (i >= h.length) return -100 - (i - h.length);
    return h[i];
  }

  /** {@return a feature from a template number and one value} */
  public static int feature(int template, int v) {
    return mix(template * 0x27D4EB2F + 0x165667B1, v);
  }

  /** {@return a feature from a template number and two values} */
  public static int feature(int template, int a, int b) {
    return mix(feature(template, a), b);
  }

  /** {@return a feature from a template number and three values} */
  public static int feature(int template, int a, int b, int c) {
    return mix(mix(feature(template, a), b), c);
  }
}
