package amity.ner;

import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Features of a second-stage tagger (Ratinov and Roth 2009, "non-local features"), read off the
 * labels a first-stage tagger gave a whole document: the first-stage labels of the token and of
 * its neighbours within two tokens, and, for a capitalised word, the share of its other
 * occurrences in the document that the first stage put inside a name of each type and whether
 * the document also writes it in lower case (a common word, not a name). The second stage learns
 * how far to trust these, where {@link DocumentContext} adds one hand-set weight. Stateless.
 */
final class DocumentFeatures {
  private DocumentFeatures() {}

  static final int SELF = 300;
  static final int PREV = 301;
  static final int PREV2 = 302;
  static final int NEXT = 303;
  static final int NEXT2 = 304;
  static final int SHARE = 305; // type, share of the other occurrences in fifths
  static final int MAJORITY = 306; // most frequent type of the other occurrences (0: O)
  static final int MAJORITY_SELF = 307; // that, with the token's own first-stage label
  static final int UNSEEN = 308; // capitalised, no other occurrence
  static final int LOWER = 309; // the document also has the word in lower case

  /**
   * {@return per sentence, per token, the feature hashes} of a document whose sentences the
   * first stage labelled {@code first} (label ids of {@code labels})
   */
  static List<int[][]> of(Labels labels, List<List<String>> sentences, List<int[]> first) {
    Map<String, int[]> counts = DocumentContext.counts(labels, sentences, first);
    Set<String> lower = new HashSet<>();
    for (List<String> s : sentences) for (String w : s) if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lower.add(w);
    int nt = labels.types().size();
    List<int[][]> out = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      List<String> tokens = sentences.get(k);
      int[] y = first.get(k);
      int n = tokens.size();
      int[][] f = new int[n][];
      for (int i = 0; i < n; i++) {
        int[] buf = new int[8 + nt];
        int m = 0;
        int prev = at(y, i - 1);
        int next = at(y, i + 1);
        buf[m++] = Hash.feature(SELF, y[i]);
        buf[m++] = Hash.feature(PREV, prev);
        buf[m++] = Hash.feature(PREV2, at(y, i - 2), prev);
        buf[m++] = Hash.feature(NEXT, next);
        buf[m++] = Hash.feature(NEXT2, next, at(y, i + 2));
        int[] c = counts.get(tokens.get(i));
        if (c != null) {
          int self = labels.type(y[i]) - 1;
          int others = c[nt] - 1;
          if (others < 1) {
            buf[m++] = Hash.feature(UNSEEN, y[i]);
          } else {
            int named = 0;
            int major = 0;
            int majorCount = 0;
            for (int t = 0; t < nt; t++) {
              int ct = c[t] - (t == self ? 1 : 0);
              named += ct;
              if (ct > 0) buf[m++] = Hash.feature(SHARE, t, Math.round(5f * ct / others));
              if (ct > majorCount) {
                majorCount = ct;
                major = t + 1;
              }
            }
            if (others - named > majorCount) major = 0;
            buf[m++] = Hash.feature(MAJORITY, major);
            buf[m++] = Hash.feature(MAJORITY_SELF, major, y[i]);
          }
          if (lower.contains(tokens.get(i).toLowerCase(java.util.Locale.ROOT))) buf[m++] = Hash.feature(LOWER, 1);
        }
        f[i] = java.util.Arrays.copyOf(buf, m);
      }
      out.add(f);
    }
    return out;
  }

  /** {@return label {@code y[i]}, or -1 before the sentence and -2 after it} */
  private static int at(int[] y, int i) {
    return i < 0 ? -1 : i >= y.length ? -2 : y[i];
  }
}
