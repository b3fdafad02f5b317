package amity.ner.train;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.NerModel;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.testkit.Seeds;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Trains on slices of the real corpora in ../shared/data; skipped, saying so, where it is absent. */
class CorpusTrainingTest {
  private static double trainAndScore(String lang, List<TaggedSentence> train, List<TaggedSentence> dev) {
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(6)).train(lang, train, List.of(), s -> {});
    NerEvaluation.Report r = NerEvaluation.evaluate(dev, NerEvaluation.predict(m, dev));
    System.out.println(lang + " slice: " + r.format());
    return r.overall().f1();
  }

  @Test
  void englishSliceBeatsFloor() {
    List<TaggedSentence> train = CorpusReader.read(Seeds.data("en/eng.train"), "en");
    List<TaggedSentence> dev = CorpusReader.read(Seeds.data("en/eng.testa"), "en");
    assertThat(train).hasSize(14041);
    assertThat(dev).hasSize(3250);
    double f1 = trainAndScore("en", train.subList(0, 3000), dev.subList(0, 600));
    assertThat(f1).as("F1 on 600 dev sentences after 3000 training sentences").isGreaterThan(FLOOR_EN);
  }

  @Test
  void chineseSliceBeatsFloor() {
    List<TaggedSentence> train = CorpusReader.read(Seeds.data("zh/msra-val-3000"), "zh");
    List<TaggedSentence> dev = CorpusReader.read(Seeds.data("zh/peoples-daily.dev"), "zh");
    assertThat(train).hasSize(3000);
    assertThat(dev).hasSize(2318);
    double f1 = trainAndScore("zh", train, dev.subList(0, 400));
    assertThat(f1).as("F1 on 400 People's Daily sentences after MSRA-3000").isGreaterThan(FLOOR_ZH);
  }

  static final double FLOOR_EN = 0.84;
  static final double FLOOR_ZH = 0.62;
}
