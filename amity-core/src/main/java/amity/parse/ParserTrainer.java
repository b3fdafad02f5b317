package amity.parse;

import amity.ner.internal.WeightTable;
import amity.parse.internal.ArcEager;
import amity.parse.internal.Decoder;
import amity.parse.internal.ParseLanguage;
import amity.parse.internal.ParserFeatures;
import amity.parse.internal.Perceptron;
import amity.parse.internal.Projectivizer;
import amity.parse.internal.Relations;
import amity.parse.internal.TaggerFeatures;
import amity.parse.internal.Words;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains a {@link ParserModel}: a greedy averaged-perceptron part-of-speech tagger, then a greedy
 * arc-eager parser (averaged perceptron) trained with a dynamic oracle and error exploration
 * (Goldberg and Nivre 2012), on parts of speech the tagger predicts (jackknifed, so that the
 * parser learns from tags as wrong as it will meet). The move (shift, reduce, left, right) and the
 * relation of each new arc are two classifiers; the relation is chosen when the arc is made, and
 * later moves read it. Non-projective trees are made projective by lifting ({@link
 * Projectivizer}) for training. The epoch of each with the best held-out score is kept.
 * Deterministic: the same data, config and seed give the same model. Thread-safe (each call keeps
 * its own state).
 *
 * <pre>{@code
 * ParserTrainer.Result r = new ParserTrainer(ParserTrainer.Config.defaults())
 *     .train("en", ParserModel.AMITY_TOKENS, train, heldOut, System.err::println);
 * }</pre>
 *
 * <p>Design decision: a single classifier over every (move, relation) pair would need a weight
 * per feature and pair — with about 40 relations, about 80 classes, which makes the model and the
 * training tables large for the little data the treebanks give. Two classifiers keep the move
 * table at four weights a feature.
 */
public final class ParserTrainer {
  /**
   * Training parameters.
   *
   * @param taggerEpochs most passes of the tagger over the training sentences
   * @param parserEpochs most passes of the parser
   * @param patience stop the parser after this many epochs without a better held-out LAS
   * @param runs parser runs with different shuffles whose weights (of each run's best epoch) are
   *     averaged
   * @param folds the parser is trained on tags predicted by taggers trained on the other folds
   *     (jackknifing); 0 or 1 trains it on the gold tags
   * @param goldTags the share of training sentences the parser sees with gold tags in each epoch
   *     (drawn anew each time), the others with jackknifed ones: MODELS.md has the measurements
   * @param explore from epoch {@code exploreFrom}, the share of wrong moves the parser follows
   *     (error exploration); the others follow the best correct move
   * @param exploreFrom the first epoch that explores
   * @param minWeight features whose averaged weights are all below this in magnitude are left
   *     out of the model (0 keeps them all)
   * @param seed seed of the shuffling and exploration
   */
  public record Config(
      int taggerEpochs, int parserEpochs, int patience, int runs, int folds, double goldTags, double explore, int exploreFrom, float minWeight, long seed) {
    public Config {
      if (taggerEpochs < 1 || parserEpochs < 1) throw new IllegalArgumentException("epochs must be at least 1: " + taggerEpochs + ", " + parserEpochs);
      if (patience < 1) throw new IllegalArgumentException("patience must be at least 1: " + patience);
      if (runs < 1) throw new IllegalArgumentException("runs must be at least 1: " + runs);
      if (folds < 0) throw new IllegalArgumentException("folds must not be negative: " + folds);
      if (!(goldTags >= 0 && goldTags <= 1)) throw new IllegalArgumentException("goldTags must be in [0, 1]: " + goldTags);
      if (!(explore >= 0 && explore <= 1)) throw new IllegalArgumentException("explore must be in [0, 1]: " + explore);
      if (!(minWeight >= 0)) throw new IllegalArgumentException("minWeight must not be negative: " + minWeight);
    }

    /** {@return the settings the shipped models were trained with} */
    public static Config defaults() {
      return new Config(12, 30, 5, 1, 5, 0.5, 0.9, 2, 1f, 42L);
    }

    /** {@return this config with other epoch limits} */
    public Config withEpochs(int tagger, int parser) {
      return new Config(tagger, parser, patience, runs, folds, goldTags, explore, exploreFrom, minWeight, seed);
    }

    /** {@return this config with another number of jackknifing folds and share of sentences seen with gold tags} */
    public Config withTags(int f, double gold) {
      return new Config(taggerEpochs, parserEpochs, patience, runs, f, gold, explore, exploreFrom, minWeight, seed);
    }

    /** {@return this config with other exploration} */
    public Config withExploration(double share, int from) {
      return new Config(taggerEpochs, parserEpochs, patience, runs, folds, goldTags, share, from, minWeight, seed);
    }

    /** {@return this config with another pruning threshold} */
    public Config withMinWeight(float w) {
      return new Config(taggerEpochs, parserEpochs, patience, runs, folds, goldTags, explore, exploreFrom, w, seed);
    }

    /** {@return this config with another number of parser runs, whose weights are averaged} */
    public Config withRuns(int r) {
      return new Config(taggerEpochs, parserEpochs, patience, r, folds, goldTags, explore, exploreFrom, minWeight, seed);
    }

    /** {@return this config with another seed} */
    public Config withSeed(long s) {
      return new Config(taggerEpochs, parserEpochs, patience, runs, folds, goldTags, explore, exploreFrom, minWeight, s);
    }
  }

  /**
   * A trained model and how it did.
   *
   * @param model the model of the best epochs
   * @param heldOut its scores on the held-out sentences (empty ones when there were none)
   * @param taggerEpoch the tagger's epoch kept
   * @param parserEpochs the parser's epoch kept in each run
   * @param nonProjective training sentences whose tree was made projective
   */
  public record Result(ParserModel model, ParseEvaluation.Scores heldOut, int taggerEpoch, List<Integer> parserEpochs, int nonProjective) {}

  private final Config config;

  /** Trains with the given config. */
  public ParserTrainer(Config config) {
    this.config = config;
  }

  /** A training sentence, encoded once. */
  private static final class Encoded {
    final List<String> forms;
    final TaggerFeatures tf;
    final int[] tags;
    final int[] gold; // projective heads, 1..n
    final int[][] deps;
    final int[] rels; // 1..n
    int[] predicted; // jackknifed tags

    Encoded(UdSentence s, List<String> tagSet, List<String> relSet) {
      forms = s.forms();
      tf = new TaggerFeatures(forms);
      int n = s.size();
      tags = new int[n];
      rels = new int[n + 1];
      for (int i = 0; i < n; i++) {
        tags[i] = Math.max(0, tagSet.indexOf(s.upos().get(i)));
        rels[i + 1] = Math.max(0, relSet.indexOf(Relations.normalise(s.relations().get(i))));
      }
      gold = Projectivizer.lift(s.headArray());
      deps = ArcEager.dependents(gold);
      predicted = tags;
    }
  }

  /**
   * {@return a model trained on {@code train}, its epochs chosen on {@code heldOut}} (the last
   * epochs when it is empty)
   *
   * @param tokens how the sentences were cut ({@link ParserModel#AMITY_TOKENS} or {@link
   *     ParserModel#TREEBANK_WORDS}), recorded in the model
   */
  public Result train(String lang, String tokens, List<UdSentence> train, List<UdSentence> heldOut, Consumer<String> progress) {
    if (train.isEmpty()) throw new IllegalArgumentException("no training sentences");
    TreeSet<String> tagNames = new TreeSet<>();
    TreeSet<String> relNames = new TreeSet<>();
    relNames.add(Relations.ROOT);
    for (UdSentence s : train) {
      tagNames.addAll(s.upos());
      for (String r : s.relations()) relNames.add(Relations.normalise(r));
    }
    List<String> tagSet = List.copyOf(tagNames);
    List<String> relSet = List.copyOf(relNames);
    List<Encoded> enc = new ArrayList<>(train.size());
    int nonProjective = 0;
    for (UdSentence s : train) {
      if (!Projectivizer.isProjective(s.headArray())) nonProjective++;
      enc.add(new Encoded(s, tagSet, relSet));
    }
    progress.accept(String.format(Locale.ROOT, "%s: %d training sentences (%d made projective), %d held out; %d tags, %d relations",
        lang, train.size(), nonProjective, heldOut.size(), tagSet.size(), relSet.size()));

    // 1. the tagger, its epoch chosen on the held-out sentences
    long t0 = System.nanoTime();
    Random random = new Random(config.seed());
    TaggerRun tagger = trainTagger(enc, config.taggerEpochs(), heldOut, tagSet, random, progress);
    progress.accept(String.format(Locale.ROOT, "tagger: epoch %d kept, held-out UPOS %.4f (%.1f s)", tagger.epoch, tagger.accuracy, (System.nanoTime() - t0) / 1e9));

    // 2. jackknifed tags for the parser's training
    if (config.folds() > 1) {
      long t1 = System.nanoTime();
      long right = 0;
      long all = 0;
      for (int k = 0; k < config.folds(); k++) {
        List<Encoded> rest = new ArrayList<>();
        for (int i = 0; i < enc.size(); i++) if (i % config.folds() != k) rest.add(enc.get(i));
        WeightTable t = trainTagger(rest, tagger.epoch, List.of(), tagSet, new Random(config.seed() + k + 1), s -> {}).table;
        for (int i = k; i < enc.size(); i += config.folds()) {
          Encoded e = enc.get(i);
          e.predicted = Decoder.tag(t, e.tf);
          for (int j = 0; j < e.tags.length; j++) if (e.predicted[j] == e.tags[j]) right++;
          all += e.tags.length;
        }
      }
      progress.accept(String.format(Locale.ROOT, "jackknifed tags (%d folds): accuracy %.4f (%.1f s)", config.folds(), (double) right / all, (System.nanoTime() - t1) / 1e9));
    }

    // 3. the parser: one or more runs with different shuffles, their best epochs' weights averaged
    int root = relSet.indexOf(Relations.ROOT);
    List<Perceptron.Rows> moveRuns = new ArrayList<>();
    List<Perceptron.Rows> labelRuns = new ArrayList<>();
    List<Integer> epochs = new ArrayList<>();
    ParserRun run = null;
    for (int k = 0; k < config.runs(); k++) {
      if (config.runs() > 1) progress.accept("parser run " + (k + 1) + " of " + config.runs());
      Random rk = k == 0 ? random : new Random(config.seed() + 1000L * k);
      run = trainParser(enc, heldOut, rk, progress, m -> new ParserModel(lang, tokens, ParseLanguage.of(lang).splitter(), tagSet, relSet, tagger.table,
          m.moves().table(config.minWeight()), m.labels().table(config.minWeight())), relSet.size(), root);
      moveRuns.add(run.weights().moves());
      labelRuns.add(run.weights().labels());
      epochs.add(run.epoch());
    }
    ParserModel model = run.model();
    ParseEvaluation.Scores scores = run.scores();
    if (config.runs() > 1) {
      model = new ParserModel(lang, tokens, ParseLanguage.of(lang).splitter(), tagSet, relSet, tagger.table,
          Perceptron.Rows.mean(moveRuns).table(config.minWeight()), Perceptron.Rows.mean(labelRuns).table(config.minWeight()));
      scores = heldOut.isEmpty() ? scores : ParseEvaluation.score(model, heldOut);
    }
    progress.accept(String.format(Locale.ROOT, "parser: epochs %s kept, held-out %s", epochs, scores.format()));
    return new Result(model, scores, tagger.epoch, epochs, nonProjective);
  }

  /** Weights of the parser: moves and relations. */
  private record ParserWeights(Perceptron.Rows moves, Perceptron.Rows labels) {}

  /** One run of the parser: the weights, model and scores of its best epoch. */
  private record ParserRun(ParserWeights weights, ParserModel model, ParseEvaluation.Scores scores, int epoch) {}

  /** Trains the parser once, choosing the epoch with the best held-out LAS (the last without held-out sentences). */
  private ParserRun trainParser(
      List<Encoded> enc, List<UdSentence> heldOut, Random random, Consumer<String> progress,
      Function<ParserWeights, ParserModel> model, int relations, int root) {
    Perceptron moves = new Perceptron(ArcEager.MOVES);
    Perceptron labels = new Perceptron(relations);
    ParserRun best = null;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < enc.size(); i++) order.add(i);
    for (int epoch = 1; epoch <= config.parserEpochs(); epoch++) {
      long te = System.nanoTime();
      Collections.shuffle(order, random);
      double explore = epoch >= config.exploreFrom() ? config.explore() : 0;
      long wrong = 0;
      long decisions = 0;
      for (int idx : order) {
        long[] r = parseForTraining(enc.get(idx), moves, labels, root, config.goldTags(), explore, random);
        wrong += r[0];
        decisions += r[1];
      }
      ParserWeights w = new ParserWeights(moves.averaged(), labels.averaged());
      ParserModel m = model.apply(w);
      ParseEvaluation.Scores sc = heldOut.isEmpty() ? new ParseEvaluation.Scores(0, 0, 0, 0, 0) : ParseEvaluation.score(m, heldOut);
      progress.accept(String.format(Locale.ROOT, "epoch %d: %.2f%% wrong moves%s; %d + %d features (%.1f s)",
          epoch, 100.0 * wrong / Math.max(1, decisions),
          heldOut.isEmpty() ? "" : String.format(Locale.ROOT, ", held-out UAS %.4f LAS %.4f", sc.uas(), sc.las()),
          moves.size(), labels.size(), (System.nanoTime() - te) / 1e9));
      if (best == null || heldOut.isEmpty() || sc.las() > best.scores().las()) {
        best = new ParserRun(w, m, sc, epoch);
      } else if (epoch - best.epoch() >= config.patience()) {
        break;
      }
    }
    return best;
  }

  /** A trained tagger: the table of its best epoch. */
  private record TaggerRun(WeightTable table, int epoch, double accuracy) {}

  private static TaggerRun trainTagger(
      List<Encoded> train, int epochs, List<UdSentence> heldOut, List<String> tagSet, Random random, Consumer<String> progress) {
    Perceptron p = new Perceptron(tagSet.size());
    int[] f = new int[TaggerFeatures.MAX];
    float[] scores = new float[tagSet.size()];
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < train.size(); i++) order.add(i);
    TaggerRun best = null;
    List<TaggerFeatures> devFeatures = heldOut.stream().map(s -> new TaggerFeatures(s.forms())).toList();
    for (int epoch = 1; epoch <= epochs; epoch++) {
      Collections.shuffle(order, random);
      for (int idx : order) {
        Encoded e = train.get(idx);
        int[] hist = new int[e.tags.length];
        for (int i = 0; i < e.tags.length; i++) {
          int k = e.tf.features(i, i > 0 ? hist[i - 1] : -1, i > 1 ? hist[i - 2] : -1, f);
          p.score(f, k, scores);
          int pred = argmax(scores);
          if (pred != e.tags[i]) p.update(f, k, e.tags[i], pred);
          p.tick();
          hist[i] = pred;
        }
      }
      if (heldOut.isEmpty()) {
        if (epoch == epochs) best = new TaggerRun(p.average(0f), epoch, 0);
        continue;
      }
      WeightTable t = p.average(0f);
      long right = 0;
      long all = 0;
      for (int s = 0; s < heldOut.size(); s++) {
        int[] pred = Decoder.tag(t, devFeatures.get(s));
        List<String> gold = heldOut.get(s).upos();
        for (int i = 0; i < pred.length; i++) if (tagSet.get(pred[i]).equals(gold.get(i))) right++;
        all += pred.length;
      }
      double acc = (double) right / Math.max(1, all);
      progress.accept(String.format(Locale.ROOT, "tagger epoch %d: held-out UPOS %.4f; %d features", epoch, acc, p.size()));
      if (best == null || acc > best.accuracy) best = new TaggerRun(t, epoch, acc);
    }
    return best;
  }

  /**
   * Parses one training sentence with the current weights, learning from each wrong move: the
   * dynamic oracle names the moves that lose no gold arc, the best of them is the target, and with
   * probability {@code explore} a wrong move is followed anyway.
   *
   * @return the wrong moves and all moves
   */
  private static long[] parseForTraining(
      Encoded e, Perceptron moves, Perceptron labels, int root, double goldTags, double explore, Random random) {
    int n = e.forms.size();
    Words x = new Words(e.forms);
    boolean useGold = random.nextDouble() < goldTags;
    for (int i = 0; i < n; i++) x.setPos(i + 1, useGold ? e.tags[i] : e.predicted[i]);
    ArcEager.State s = new ArcEager.State(n);
    int[] f = new int[ParserFeatures.MOVE_FEATURES];
    int[] lf = new int[ParserFeatures.LABEL_FEATURES];
    float[] ms = new float[ArcEager.MOVES];
    float[] ls = new float[labels.classes()];
    long wrong = 0;
    long all = 0;
    while (!s.terminal()) {
      int k = ParserFeatures.moves(s, x, f);
      moves.score(f, k, ms);
      int pred = -1;
      int target = -1;
      boolean predFree = false;
      for (int m = 0; m < ArcEager.MOVES; m++) {
        if (!s.legal(m)) continue;
        if (pred < 0 || ms[m] > ms[pred]) pred = m;
        if (s.cost(m, e.gold, e.deps) == 0 && (target < 0 || ms[m] > ms[target])) target = m;
      }
      if (target < 0) break; // cannot happen for a projective tree
      predFree = s.cost(pred, e.gold, e.deps) == 0;
      all++;
      if (!predFree) {
        wrong++;
        moves.update(f, k, target, pred);
      }
      moves.tick();
      int move = predFree || (explore > 0 && random.nextDouble() < explore) ? pred : target;
      int rel = 0;
      if (move == ArcEager.LEFT || move == ArcEager.RIGHT) {
        int h = s.arcHead(move);
        int d = s.arcDependent(move);
        int lk = ParserFeatures.label(s, x, h, d, lf);
        labels.score(lf, lk, ls);
        ls[root] = Float.NEGATIVE_INFINITY;
        rel = argmax(ls);
        if (e.gold[d] == h) {
          if (rel != e.rels[d]) labels.update(lf, lk, e.rels[d], rel);
          rel = e.rels[d];
        }
        labels.tick();
      }
      s.apply(move, rel);
    }
    return new long[] {wrong, all};
  }

  private static int argmax(float[] s) {
    int best = 0;
    for (int y = 1; y < s.length; y++) if (s[y] > s[best]) best = y;
    return best;
  }
}
