package amity.ner.train;

import amity.ner.NerModel;
import amity.ner.NerModelFormat;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.ner.internal.NerLanguage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code amity train-ner} logic: read corpora, train, report dev scores, write the model.
 *
 * <pre>{@code
 * TrainNer.run("es", Path.of("esp.train"), Path.of("esp.testa"), Path.of("es.bin"), System.err::println);
 * }</pre>
 *
 * <p>Unlabelled text for word clusters: when a folder {@code text/<lang>-news} stands beside the
 * training file's folder (as {@code ../shared/data/text/vi-news} beside {@code data/vi/}), its
 * {@code .txt} files are used too, and the progress says so.
 */
public final class TrainNer {
  private TrainNer() {}

  /**
   * What a training run gave.
   *
   * @param model the trained model
   * @param dev scores of the saved (quantised) model on the dev data
   * @param bytes size of the written model file
   * @param time wall-clock time of reading, training and writing
   */
  public record Result(NerModel model, NerEvaluation.Report dev, long bytes, Duration time) {}

  /** Trains on one file, scores on one dev file, writes {@code out}. */
  public static Result run(String lang, Path train, Path dev, Path out, Consumer<String> progress) {
    return run(lang, List.of(train), List.of(dev), defaultText(train, lang), out, NerTrainer.Config.defaults(), progress);
  }

  /**
   * Trains on several files, scores on several dev files, writes {@code out}.
   *
   * @param text files or folders of unlabelled text for word clusters (may be empty)
   */
  public static Result run(
      String lang,
      List<Path> train,
      List<Path> dev,
      List<Path> text,
      Path out,
      NerTrainer.Config config,
      Consumer<String> progress) {
    return run(lang, train, List.of(), dev, text, out, config, progress);
  }

  /**
   * Trains on {@code train} (the domain of {@code dev}) and, by domain adaptation, on {@code
   * auxiliary} corpora of another domain or annotation style.
   */
  public static Result run(
      String lang,
      List<Path> train,
      List<Path> auxiliary,
      List<Path> dev,
      List<Path> text,
      Path out,
      NerTrainer.Config config,
      Consumer<String> progress) {
    long t0 = System.nanoTime();
    List<TaggedSentence> tr = CorpusReader.readAll(train, lang);
    List<TaggedSentence> aux = CorpusReader.readAll(auxiliary, lang);
    if (!aux.isEmpty()) progress.accept("read " + aux.size() + " auxiliary sentences from " + auxiliary);
    List<CorpusReader.Document> dvDocs = CorpusReader.readAllDocuments(dev, lang);
    List<TaggedSentence> dv = CorpusReader.sentences(dvDocs);
    progress.accept("read " + tr.size() + " training sentences from " + train + ", " + dv.size() + " dev from " + dev);
    List<List<String>> unlabelled = new ArrayList<>();
    for (Path t : text) {
      List<List<String>> lines = CorpusReader.readText(t, lang);
      progress.accept("unlabelled text for clusters: " + t + " (" + lines.size() + " lines)");
      unlabelled.addAll(lines);
    }
    int folds = config.secondStageFolds() >= 0 ? config.secondStageFolds() : NerLanguage.of(lang).secondStageFolds();
    NerModel model;
    boolean stacked = folds > 0 && aux.isEmpty();
    List<CorpusReader.Document> trDocs = stacked ? CorpusReader.readAllDocuments(train, lang) : List.of();
    if (stacked && trDocs.size() < folds) {
      // the second stage learns from labels jackknifed over documents: too few, and one stage it is
      progress.accept(trDocs.size() + " training documents, fewer than the " + folds + " folds of a second stage: one stage");
      stacked = false;
    }
    if (stacked) {
      progress.accept(trDocs.size() + " training documents for a second stage, " + folds + " folds");
      model = new NerTrainer(config).trainStacked(lang, trDocs, dvDocs, unlabelled, folds, progress);
    } else {
      model = new NerTrainer(config).train(lang, tr, aux, dv, unlabelled, progress);
    }
    model = documentWeight(model, dvDocs, progress);
    NerEvaluation.Report report = NerEvaluation.evaluate(dv, NerEvaluation.predictDocuments(model, dvDocs));
    progress.accept("dev scores of the model as saved (16-bit weights):\n" + report.format());
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      try (OutputStream o = Files.newOutputStream(out)) {
        NerModelFormat.write(model, o);
      }
      long bytes = Files.size(out);
      Duration time = Duration.ofNanos(System.nanoTime() - t0);
      progress.accept(
          String.format(
              "wrote %s: %.2f MB, %d features; total time %.1f s", out, bytes / 1e6, model.featureCount(), time.toMillis() / 1e3));
      return new Result(model, report, bytes, time);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write model " + out + ": " + e.getMessage(), e);
    }
  }

  /** Document weights tried on the dev documents. */
  static final float[] DOCUMENT_WEIGHTS = {8, 16, 24, 32, 48, 64};

  /**
   * {@return {@code model} with the document weight that scores best on the dev documents}, or
   * unchanged (weight 0) when the dev data marks no documents or no weight helps
   */
  public static NerModel documentWeight(NerModel model, List<CorpusReader.Document> dev, Consumer<String> progress) {
    if (dev.stream().noneMatch(CorpusReader.Document::context)) return model;
    List<TaggedSentence> gold = CorpusReader.sentences(dev);
    double bestF1 = NerEvaluation.evaluate(gold, NerEvaluation.predictDocuments(model, dev)).overall().f1();
    StringBuilder tried = new StringBuilder(String.format("document weight on dev F1: 0 %.4f", bestF1));
    NerModel best = model;
    for (float w : DOCUMENT_WEIGHTS) {
      NerModel m = model.withDocumentWeight(w);
      double f1 = NerEvaluation.evaluate(gold, NerEvaluation.predictDocuments(m, dev)).overall().f1();
      tried.append(String.format(", %.0f %.4f", w, f1));
      if (f1 > bestF1) {
        bestF1 = f1;
        best = m;
      }
    }
    progress.accept(tried + "; kept " + best.documentWeight());
    return best;
  }

  /** {@return the unlabelled text folder beside the training file's folder, if there is one} */
  public static List<Path> defaultText(Path train, String lang) {
    Path dir = train.toAbsolutePath().getParent();
    if (dir == null || dir.getParent() == null) return List.of();
    Path text = dir.getParent().resolve("text").resolve(lang + "-news");
    return Files.isDirectory(text) ? List.of(text) : List.of();
  }
}
