package amity.ner.internal;

/**
 * Feature hashing: 32-bit FNV-1a over characters, finished with the murmur3 mixer.
 *
 * <p>Hashes are part of the model format: changing them invalidates every saved model.
 */
public final class Hash {
  private Hash() {}

  /** Salt that turns a feature into its edge feature (conjoined with the label pair). */
  public static final int EDGE = 0x0ED6E5;

  private static final int FNV_OFFSET = 0x811C9DC5;
  private static final int FNV_PRIME = 0x01000193;

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

  /** {@return a feature from a template number and one value} */
  /** {@return {@code h[i]}, or a value of its own for each position before or after the sentence} */
  public static int at(int[] h, int i) {
    if (i < 0) return -1 - i; // distinct padding before the sentence
    if (i >= h.length) return -100 - (i - h.length);
    return h[i];
  }

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
