package amity.ner;

import amity.ner.internal.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document-level consistency: a second Viterbi pass over each sentence of a document in which
 * every capitalised token leans towards the labels the first pass gave the same word (case
 * sensitive) elsewhere in the document. For a token whose word occurs {@code n} other times,
 * {@code c_T} of them inside a name of type T, the emission scores of every label of type T
 * ({@code B-T} and {@code I-T}, and in BIOES also {@code E-T} and {@code S-T}) get {@code
 * weight * c_T / n} and that of {@code O} gets {@code weight * (n - Σ c_T) / n}. The weight is
 * the model's {@link NerModel#documentWeight()} (0: no second pass), chosen on the dev documents
 * by {@link amity.ner.train.TrainNer}. Ratinov and Roth (2009) call the idea "prediction history"; here it is not
 * learned, only weighted ({@link DocumentFeatures} is the learned form, for a second-stage model,
 * whose output this pass can still adjust). Stateless.
 */
final class DocumentContext {
  private DocumentContext() {}

  /** Sentences per document at most; a longer run of sentences is cut into documents of this size. */

  /** {@return the tags of each sentence of one document} */
  static List<List<String>> tag(NerModel model, List<List<String>> sentences) {
    Labels labels = model.labels();
    float weight = model.documentWeight();
    List<List<String>> out = new ArrayList<>(sentences.size());
    if (weight <= 0 || sentences.size() < 2) {
      if (model.firstStage() != null) {
        for (NerModel.Scores sc : model.documentScores(sentences)) out.add(names(labels, model.decode(sc, null)));
      } else {
        for (List<String> s : sentences) out.add(names(labels, model.decode(s)));
      }
      return out;
    }
    List<NerModel.Scores> scores = model.documentScores(sentences);
    List<int[]> first = new ArrayList<>(sentences.size());
    for (NerModel.Scores sc : scores) first.add(model.decode(sc, null));
    Map<String, int[]> counts = counts(labels, sentences, first);
    for (int k = 0; k < sentences.size(); k++) {
      float[] bias = bias(labels, sentences.get(k), first.get(k), counts, weight);
      out.add(names(labels, bias == null ? first.get(k) : model.decode(scores.get(k), bias)));
    }
    return out;
  }

  /**
   * {@return for each capitalised word of the document: how often the first pass put it inside a
   * name of each type (indexed as {@link Labels#types()}), and last how often it occurs}
   */
  static Map<String, int[]> counts(Labels labels, List<List<String>> sentences, List<int[]> first) {
    int nt = labels.types().size();
    Map<String, int[]> counts = new HashMap<>();
    for (int k = 0; k < sentences.size(); k++) {
      List<String> t = sentences.get(k);
      int[] y = first.get(k);
      for (int i = 0; i < t.size(); i++) {
        if (!capitalised(t.get(i))) continue;
        int[] c = counts.computeIfAbsent(t.get(i), w -> new int[nt + 1]);
        c[nt]++;
        int type = labels.type(y[i]) - 1; // -1: O
        if (type >= 0) c[type]++;
      }
    }
    return counts;
  }

  /** {@return the score added to each token's labels ({@code [i * L + y]}), or null when none is} */
  static float[] bias(Labels labels, List<String> tokens, int[] first, Map<String, int[]> counts, float weight) {
    int nt = labels.types().size();
    int l = labels.size();
    float[] bias = null;
    for (int i = 0; i < tokens.size(); i++) {
      int[] c = counts.get(tokens.get(i));
      if (c == null) continue;
      int others = c[nt] - 1;
      if (others < 1) continue;
      int self = labels.type(first[i]) - 1;
      if (bias == null) bias = new float[tokens.size() * l];
      int named = 0;
      for (int t = 0; t < nt; t++) {
        int ct = c[t] - (t == self ? 1 : 0);
        named += ct;
        if (ct == 0) continue;
        float v = weight * ct / others;
        for (int y = 1; y < l; y++) if (labels.type(y) == t + 1) bias[i * l + y] += v;
      }
      bias[i * l + 0] += weight * (others - named) / others;
    }
    return bias;
  }

  private static boolean capitalised(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static List<String> names(Labels labels, int[] ids) {
    return labels.bio(ids);
  }
}
