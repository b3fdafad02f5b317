package amity.parse.internal;

import amity.ner.internal.Hash;
import amity.ner.internal.Shapes;
import java.util.List;

/**
 * The hashed forms of a sentence's tokens and their parts of speech, as the parser's features
 * read them; tokens are numbered 1..n (index 0 is unused). Not thread-safe: one per sentence.
 */
public final class Words {
  final int n;
  /** Hash of the lower-cased form with digits as 0. */
  final int[] word;
  /** Hash of the last three characters of that form. */
  final int[] suffix;
  /** Part-of-speech id of each token. */
  final int[] pos;
  /** Whether each token is punctuation (no letter or digit). */
  final boolean[] punct;
  /** Number of punctuation tokens among 1..i. */
  final int[] punctUpTo;

  /** Hashes the forms; parts of speech are set by {@link #setPos}. */
  public Words(List<String> forms) {
    n = forms.size();
    word = new int[n + 1];
    suffix = new int[n + 1];
    pos = new int[n + 1];
    punct = new boolean[n + 1];
    punctUpTo = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      String f = forms.get(i - 1);
      String norm = Shapes.norm(f);
      word[i] = Hash.of(norm);
      suffix[i] = Hash.of(norm, Math.max(0, norm.length() - 3), norm.length());
      punct[i] = !f.codePoints().anyMatch(Character::isLetterOrDigit);
      punctUpTo[i] = punctUpTo[i - 1] + (punct[i] ? 1 : 0);
    }
  }

  /** Sets the part-of-speech id of token {@code i} (1-based). */
  public void setPos(int i, int tag) {
    pos[i] = tag;
  }

  /** {@return the number of tokens} */
  public int size() {
    return n;
  }
}
