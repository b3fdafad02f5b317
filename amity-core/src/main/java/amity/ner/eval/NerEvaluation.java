package amity.ner.eval;

import amity.ner.Bio;
import amity.ner.NerModel;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Entity-level scores by conlleval's rules: an entity counts as found only when its span and type
 * both match exactly; precision, recall and F1 per type and overall, and token accuracy.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * NerEvaluation.Report r = NerEvaluation.evaluate(gold, predictedTags);
 * System.out.print(r.format());
 * }</pre>
 */
public final class NerEvaluation {
  private NerEvaluation() {}

  /**
   * Counts and scores of one entity type, or of all.
   *
   * @param gold entities in the gold standard
   * @param predicted entities predicted
   * @param correct predicted entities with the gold span and type
   * @param precision correct / predicted (0 when nothing was predicted)
   * @param recall correct / gold (0 when there is no gold entity)
   * @param f1 harmonic mean of precision and recall
   */
  public record Score(int gold, int predicted, int correct, double precision, double recall, double f1) {
    static Score of(int gold, int predicted, int correct) {
      double p = predicted == 0 ? 0 : (double) correct / predicted;
      double r = gold == 0 ? 0 : (double) correct / gold;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return new Score(gold, predicted, correct, p, r, f);
    }
  }

  /**
   * The result of an evaluation; a record of plain values, ready for JSON.
   *
   * @param sentences sentences scored
   * @param tokens tokens scored
   * @param accuracy share of tokens whose tag is right
   * @param overall scores over all types
   * @param types scores per type, types in alphabetical order
   */
  public record Report(int sentences, int tokens, double accuracy, Score overall, Map<String, Score> types) {
    public Report {
      Objects.requireNonNull(overall, "overall must not be null");
      types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
    }

    /** {@return a conlleval-style text table} */
    public String format() {
      StringBuilder b = new StringBuilder();
      b.append(
          String.format(
              "processed %d tokens with %d phrases; found: %d phrases; correct: %d.%n",
              tokens, overall.gold(), overall.predicted(), overall.correct()));
      b.append(
          String.format(
              "accuracy: %6.2f%%; precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f%n",
              100 * accuracy, 100 * overall.precision(), 100 * overall.recall(), 100 * overall.f1()));
      for (Map.Entry<String, Score> e : types.entrySet()) {
        Score s = e.getValue();
        b.append(
            String.format(
                "%17s: precision: %6.2f%%; recall: %6.2f%%; FB1: %6.2f  %d%n",
                e.getKey(), 100 * s.precision(), 100 * s.recall(), 100 * s.f1(), s.predicted()));
      }
      return b.toString();
    }
  }

  /**
   * {@return the scores of {@code predicted} tags against {@code gold}}
   *
   * @throws IllegalArgumentException when the lists or any sentence differ in length
   */
  public static Report evaluate(List<TaggedSentence> gold, List<List<String>> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          "gold has " + gold.size() + " sentences, predicted " + predicted.size());
    }
    Map<String, int[]> counts = new LinkedHashMap<>(); // gold, predicted, correct
    int tokens = 0;
    int right = 0;
    for (int i = 0; i < gold.size(); i++) {
      List<String> g = gold.get(i).tags();
      List<String> p = predicted.get(i);
      if (g.size() != p.size()) {
        throw new IllegalArgumentException(
            "sentence " + i + ": gold has " + g.size() + " tags, predicted " + p.size());
      }
      tokens += g.size();
      for (int k = 0; k < g.size(); k++) if (g.get(k).equals(p.get(k))) right++;
      List<Bio.Chunk> gc = Bio.chunks(g);
      List<Bio.Chunk> pc = Bio.chunks(p);
      Set<Bio.Chunk> gs = new HashSet<>(gc);
      for (Bio.Chunk c : gc) counts.computeIfAbsent(c.type(), t -> new int[3])[0]++;
      for (Bio.Chunk c : pc) {
        int[] n = counts.computeIfAbsent(c.type(), t -> new int[3]);
        n[1]++;
        if (gs.contains(c)) n[2]++;
      }
    }
    Map<String, Score> types = new LinkedHashMap<>();
    int tg = 0;
    int tp = 0;
    int tc = 0;
    for (String t : new TreeSet<>(counts.keySet())) {
      int[] n = counts.get(t);
      types.put(t, Score.of(n[0], n[1], n[2]));
      tg += n[0];
      tp += n[1];
      tc += n[2];
    }
    return new Report(
        gold.size(), tokens, tokens == 0 ? 0 : (double) right / tokens, Score.of(tg, tp, tc), types);
  }

  /** {@return the tags a model predicts for each gold sentence} */
  public static List<List<String>> predict(NerModel model, List<TaggedSentence> gold) {
    List<List<String>> out = new ArrayList<>(gold.size());
    for (TaggedSentence s : gold) out.add(model.tag(s.tokens()));
    return out;
  }

  /**
   * {@return the tags a model predicts for each sentence of {@code docs}, in order}: documents
   * that mark context are tagged with {@link NerModel#tagDocument}, as {@code amity tag} does
   */
  public static List<List<String>> predictDocuments(NerModel model, List<CorpusReader.Document> docs) {
    List<List<String>> out = new ArrayList<>();
    for (CorpusReader.Document d : docs) {
      if (d.context()) {
        List<List<String>> tokens = new ArrayList<>(d.sentences().size());
        for (TaggedSentence s : d.sentences()) tokens.add(s.tokens());
        out.addAll(model.tagDocument(tokens));
      } else {
        for (TaggedSentence s : d.sentences()) out.add(model.tag(s.tokens()));
      }
    }
    return out;
  }
}
