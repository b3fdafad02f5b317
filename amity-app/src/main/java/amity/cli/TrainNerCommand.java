package amity.cli;

import amity.ner.internal.Labels;
import amity.ner.train.NerTrainer;
import amity.ner.train.TrainNer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code amity train-ner}: rebuilds a named-entity model from corpus files. */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a named-entity recogniser and writes the model.",
      "Files may be CoNLL-style columns, MSRA sentences.txt/tags.txt, or CLUENER JSON;",
      "FILE#FROM-TO takes sentences FROM..TO-1 of FILE."
    })
public final class TrainNerCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
  String lang;

  @Option(names = "--train", required = true, split = ",", description = "Training corpus file(s).")
  List<Path> train;

  @Option(
      names = "--aux",
      split = ",",
      description = "Auxiliary training corpus file(s) of another domain or annotation style, learnt by domain adaptation.")
  List<Path> aux = new ArrayList<>();

  @Option(names = "--dev", required = true, split = ",", description = "Dev corpus file(s): choose the epoch, report P/R/F1.")
  List<Path> dev;

  @Option(names = "--out", required = true, description = "Model file to write.")
  Path out;

  @Option(
      names = "--text",
      split = ",",
      description = "Unlabelled text file(s) or folder(s) for word clusters (default: data/text/<lang>-news beside the training folder, if present).")
  List<Path> text;

  @Option(names = "--no-text", description = "Use no unlabelled text beyond the training data.")
  boolean noText;

  @Option(names = "--epochs", description = "Maximum epochs (default ${DEFAULT-VALUE}).", defaultValue = "20")
  int epochs;

  @Option(
      names = "--prune",
      paramLabel = "F1",
      defaultValue = "0.001",
      description = "Drop the features of least weight while dev F1 falls by at most this much; 0 keeps all (default ${DEFAULT-VALUE}).")
  double prune;

  @Option(
      names = "--patience",
      paramLabel = "N",
      defaultValue = "4",
      description = "Stop a run after N epochs without a better dev F1 (default ${DEFAULT-VALUE}).")
  int patience;

  @Option(
      names = "--ensemble",
      paramLabel = "N",
      defaultValue = "1",
      description = "Average the weights of N perceptron runs with different shuffles (default ${DEFAULT-VALUE}).")
  int ensemble;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the shuffles (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-clusters", description = "Learn no word clusters from the text.")
  boolean noClusters;

  @Option(
      names = "--gazetteer-folds",
      paramLabel = "N",
      defaultValue = "10",
      description = "Folds the training names are jackknifed over for the gazetteer features; 0 for no gazetteer (default ${DEFAULT-VALUE}).")
  int gazetteerFolds;

  @Option(
      names = "--scheme",
      description = "How names are labelled inside the model: ${COMPLETION-CANDIDATES} (default: the language's).")
  Labels.@Nullable Scheme scheme;

  @Option(
      names = "--second-stage",
      paramLabel = "FOLDS",
      defaultValue = "-1",
      description = "A second-stage tagger over the first stage's labels of each document, trained on labels jackknifed over FOLDS folds; 0 for none, -1 for the language's (default ${DEFAULT-VALUE}).")
  int secondStage;

  @Option(
      names = "--second-stage-ensemble",
      paramLabel = "N",
      defaultValue = "3",
      description = "Perceptron runs averaged for the second stage (default ${DEFAULT-VALUE}).")
  int secondStageEnsemble;

  /** {@return the training settings the options give} (without options: the shipped models' own) */
  NerTrainer.Config config() {
    return NerTrainer.Config.defaults()
        .withEpochs(epochs)
        .withPruneTolerance(prune)
        .withEnsemble(ensemble)
        .withPatience(patience)
        .withSeed(seed)
        .withClusters(!noClusters)
        .withGazetteerFolds(gazetteerFolds)
        .withScheme(scheme)
        .withSecondStage(secondStage, secondStageEnsemble);
  }

  @Override
  public Integer call() {
    if (!(prune >= 0)) throw new IllegalArgumentException("--prune must be 0 or more: " + prune);
    List<Path> unlabelled = new ArrayList<>();
    if (text != null) unlabelled.addAll(text);
    else if (!noText) unlabelled.addAll(TrainNer.defaultText(train.get(0), lang));
    TrainNer.Result r = TrainNer.run(lang, train, aux, dev, unlabelled, out, config(), System.err::println);
    System.out.printf(
        "%s: dev P %.4f R %.4f F1 %.4f; %s, %.2f MB, %.1f s%n",
        lang,
        r.dev().overall().precision(),
        r.dev().overall().recall(),
        r.dev().overall().f1(),
        out,
        r.bytes() / 1e6,
        r.time().toMillis() / 1e3);
    return 0;
  }
}
