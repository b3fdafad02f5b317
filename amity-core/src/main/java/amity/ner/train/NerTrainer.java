package amity.ner.train;

import amity.ner.Bio;
import amity.ner.DocumentFeatures;
import amity.ner.NerModel;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.ner.internal.ClusterBuilder;
import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.FeatureExtractor;
import amity.ner.internal.Featurizer;
import amity.ner.internal.Gazetteer;
import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.TopicWords;
import amity.ner.internal.Viterbi;
import amity.ner.internal.WeightTable;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link NerModel}: a structured averaged perceptron (Collins 2002) over hashed
 * features, decoded by first-order Viterbi over BIO with forbidden transitions removed. Word
 * clusters are first derived from the training text and any unlabelled text given. Training is
 * deterministic: the same data, config and seed give the same model. Thread-safe (each call
 * keeps its own state).
 *
 * <pre>{@code
 * NerModel m = new NerTrainer(NerTrainer.Config.defaults()).train("es", train, dev, System.err::println);
 * }</pre>
 *
 * <p>Design decision: the perceptron trains in seconds to a few minutes and decodes with the same
 * Viterbi as tagging; published comparisons put the averaged perceptron within about a point of
 * a CRF. The model keeps only features seen in training, keyed by their 32-bit hash (no bucket
 * collisions; collisions of the hashes themselves are rare enough to ignore), with weights
 * quantised to 16 bits. Options measured in MODELS.md: gazetteer of training names (jackknifed),
 * domain adaptation by feature augmentation for auxiliary corpora, edge features, ensembles,
 * pruning.
 */
public final class NerTrainer {
  /**
   * Training parameters.
   *
   * @param epochs maximum passes over the training data
   * @param patience stop after this many epochs without a better dev F1 (when there is dev data)
   * @param seed seed of the shuffling and of the cluster builder
   * @param clusters whether to derive word clusters
   * @param minFeatureCount features seen fewer times in training are left out
   * @param gazetteerFolds names seen in training become list features, built by jackknifing over
   *     this many folds; 0 for none
   * @param ensemble number of perceptron runs (different shuffles) whose weights are averaged
   * @param pruneTolerance drop the features of least weight while dev F1 falls by at most this
   *     much (0: keep all)
   * @param scheme how names are labelled inside the model; null: the language's own ({@link
   *     NerLanguage#scheme()})
   * @param secondStageFolds folds of a second stage (see {@link #trainStacked}); -1: the
   *     language's own ({@link NerLanguage#secondStageFolds()}), 0: one stage
   * @param secondStageEnsemble perceptron runs averaged for the second stage, whose best epoch
   *     varies more from seed to seed than the first stage's
   */
  public record Config(
      int epochs,
      int patience,
      long seed,
      boolean clusters,
      int minFeatureCount,
      int gazetteerFolds,
      int ensemble,
      double pruneTolerance,
      Labels.@Nullable Scheme scheme,
      int secondStageFolds,
      int secondStageEnsemble) {
    public Config {
      if (secondStageFolds < -1 || secondStageFolds == 1) {
        throw new IllegalArgumentException("secondStageFolds must be -1, 0 or at least 2: " + secondStageFolds);
      }
      if (secondStageEnsemble < 1) throw new IllegalArgumentException("secondStageEnsemble must be at least 1: " + secondStageEnsemble);
      if (epochs < 1) throw new IllegalArgumentException("epochs must be at least 1: " + epochs);
      if (patience < 1) throw new IllegalArgumentException("patience must be at least 1: " + patience);
      if (minFeatureCount < 1) throw new IllegalArgumentException("minFeatureCount must be at least 1: " + minFeatureCount);
      if (pruneTolerance < 0) throw new IllegalArgumentException("pruneTolerance must be >= 0: " + pruneTolerance);
      if (ensemble < 1) throw new IllegalArgumentException("ensemble must be at least 1: " + ensemble);
      if (gazetteerFolds < 0 || gazetteerFolds == 1) {
        throw new IllegalArgumentException("gazetteerFolds must be 0 or at least 2: " + gazetteerFolds);
      }
    }

    /** {@return the settings the shipped models were trained with} */
    public static Config defaults() {
      return new Config(20, 4, 42L, true, 1, 10, 1, 0.001, null, -1, 3);
    }

    /** {@return this config with another number of epochs} */
    public Config withEpochs(int e) {
      return new Config(e, patience, seed, clusters, minFeatureCount, gazetteerFolds, ensemble, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another patience} */
    public Config withPatience(int p) {
      return new Config(epochs, p, seed, clusters, minFeatureCount, gazetteerFolds, ensemble, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another number of gazetteer folds (0: no gazetteer)} */
    public Config withGazetteerFolds(int folds) {
      return new Config(epochs, patience, seed, clusters, minFeatureCount, folds, ensemble, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another ensemble size} */
    public Config withEnsemble(int runs) {
      return new Config(epochs, patience, seed, clusters, minFeatureCount, gazetteerFolds, runs, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another pruning tolerance} */
    public Config withPruneTolerance(double t) {
      return new Config(epochs, patience, seed, clusters, minFeatureCount, gazetteerFolds, ensemble, t, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another seed} */
    public Config withSeed(long s) {
      return new Config(epochs, patience, s, clusters, minFeatureCount, gazetteerFolds, ensemble, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another label scheme (null: the language's own)} */
    public Config withScheme(Labels.@Nullable Scheme s) {
      return new Config(epochs, patience, seed, clusters, minFeatureCount, gazetteerFolds, ensemble, pruneTolerance, s, secondStageFolds, secondStageEnsemble);
    }

    /** {@return this config with another number of second-stage folds (-1: the language's own, 0: one stage)} */
    public Config withSecondStage(int folds, int ensemble) {
      return new Config(epochs, patience, seed, clusters, minFeatureCount, gazetteerFolds, this.ensemble, pruneTolerance, scheme, folds, ensemble);
    }

    /** {@return this config with or without clusters} */
    public Config withClusters(boolean c) {
      return new Config(epochs, patience, seed, c, minFeatureCount, gazetteerFolds, ensemble, pruneTolerance, scheme, secondStageFolds, secondStageEnsemble);
    }
  }

  private final Config config;

  /** Trains with the given config. */
  public NerTrainer(Config config) {
    this.config = config;
  }

  /** Trains with {@link Config#defaults()}. */
  public NerTrainer() {
    this(Config.defaults());
  }

  /** {@return a model trained on {@code train}, with the epoch chosen by F1 on {@code dev}} */
  public NerModel train(String lang, List<TaggedSentence> train, List<TaggedSentence> dev, Consumer<String> progress) {
    return train(lang, train, dev, List.of(), progress);
  }

  /**
   * {@return a model trained on {@code train}}, with clusters also drawn from {@code unlabelled}
   * (token lists cut as the language's tokenizer cuts them).
   */
  public NerModel train(
      String lang,
      List<TaggedSentence> train,
      List<TaggedSentence> dev,
      List<List<String>> unlabelled,
      Consumer<String> progress) {
    return train(lang, train, List.of(), dev, unlabelled, progress);
  }

  /**
   * {@return a model for the domain of {@code train} and {@code dev}} that also learns from
   * {@code auxiliary} sentences of another domain, by feature augmentation (Daumé III 2007): each
   * feature gets a shared copy and a copy per domain; the saved model keeps shared plus
   * target-domain weights, folded into one.
   */
  public NerModel train(
      String lang,
      List<TaggedSentence> mainTrain,
      List<TaggedSentence> auxiliary,
      List<TaggedSentence> dev,
      List<List<String>> unlabelled,
      Consumer<String> progress) {
    return train(lang, mainTrain, auxiliary, dev, unlabelled, null, progress);
  }

  /**
   * Features a second stage adds to each token (see {@link DocumentFeatures}), aligned with the
   * main training sentences and the dev sentences.
   */
  private record Extra(List<int[][]> train, List<int[][]> dev) {}

  /**
   * {@return a two-stage model}: a first-stage model trained as usual, and a second stage that
   * also reads the labels the first stage gave each document (Ratinov and Roth 2009). The second
   * stage learns from first-stage labels of the training documents made by jackknifing (each
   * fold labelled by a first stage trained on the other folds), so that they are as wrong as the
   * first stage is on unseen text.
   *
   * @param folds number of folds over the training documents (at least 2)
   */
  public NerModel trainStacked(
      String lang,
      List<CorpusReader.Document> trainDocs,
      List<CorpusReader.Document> devDocs,
      List<List<String>> unlabelled,
      int folds,
      Consumer<String> progress) {
    if (folds < 2) throw new IllegalArgumentException("folds must be at least 2: " + folds);
    List<TaggedSentence> train = CorpusReader.sentences(trainDocs);
    List<TaggedSentence> dev = CorpusReader.sentences(devDocs);
    progress.accept("first stage:");
    NerModel first = train(lang, train, List.of(), dev, unlabelled, null, progress);
    TopicWords topics = amity.lang.LanguagePacks.bundled().get(NerLanguage.primary(lang)).map(TopicWords::of).orElse(TopicWords.NONE);
    WordClasses classes = WordClasses.named(first.lexicon());
    List<int[][]> trainExtra = new ArrayList<>(train.size());
    for (int j = 0; j < train.size(); j++) trainExtra.add(null);
    // fold models are only read for their labels: pruning them would save nothing
    NerTrainer foldTrainer = new NerTrainer(config.withPruneTolerance(0));
    for (int f = 0; f < folds; f++) {
      List<TaggedSentence> rest = new ArrayList<>();
      for (int d = 0; d < trainDocs.size(); d++) if (d % folds != f) rest.addAll(trainDocs.get(d).sentences());
      long t0 = System.nanoTime();
      NerModel m = foldTrainer.train(lang, rest, List.of(), dev, unlabelled, null, msg -> {});
      int at = 0;
      for (int d = 0; d < trainDocs.size(); d++) {
        List<TaggedSentence> doc = trainDocs.get(d).sentences();
        if (d % folds == f) {
          List<List<String>> tokens = tokens(doc);
          List<int[]> labels = m.labelIds(tokens);
          List<int[][]> x = DocumentFeatures.of(m.labels(), tokens, labels, topics, classes);
          for (int k = 0; k < doc.size(); k++) trainExtra.set(at + k, x.get(k));
        }
        at += doc.size();
      }
      progress.accept(String.format("first stage of fold %d of %d: %d sentences (%.1f s)", f + 1, folds, rest.size(), (System.nanoTime() - t0) / 1e9));
    }
    List<int[][]> devExtra = new ArrayList<>(dev.size());
    for (CorpusReader.Document d : devDocs) {
      List<List<String>> tokens = tokens(d.sentences());
      List<int[]> labels = first.labelIds(tokens);
      devExtra.addAll(DocumentFeatures.of(first.labels(), tokens, labels, topics, classes));
    }
    progress.accept("second stage:");
    NerTrainer secondTrainer = new NerTrainer(config.withEnsemble(config.secondStageEnsemble()));
    NerModel second = secondTrainer.train(lang, train, List.of(), dev, unlabelled, new Extra(trainExtra, devExtra), progress);
    return second.withFirstStage(first, topics);
  }

  private static List<List<String>> tokens(List<TaggedSentence> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (TaggedSentence s : sentences) out.add(s.tokens());
    return out;
  }

  private NerModel train(
      String lang,
      List<TaggedSentence> mainTrain,
      List<TaggedSentence> auxiliary,
      List<TaggedSentence> dev,
      List<List<String>> unlabelled,
      @Nullable Extra extra,
      Consumer<String> progress) {
    if (mainTrain.isEmpty()) throw new IllegalArgumentException("no training sentences for " + lang);
    List<TaggedSentence> train = new ArrayList<>(mainTrain);
    train.addAll(auxiliary);
    boolean augment = !auxiliary.isEmpty();
    int mainSize = mainTrain.size();
    NerLanguage nl = NerLanguage.of(lang);
    Set<String> types = new LinkedHashSet<>();
    for (TaggedSentence s : train) for (Bio.Chunk c : Bio.chunks(s.tags())) types.add(c.type());
    Labels labels = new Labels(types, config.scheme() != null ? config.scheme() : nl.scheme());
    int nl1 = labels.size();
    progress.accept("labels " + labels + ", " + train.size() + " training and " + dev.size() + " dev sentences");

    WordClusters clusters = WordClusters.none();
    if (config.clusters()) {
      long t0 = System.nanoTime();
      FeatureExtractor plain = nl.features(WordClusters.none(), nl.lexicon());
      List<List<String>> text = new ArrayList<>(train.size() + unlabelled.size());
      for (TaggedSentence s : train) text.add(units(plain, s.tokens()));
      for (List<String> s : unlabelled) text.add(units(plain, s));
      Map<String, Integer> codes = new HashMap<>();
      for (int n : nl.clusterNgrams()) {
        ClusterBuilder.Params p = ClusterBuilder.Params.defaults(n);
        p = new ClusterBuilder.Params(
            p.ngram(), p.minCount(), p.maxUnits(), p.contexts(), p.dims(), p.ks(), p.iterations(), config.seed() + n);
        codes.putAll(ClusterBuilder.build(text, p, progress));
      }
      clusters = new WordClusters(codes);
      progress.accept(String.format("clusters: %d units in %.1f s", clusters.size(), (System.nanoTime() - t0) / 1e9));
    }
    FeatureExtractor fx = nl.features(clusters, nl.lexicon());
    long t0 = System.nanoTime();
    Gazetteer gazetteer = Gazetteer.empty();
    Featurizer[] trainFx = {new Featurizer(fx, gazetteer)};
    int folds = config.gazetteerFolds();
    if (folds > 0) {
      int maxLen = nl.gazetteerMaxLen();
      gazetteer = gazetteer(train, fx, labels, maxLen, -1, folds);
      trainFx = new Featurizer[folds];
      for (int k = 0; k < folds; k++) trainFx[k] = new Featurizer(fx, gazetteer(train, fx, labels, maxLen, k, folds));
      progress.accept("gazetteer: " + gazetteer.size() + " names and name tokens from the training data, " + folds + " folds");
    }
    Featurizer devFx = new Featurizer(fx, gazetteer);

    // Feature ids: every feature hash seen in training (at least minFeatureCount times).
    int edgeK = fx.edgeFeatures();
    int[][] trainHashes = new int[train.size()][];
    int[][] trainStarts = new int[train.size()][];
    int[][] trainEdges = new int[train.size()][];
    IntIntMap counts = new IntIntMap();
    IntIntMap edgeCounts = new IntIntMap();
    Featurizer.Buffers bufs = new Featurizer.Buffers();
    for (int j = 0; j < train.size(); j++) {
      TaggedSentence s = train.get(j);
      if (s.size() == 0) {
        trainHashes[j] = new int[0];
        trainStarts[j] = new int[1];
        trainEdges[j] = new int[0];
        continue;
      }
      FeatureBuffer buf = trainFx[j % trainFx.length].extract(s.tokens(), bufs);
      int n = s.size();
      trainEdges[j] = edgeHashes(buf, edgeK);
      for (int h : trainEdges[j]) edgeCounts.add(h, 1);
      trainHashes[j] = Arrays.copyOf(buf.features(), buf.end(n - 1));
      trainStarts[j] = new int[n + 1];
      for (int i = 0; i <= n; i++) trainStarts[j][i] = i < n ? buf.start(i) : buf.end(n - 1);
      if (extra != null && j < mainSize) trainHashes[j] = merge(trainHashes[j], trainStarts[j], extra.train().get(j));
      if (augment) trainHashes[j] = augment(trainHashes[j], trainStarts[j], j < mainSize ? TARGET : AUX);
      for (int h : trainHashes[j]) counts.add(WeightTable.key(h), 1);
    }
    IntIntMap ids = new IntIntMap();
    int[] keyOf = counts.keysWithCountAtLeast(config.minFeatureCount());
    Arrays.sort(keyOf);
    for (int i = 0; i < keyOf.length; i++) ids.put(keyOf[i], i);
    IntIntMap edgeIds = new IntIntMap();
    int[] edgeKeyOf = edgeCounts.keysWithCountAtLeast(config.minFeatureCount());
    Arrays.sort(edgeKeyOf);
    for (int i = 0; i < edgeKeyOf.length; i++) edgeIds.put(edgeKeyOf[i], i);
    Encoded[] tr = new Encoded[train.size()];
    for (int j = 0; j < tr.length; j++) {
      tr[j] = encode(train.get(j), trainHashes[j], trainStarts[j], ids, labels, trainEdges[j], edgeIds);
    }
    trainEdges = null;
    trainHashes = null;
    trainStarts = null;
    Encoded[] dv = new Encoded[dev.size()];
    for (int j = 0; j < dv.length; j++) {
      TaggedSentence s = dev.get(j);
      if (s.size() == 0) {
        dv[j] = encode(s, new int[0], new int[1], ids, labels, new int[0], edgeIds);
        continue;
      }
      FeatureBuffer buf = devFx.extract(s.tokens(), bufs);
      int n = s.size();
      int[] st = new int[n + 1];
      for (int i = 0; i <= n; i++) st[i] = i < n ? buf.start(i) : buf.end(n - 1);
      int[] hashes = Arrays.copyOf(buf.features(), buf.end(n - 1));
      int[] edges = edgeHashes(buf, edgeK);
      if (extra != null) hashes = merge(hashes, st, extra.dev().get(j));
      if (augment) hashes = augment(hashes, st, TARGET);
      dv[j] = encode(s, hashes, st, ids, labels, edges, edgeIds);
    }
    int nFeat = keyOf.length;
    int nEdge = edgeKeyOf.length;
    progress.accept(String.format("%d features, %d edge features in %.1f s", nFeat, nEdge, (System.nanoTime() - t0) / 1e9));

    float[] best = new float[nFeat * nl1];
    float[] tbest = new float[nl1 * nl1];
    float[] sbest = new float[nl1];
    float[] ebest = new float[nEdge * nl1 * nl1];
    int runs = config.ensemble();
    for (int r = 0; r < runs; r++) {
      Weights run = perceptron(tr, dv, dev, labels, nFeat, nEdge, config.seed() + 1000L * r, progress);
      add(best, run.w);
      add(tbest, run.t);
      add(sbest, run.s);
      add(ebest, run.e);
    }
    if (runs > 1) {
      scale(best, 1f / runs);
      scale(tbest, 1f / runs);
      scale(sbest, 1f / runs);
      scale(ebest, 1f / runs);
      if (dv.length > 0) {
        Weights ens = new Weights(best, tbest, sbest, ebest);
        progress.accept(String.format("ensemble of %d runs: dev F1 %.4f", runs, devF1(dev, dv, ens, labels)));
      }
    }
    if (augment) {
      // fold target-domain weights into the shared ones; drop the per-domain copies
      boolean[] copy = new boolean[nFeat];
      for (int i = 0; i < nFeat; i++) {
        for (int domain : new int[] {TARGET, AUX}) {
          int cp = ids.get(WeightTable.key(Hash.mix(keyOf[i], domain)));
          if (cp < 0) continue;
          copy[cp] = true;
          if (domain == TARGET) for (int y = 0; y < nl1; y++) best[i * nl1 + y] += best[cp * nl1 + y];
        }
      }
      for (int i = 0; i < nFeat; i++) if (copy[i]) Arrays.fill(best, i * nl1, (i + 1) * nl1, 0f);
      progress.accept("domain adaptation: " + auxiliary.size() + " auxiliary sentences; target-domain weights folded in");
    }
    if (dv.length > 0 && config.pruneTolerance() > 0) best = prune(best, new Weights(best, tbest, sbest, ebest), dev, dv, labels, config.pruneTolerance(), progress);
    WeightTable table = WeightTable.quantise(keyOf, best, nl1);
    WeightTable edgeTable = WeightTable.quantise(edgeKeyOf, ebest, nl1 * nl1);
    return new NerModel(nl.lang(), nl.lexicon(), labels, clusters, gazetteer, table, edgeK, edgeTable, tbest, sbest, 0f, TopicWords.NONE, null);
  }

  /** Averaged weights of one perceptron run: features, transitions, starts. */
  private record Weights(float[] w, float[] t, float[] s, float[] e) {}

  private static void add(float[] into, float[] x) {
    for (int i = 0; i < into.length; i++) into[i] += x[i];
  }

  private static void scale(float[] x, float f) {
    for (int i = 0; i < x.length; i++) x[i] *= f;
  }

  /** One run of the averaged perceptron; returns the averaged weights of the best dev epoch. */
  private Weights perceptron(
      Encoded[] tr,
      Encoded[] dv,
      List<TaggedSentence> dev,
      Labels labels,
      int nFeat,
      int nEdge,
      long seed,
      Consumer<String> progress) {
    int nl1 = labels.size();
    int ll = nl1 * nl1;
    float[] ew = new float[nEdge * ll];
    double[] eacc = new double[ew.length];
    float[] eavg = new float[ew.length];
    float[] ebest = null;
    float[] w = new float[nFeat * nl1];
    double[] acc = new double[nFeat * nl1];
    float[] tw = new float[nl1 * nl1];
    double[] tacc = new double[nl1 * nl1];
    float[] sw = new float[nl1];
    double[] sacc = new double[nl1];
    float[] avg = new float[w.length];
    float[] tavg = new float[tw.length];
    float[] savg = new float[sw.length];
    float[] best = null;
    float[] tbest = null;
    float[] sbest = null;
    double bestF1 = -1;
    int bestEpoch = 0;
    long c = 1;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < tr.length; i++) order.add(i);
    Random random = new Random(seed);
    for (int epoch = 1; epoch <= config.epochs(); epoch++) {
      long te = System.nanoTime();
      Collections.shuffle(order, random);
      int wrong = 0;
      int tokens = 0;
      for (int idx : order) {
        Encoded s = tr[idx];
        int[] pred = decode(s, new Weights(w, tw, sw, ew), labels);
        tokens += s.n;
        boolean same = true;
        for (int i = 0; i < s.n; i++) {
          if (pred[i] != s.gold[i]) {
            wrong++;
            same = false;
            for (int k = s.starts[i]; k < s.starts[i + 1]; k++) {
              int row = s.feats[k] * nl1;
              w[row + s.gold[i]] += 1;
              acc[row + s.gold[i]] += c;
              w[row + pred[i]] -= 1;
              acc[row + pred[i]] -= c;
            }
          }
        }
        if (!same) {
          if (pred[0] != s.gold[0]) {
            sw[s.gold[0]] += 1;
            sacc[s.gold[0]] += c;
            sw[pred[0]] -= 1;
            sacc[pred[0]] -= c;
          }
          for (int i = 1; i < s.n; i++) {
            int g = s.gold[i - 1] * nl1 + s.gold[i];
            int p = pred[i - 1] * nl1 + pred[i];
            if (g != p) {
              tw[g] += 1;
              tacc[g] += c;
              tw[p] -= 1;
              tacc[p] -= c;
              for (int k = s.edgeK * i; k < s.edgeK * (i + 1); k++) {
                int e = s.edges[k];
                if (e < 0) continue;
                ew[e * ll + g] += 1;
                eacc[e * ll + g] += c;
                ew[e * ll + p] -= 1;
                eacc[e * ll + p] -= c;
              }
            }
          }
        }
        c++;
      }
      average(w, acc, c, avg);
      average(tw, tacc, c, tavg);
      average(sw, sacc, c, savg);
      average(ew, eacc, c, eavg);
      String devReport = "";
      double f1 = 0;
      if (dv.length > 0) {
        f1 = devF1(dev, dv, new Weights(avg, tavg, savg, eavg), labels);
        devReport = String.format(", dev F1 %.4f", f1);
      }
      progress.accept(
          String.format(
              "epoch %d: %.2f%% training tokens wrong%s (%.1f s)",
              epoch, 100.0 * wrong / Math.max(1, tokens), devReport, (System.nanoTime() - te) / 1e9));
      if (dv.length == 0 || f1 > bestF1) {
        bestF1 = f1;
        bestEpoch = epoch;
        best = avg.clone();
        tbest = tavg.clone();
        sbest = savg.clone();
        ebest = eavg.clone();
      } else if (epoch - bestEpoch >= config.patience()) {
        break;
      }
    }
    if (dv.length > 0) progress.accept(String.format("best epoch %d, dev F1 %.4f", bestEpoch, bestF1));
    return new Weights(best, tbest, sbest, ebest);
  }

  /**
   * {@return the weights with the rows of least weight dropped}: as many as dev F1 allows,
   * losing at most {@code tolerance}. Fewer features make the model smaller, load faster and tag
   * faster (scoring is bound by memory access).
   */
  private static float[] prune(
      float[] w, Weights all, List<TaggedSentence> dev, Encoded[] dv, Labels labels, double tolerance, Consumer<String> progress) {
    int l = labels.size();
    int rows = w.length / l;
    float[] rowMax = new float[rows];
    int nonZero = 0;
    for (int r = 0; r < rows; r++) {
      float m = 0;
      for (int y = 0; y < l; y++) m = Math.max(m, Math.abs(w[r * l + y]));
      rowMax[r] = m;
      if (m > 0) nonZero++;
    }
    float[] sorted = rowMax.clone();
    Arrays.sort(sorted);
    double full = devF1(dev, dv, all, labels);
    float[] chosen = w;
    String report = "none";
    for (double q : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
      int drop = (int) (q * nonZero);
      float threshold = sorted[rows - nonZero + drop];
      float[] pruned = w.clone();
      for (int r = 0; r < rows; r++) if (rowMax[r] < threshold) Arrays.fill(pruned, r * l, (r + 1) * l, 0f);
      double f1 = devF1(dev, dv, new Weights(pruned, all.t(), all.s(), all.e()), labels);
      progress.accept(String.format("pruning %.0f%% of the features: dev F1 %.4f", 100 * q, f1));
      if (f1 < full - tolerance) break;
      chosen = pruned;
      report = String.format("%.0f%% of %d features (below %.4f), dev F1 %.4f -> %.4f", 100 * q, nonZero, threshold, full, f1);
    }
    progress.accept("pruned " + report);
    return chosen;
  }

  private static final int TARGET = 0x7A11E7;
  private static final int AUX = 0x0A0A0A;

  /** {@return the hashes with token i's {@code extra[i]} after its own, starts updated in place} */
  private static int[] merge(int[] hashes, int[] starts, int[][] extra) {
    int n = starts.length - 1;
    int total = hashes.length;
    for (int[] x : extra) total += x.length;
    int[] out = new int[total];
    int m = 0;
    for (int i = 0; i < n; i++) {
      int from = starts[i];
      int to = starts[i + 1];
      starts[i] = m;
      System.arraycopy(hashes, from, out, m, to - from);
      m += to - from;
      System.arraycopy(extra[i], 0, out, m, extra[i].length);
      m += extra[i].length;
      if (i + 1 == n) starts[n] = m;
    }
    return out;
  }

  /** {@return the hashes with a domain copy of each feature after it, starts updated in place} */
  private static int[] augment(int[] hashes, int[] starts, int domain) {
    int[] out = new int[hashes.length * 2];
    int m = 0;
    int n = starts.length - 1;
    int[] ns = new int[n + 1];
    for (int i = 0; i < n; i++) {
      ns[i] = m;
      for (int k = starts[i]; k < starts[i + 1]; k++) {
        out[m++] = hashes[k];
        out[m++] = Hash.mix(hashes[k], domain);
      }
    }
    ns[n] = m;
    System.arraycopy(ns, 0, starts, 0, n + 1);
    return out;
  }

  private static List<String> units(FeatureExtractor fx, List<String> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (String t : tokens) out.add(fx.unit(t));
    return out;
  }

  private static void average(float[] w, double[] acc, long c, float[] out) {
    for (int i = 0; i < w.length; i++) out[i] = (float) (w[i] - acc[i] / c);
  }

  private static double devF1(List<TaggedSentence> dev, Encoded[] dv, Weights w, Labels labels) {
    List<List<String>> predicted = new ArrayList<>(dv.length);
    for (Encoded s : dv) {
      int[] p = decode(s, w, labels);
      predicted.add(labels.bio(p));
    }
    return NerEvaluation.evaluate(dev, predicted).overall().f1();
  }

  private static int[] decode(Encoded s, Weights wt, Labels labels) {
    int l = labels.size();
    float[] w = wt.w();
    float[] emit = new float[s.n * l];
    for (int i = 0; i < s.n; i++) {
      int o = i * l;
      for (int k = s.starts[i]; k < s.starts[i + 1]; k++) {
        int row = s.feats[k] * l;
        for (int y = 0; y < l; y++) emit[o + y] += w[row + y];
      }
    }
    float[] edge = null;
    if (s.edgeK > 0) {
      int ll = l * l;
      edge = new float[s.n * ll];
      float[] ew = wt.e();
      for (int i = 1; i < s.n; i++) {
        for (int k = s.edgeK * i; k < s.edgeK * (i + 1); k++) {
          int e = s.edges[k];
          if (e < 0) continue;
          for (int x = 0; x < ll; x++) edge[i * ll + x] += ew[e * ll + x];
        }
      }
    }
    return Viterbi.decode(emit, s.n, labels, wt.t(), wt.s(), edge);
  }

  /** A sentence as feature ids and gold label ids. */
  private record Encoded(int n, int[] feats, int[] starts, int[] gold, int edgeK, int[] edges) {}

  /** {@return the edge feature keys of each token: its first {@code k} features, salted} */
  private static int[] edgeHashes(FeatureBuffer buf, int k) {
    int n = buf.tokens();
    int[] out = new int[n * k];
    int[] f = buf.features();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        int at = buf.start(i) + j;
        out[i * k + j] = at < buf.end(i) ? WeightTable.key(Hash.mix(f[at], Hash.EDGE)) : WeightTable.key(0x5EED);
      }
    }
    return out;
  }

  private static Encoded encode(
      TaggedSentence s, int[] hashes, int[] starts, IntIntMap ids, Labels labels, int[] edgeHashes, IntIntMap edgeIds) {
    int n = s.size();
    int[] gold = labels.encode(s.tags());
    int[] feats = new int[hashes.length];
    int[] st = new int[n + 1];
    int m = 0;
    for (int i = 0; i < n; i++) {
      st[i] = m;
      for (int k = starts[i]; k < starts[i + 1]; k++) {
        int id = ids.get(WeightTable.key(hashes[k]));
        if (id >= 0) feats[m++] = id;
      }
    }
    st[n] = m;
    int[] edges = new int[edgeHashes.length];
    for (int k = 0; k < edges.length; k++) edges[k] = edgeIds.get(edgeHashes[k]);
    return new Encoded(n, Arrays.copyOf(feats, m), st, gold, n == 0 ? 0 : edgeHashes.length / n, edges);
  }

  /** {@return lists of the names in {@code train}, leaving out fold {@code skip} (-1: none)} */
  private static Gazetteer gazetteer(
      List<TaggedSentence> train, FeatureExtractor fx, Labels labels, int maxLen, int skip, int folds) {
    List<String[]> units = new ArrayList<>();
    List<int[]> types = new ArrayList<>();
    List<boolean[]> starts = new ArrayList<>();
    for (int j = 0; j < train.size(); j++) {
      if (skip >= 0 && j % folds == skip) continue;
      TaggedSentence s = train.get(j);
      int n = s.size();
      String[] u = new String[n];
      int[] t = new int[n];
      boolean[] b = new boolean[n];
      for (int i = 0; i < n; i++) {
        u[i] = fx.unit(s.tokens().get(i));
        String tag = s.tags().get(i);
        t[i] = tag.length() > 2 ? Labels.TYPES.indexOf(tag.substring(2)) : -1;
        b[i] = tag.startsWith("B-");
      }
      units.add(u);
      types.add(t);
      starts.add(b);
    }
    return Gazetteer.build(units, types, starts, maxLen);
  }

  /** Open-addressing map from non-zero int keys to int values; absent keys give -1. */
  private static final class IntIntMap {
    private int[] keys = new int[1 << 16];
    private int[] vals = new int[1 << 16];
    private int size;

    int get(int key) {
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      int k;
      while ((k = keys[i]) != 0) {
        if (k == key) return vals[i];
        i = (i + 1) & mask;
      }
      return -1;
    }

    void put(int key, int val) {
      slot(key, val, false);
    }

    void add(int key, int delta) {
      slot(key, delta, true);
    }

    private void slot(int key, int v, boolean add) {
      if (size * 2 >= keys.length) grow();
      int mask = keys.length - 1;
      int i = mix(key) & mask;
      while (keys[i] != 0 && keys[i] != key) i = (i + 1) & mask;
      if (keys[i] == 0) {
        keys[i] = key;
        vals[i] = 0;
        size++;
      }
      vals[i] = add ? vals[i] + v : v;
    }

    int[] keysWithCountAtLeast(int min) {
      int[] out = new int[size];
      int m = 0;
      for (int i = 0; i < keys.length; i++) if (keys[i] != 0 && vals[i] >= min) out[m++] = keys[i];
      return Arrays.copyOf(out, m);
    }

    private void grow() {
      int[] ok = keys;
      int[] ov = vals;
      keys = new int[ok.length * 2];
      vals = new int[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) if (ok[i] != 0) slot(ok[i], ov[i], false);
    }

    private static int mix(int h) {
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      return h;
    }
  }
}
