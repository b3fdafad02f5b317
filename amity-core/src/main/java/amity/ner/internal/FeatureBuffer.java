package amity.ner.internal;

import java.util.Arrays;

/**
 * Hashed features of one sentence, token by token. Not thread-safe: one per call.
 *
 * <pre>{@code
 * buf.reset(n);
 * for (int i = 0; i < n; i++) { buf.token(i); buf.add(hash); ... }
 * buf.end();
 * }</pre>
 */
public final class FeatureBuffer {
  private int[] feats = new int[256];
  private int[] starts = new int[17];
  private int size;
  private int tokens;

  /** Starts a sentence of {@code n} tokens. */
  public void reset(int n) {
    if (starts.length < n + 1) starts = new int[Math.max(n + 1, starts.length * 2)];
    size = 0;
    tokens = n;
  }

  /** Starts the features of token {@code i}; tokens come in order. */
  public void token(int i) {
    starts[i] = size;
  }

  /** Adds one feature hash to the current token. */
  public void add(int f) {
    if (size == feats.length) feats = Arrays.copyOf(feats, size * 2);
    feats[size++] = f;
  }

  /** Closes the sentence. */
  public void end() {
    starts[tokens] = size;
  }

  /** {@return the number of tokens} */
  public int tokens() {
    return tokens;
  }

  /** {@return index of the first feature of token {@code i} in {@link #features()}} */
  public int start(int i) {
    return starts[i];
  }

  /** {@return index past the last feature of token {@code i}} */
  public int end(int i) {
    return starts[i + 1];
  }

  /** {@return the backing array of feature hashes (valid up to {@code end(tokens-1)})} */
  public int[] features() {
    return feats;
  }

  /** {@return the features of token {@code i} as a fresh array} */
  public int[] copy(int i) {
    return Arrays.copyOfRange(feats, starts[i], starts[i + 1]);
  }

  /** {@return {@code into} holding the features of {@code buf} with {@code extra[i]} added to token i's} */
  public static FeatureBuffer merge(FeatureBuffer buf, int[][] extra, FeatureBuffer into) {
    int n = buf.tokens();
    into.reset(n);
    for (int i = 0; i < n; i++) {
      into.token(i);
      for (int k = buf.start(i), e = buf.end(i); k < e; k++) into.add(buf.feats[k]);
      for (int h : extra[i]) into.add(h);
    }
    into.end();
    return into;
  }
}
