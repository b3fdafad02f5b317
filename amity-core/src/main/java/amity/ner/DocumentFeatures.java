package amity.ner;

import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import amity.ner.internal.TopicWords;
import amity.ner.internal.WordClasses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Features of a second-stage tagger (Ratinov and Roth 2009, "non-local features"), read off the
 * labels a first-stage tagger gave a whole document: the first-stage labels of the token and of
 * its neighbours within two tokens, and, for a capitalised word, the share of its other
 * occurrences in the document that the first stage put inside a name of each type and whether
 * the document also writes it in lower case (a common word, not a name). With {@link TopicWords},
 * the token's first-stage label, its word, that majority and the kinds of name a lexicon ({@link
 * WordClasses}) says the word can be also come paired with whether the document is about, say,
 * sports, where "Parma" names a club, not a town. The second stage learns how far to trust these,
 * where {@link DocumentContext} adds one hand-set weight. Stateless.
 */
public final class DocumentFeatures {
  private DocumentFeatures() {}

  /** The version of the features {@link #of} computes (see {@link amity.ner.internal.FeatureExtractor#spec}). */
  public static final String SPEC = "document/1";

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
  static final int TOPIC_SELF = 310; // topic, whether the document is about it, the token's first-stage label
  static final int TOPIC_WORD = 311; // topic, about it, the capitalised word in lower case
  static final int TOPIC_MAJORITY = 312; // topic, about it, MAJORITY_SELF's pair
  static final int TOPIC_CLASS = 313; // topic and about it, the word's name classes in the lexicon, its first-stage label

  /**
   * {@return per sentence, per token, the feature hashes} of a document whose sentences the
   * first stage labelled {@code first} (label ids of {@code labels}), with the topics of {@code
   * topics} and the name classes of {@code classes}
   */
  public static List<int[][]> of(
      Labels labels, List<List<String>> sentences, List<int[]> first, TopicWords topics, WordClasses classes) {
    Map<String, int[]> counts = DocumentContext.counts(labels, sentences, first);
    Set<String> lower = new HashSet<>();
    for (List<String> s : sentences) for (String w : s) if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) lower.add(w);
    int nt = labels.types().size();
    int[] about = topics.marks(sentences);
    List<int[][]> out = new ArrayList<>(sentences.size());
    for (int k = 0; k < sentences.size(); k++) {
      List<String> tokens = sentences.get(k);
      int[] y = first.get(k);
      int n = tokens.size();
      int[][] f = new int[n][];
      for (int i = 0; i < n; i++) {
        int[] buf = new int[8 + nt + 4 * about.length];
        int m = 0;
        int prev = at(y, i - 1);
        int next = at(y, i + 1);
        buf[m++] = Hash.feature(SELF, y[i]);
        buf[m++] = Hash.feature(PREV, prev);
        buf[m++] = Hash.feature(PREV2, at(y, i - 2), prev);
        buf[m++] = Hash.feature(NEXT, next);
        buf[m++] = Hash.feature(NEXT2, next, at(y, i + 2));
        for (int t = 0; t < about.length; t++) buf[m++] = Hash.feature(TOPIC_SELF, t, about[t], y[i]);
        int[] c = counts.get(tokens.get(i));
        String lowered = c != null ? tokens.get(i).toLowerCase(Locale.ROOT) : null;
        if (c != null && about.length > 0) {
          int word = Hash.of(lowered);
          int names = classes.of(tokens.get(i)) & WordClasses.NAMES;
          for (int t = 0; t < about.length; t++) {
            buf[m++] = Hash.feature(TOPIC_WORD, t, about[t], word);
            if (classes.present()) buf[m++] = Hash.feature(TOPIC_CLASS, t * 2 + about[t], names, y[i]);
          }
        }
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
            for (int t = 0; t < about.length; t++) buf[m++] = Hash.feature(TOPIC_MAJORITY, t, about[t], major * 64 + y[i]);
          }
          if (lower.contains(lowered)) buf[m++] = Hash.feature(LOWER, 1);
        }
        f[i] = Arrays.copyOf(buf, m);
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
