package amity.cli;

import amity.parse.ParserTrainer;
import amity.parse.TrainParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code amity train-parser}: trains a part-of-speech tagger and dependency parser from CoNLL-U files. */
@Command(
    name = "train-parser",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a part-of-speech tagger and dependency parser on CoNLL-U files and writes the model.",
      "Every N-th sentence of the files (read one after the other) is held out: it chooses the epochs",
      "and is scored at the end, and is never trained on."
    })
public final class TrainParserCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
  String lang;

  @Option(names = "--train", required = true, arity = "1..*", split = ",", paramLabel = "FILE", description = "CoNLL-U file(s).")
  List<Path> train;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Model file to write.")
  Path out;

  @Option(names = "--held-out", paramLabel = "N", defaultValue = "10", description = "Hold out every N-th sentence (default ${DEFAULT-VALUE}).")
  int heldOut;

  @Option(
      names = "--tokens",
      paramLabel = "amity|treebank",
      defaultValue = "amity",
      description = "Train on amity's segmentation of the sentences (the gold trees carried over), or on the treebank's words (default ${DEFAULT-VALUE}).")
  String tokens;

  @Option(names = "--epochs", paramLabel = "N", defaultValue = "30", description = "Most parser epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--tagger-epochs", paramLabel = "N", defaultValue = "12", description = "Most tagger epochs (default ${DEFAULT-VALUE}).")
  int taggerEpochs;

  @Option(
      names = "--folds",
      paramLabel = "N",
      defaultValue = "5",
      description = "Train the parser on tags jackknifed over N folds; 0 trains it on the gold tags (default ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--gold-tags",
      paramLabel = "SHARE",
      defaultValue = "0.5",
      description = "Share of training sentences the parser sees with gold tags in each epoch, the others with jackknifed ones (default ${DEFAULT-VALUE}).")
  double goldTags;

  @Option(
      names = "--min-weight",
      paramLabel = "W",
      defaultValue = "1.0",
      description = "Leave out features whose averaged weights are all below W in magnitude; 0 keeps all (default ${DEFAULT-VALUE}).")
  float minWeight;

  @Option(names = "--seed", defaultValue = "42", description = "Seed of shuffling and exploration (default ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() {
    if (!tokens.equals("amity") && !tokens.equals("treebank")) throw new IllegalArgumentException("--tokens must be amity or treebank: " + tokens);
    if (heldOut < 2) throw new IllegalArgumentException("--held-out must be at least 2: " + heldOut);
    ParserTrainer.Config config = ParserTrainer.Config.defaults().withEpochs(taggerEpochs, epochs).withTags(folds, goldTags).withMinWeight(minWeight).withSeed(seed);
    TrainParser.Result r = TrainParser.run(lang, train, heldOut, tokens.equals("amity"), out, config, System.err::println);
    System.out.print(r.report().format());
    System.out.printf(Locale.ROOT, "%s: %.2f MB, trained in %.1f s%n", out, r.bytes() / 1e6, r.time().toMillis() / 1e3);
    return 0;
  }
}
