package amity.parse;

import amity.stage.Segmenter;
import amity.text.IcuSegmenter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Trains and writes a parser model from CoNLL-U files, holding out every N-th sentence to choose
 * the epochs and to score the result; what {@code amity train-parser} runs.
 *
 * <pre>{@code
 * TrainParser.Result r = TrainParser.run("en", List.of(dev, test), 10, true, out, ParserTrainer.Config.defaults(), System.err::println);
 * }</pre>
 *
 * <p>The held-out slice is sentences 10, 20, 30, … (for N = 10) of the files read one after the
 * other in the order given: the same files in the same order always give the same slice, and
 * its sentences are never trained on.
 */
public final class TrainParser {
  private TrainParser() {}

  /**
   * Sentences split into training and held-out ones.
   *
   * @param train every sentence but the held-out ones
   * @param heldOut every N-th sentence
   */
  public record Split(List<UdSentence> train, List<UdSentence> heldOut) {}

  /**
   * What a training run gave.
   *
   * @param model the model written
   * @param report its scores on the held-out sentences, on treebank words and on amity's tokens
   * @param bytes the model file's size
   * @param time how long training took
   */
  public record Result(ParserModel model, ParseEvaluation.Report report, long bytes, Duration time) {}

  /**
   * {@return the sentences split: sentence i (from 1) is held out when i is a multiple of {@code
   * every}} ({@code every} 0 holds out nothing)
   */
  public static Split split(List<UdSentence> all, int every) {
    if (every < 0 || every == 1) throw new IllegalArgumentException("--held-out must be 0 or at least 2: " + every);
    List<UdSentence> train = new ArrayList<>();
    List<UdSentence> held = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) (every > 0 && (i + 1) % every == 0 ? held : train).add(all.get(i));
    return new Split(train, held);
  }

  /** {@return the sentences of the files, one after the other in the order given} */
  public static List<UdSentence> read(List<Path> files) {
    List<UdSentence> all = new ArrayList<>();
    for (Path f : files) all.addAll(Conllu.read(f));
    return all;
  }

  /** {@return the sentences carried over to amity's tokens; those that cannot be are left out} */
  public static List<UdSentence> toAmityTokens(List<UdSentence> sentences, String lang, Segmenter segmenter) {
    return carry(sentences, s -> AmityTokens.project(s, lang, segmenter));
  }

  /**
   * {@return the sentences carried over to the words a model reads of amity's tokens ({@link
   * AmityTokens#projectWords}); those that cannot be are left out}
   */
  public static List<UdSentence> toAmityWords(List<UdSentence> sentences, String lang, Segmenter segmenter) {
    return carry(sentences, s -> AmityTokens.projectWords(s, lang, segmenter));
  }

  private static List<UdSentence> carry(List<UdSentence> sentences, Function<UdSentence, Optional<UdSentence>> how) {
    List<UdSentence> out = new ArrayList<>(sentences.size());
    for (UdSentence s : sentences) how.apply(s).ifPresent(out::add);
    return out;
  }

  /**
   * Trains a model on {@code files} less every {@code every}-th sentence and writes it to {@code
   * out}.
   *
   * @param amityTokens train on amity's segmentation of the sentences' text (the gold trees
   *     carried over), not on the treebank's words
   */
  public static Result run(
      String lang, List<Path> files, int every, boolean amityTokens, Path out, ParserTrainer.Config config, Consumer<String> progress) {
    long t0 = System.nanoTime();
    Split split = split(read(files), every);
    Segmenter segmenter = new IcuSegmenter();
    List<UdSentence> train = split.train();
    List<UdSentence> held = split.heldOut();
    if (amityTokens) {
      train = toAmityWords(train, lang, segmenter);
      held = toAmityWords(held, lang, segmenter);
      progress.accept(String.format(Locale.ROOT, "amity tokens: %d of %d training and %d of %d held-out sentences carried over",
          train.size(), split.train().size(), held.size(), split.heldOut().size()));
    }
    ParserTrainer.Result r = new ParserTrainer(config)
        .train(lang, amityTokens ? ParserModel.AMITY_TOKENS : ParserModel.TREEBANK_WORDS, train, held, progress);
    Duration time = Duration.ofNanos(System.nanoTime() - t0);
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (OutputStream o = Files.newOutputStream(out)) {
        r.model().save(o);
      }
      ParseEvaluation.Report report = report(r.model(), split.heldOut(), lang, segmenter);
      return new Result(r.model(), report, Files.size(out), time);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
    }
  }

  /** {@return the scores of a model on gold sentences: on their words, and on amity's tokens of their text} */
  public static ParseEvaluation.Report report(ParserModel model, List<UdSentence> gold, String lang, Segmenter segmenter) {
    return new ParseEvaluation.Report(lang, model.toString(), ParseEvaluation.score(model, gold),
        ParseEvaluation.scoreRetokenised(model, gold, lang, segmenter));
  }

  /** {@return the model in {@code file}} */
  public static ParserModel load(Path file) {
    try (var in = Files.newInputStream(file)) {
      return ParserModel.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read parser model " + file + ": " + e.getMessage(), e);
    }
  }
}
