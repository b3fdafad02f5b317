package amity.parse.internal;

import amity.ner.internal.Hash;
import amity.ner.internal.Shapes;
import java.util.List;

/**
 * Feature templates of the part-of-speech tagger over one sentence, hashed to ints: the word
 * (lower case, digits as 0), its prefixes and suffixes, shape and length, the words and suffixes
 * around it, and the two tags before it (the tagger is greedy, left to right). Not thread-safe:
 * one per sentence.
 *
 * <p>Hashes are part of the model format: changing a template invalidates saved models.
 */
public final class TaggerFeatures {
  /** Most features a token can have. */
  public static final int MAX = 32;

  private static final int NONE = 0x3C3C3C3C;

  private final int n;
  private final int[] word;
  private final int[][] suffix; // suffix[k][i]: last k+1 characters
  private final int[][] prefix;
  private final int[] shape;
  private final int[] length;
  private final int[] flags;

  /** Hashes what the templates read of each token. */
  public TaggerFeatures(List<String> forms) {
    n = forms.size();
    word = new int[n];
    suffix = new int[4][n];
    prefix = new int[3][n];
    shape = new int[n];
    length = new int[n];
    flags = new int[n];
    for (int i = 0; i < n; i++) {
      String f = forms.get(i);
      String norm = Shapes.norm(f);
      int len = norm.length();
      word[i] = Hash.of(norm);
      for (int k = 0; k < 4; k++) suffix[k][i] = len > k ? Hash.of(norm, len - k - 1, len) : NONE - k;
      for (int k = 0; k < 3; k++) prefix[k][i] = len > k ? Hash.of(norm, 0, k + 1) : NONE - 7 - k;
      shape[i] = Shapes.shapeHash(f, 2);
      length[i] = Math.min(len, 8);
      flags[i] = Shapes.flags(f);
    }
  }

  /** {@return the number of tokens} */
  public int size() {
    return n;
  }

  private int at(int[] a, int i) {
    return i >= 0 && i < n ? a[i] : i < 0 ? NONE - 20 + i : NONE + 20 + (i - n);
  }

  /**
   * Writes the features of token {@code i} (0-based), whose two tags before are {@code p1} and
   * {@code p2} (-1 before the sentence), to {@code f}.
   *
   * @return how many were written
   */
  public int features(int i, int p1, int p2, int[] f) {
    int w = word[i];
    int k = 0;
    f[k++] = Hash.feature(200, 1);
    f[k++] = Hash.feature(201, w);
    for (int s = 0; s < 4; s++) f[k++] = Hash.feature(202 + s, suffix[s][i]);
    for (int s = 0; s < 3; s++) f[k++] = Hash.feature(206 + s, prefix[s][i]);
    f[k++] = Hash.feature(209, shape[i]);
    f[k++] = Hash.feature(210, length[i], flags[i]);
    f[k++] = Hash.feature(211, p1);
    f[k++] = Hash.feature(212, p2);
    f[k++] = Hash.feature(213, p1, p2);
    f[k++] = Hash.feature(214, p1, w);
    f[k++] = Hash.feature(215, at(word, i - 1));
    f[k++] = Hash.feature(216, at(word, i + 1));
    f[k++] = Hash.feature(217, at(word, i - 2));
    f[k++] = Hash.feature(218, at(word, i + 2));
    f[k++] = Hash.feature(219, at(suffix[2], i - 1));
    f[k++] = Hash.feature(220, at(suffix[2], i + 1));
    f[k++] = Hash.feature(221, w, at(word, i + 1));
    f[k++] = Hash.feature(222, at(word, i - 1), w);
    f[k++] = Hash.feature(223, i == 0 ? 1 : 0, shape[i]);
    f[k++] = Hash.feature(224, at(shape, i + 1));
    f[k++] = Hash.feature(225, p1, suffix[2][i]);
    f[k++] = Hash.feature(226, at(suffix[1], i + 1), suffix[1][i]);
    f[k++] = Hash.feature(227, at(shape, i - 1), shape[i]);
    f[k++] = Hash.feature(228, shape[i], at(shape, i + 1));
    f[k++] = Hash.feature(229, i == 0 ? 1 : 0, (at(flags, i - 1) & 1) * 4 + (flags[i] & 1) * 2 + (at(flags, i + 1) & 1));
    return k;
  }
}
