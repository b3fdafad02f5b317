package amity.ner.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.ner.NerModel;
import amity.ner.NerModelFormat;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.testkit.TinyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
  private static final NerTrainer.Config SMALL = NerTrainer.Config.defaults().withEpochs(5);

  private static byte[] bytes(NerModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NerModelFormat.write(m, out);
    return out.toByteArray();
  }

  @Test
  void learnsTinyDataAndGeneralisesToNewCombinations() {
    List<String> log = new ArrayList<>();
    NerModel m = new NerTrainer(SMALL).train("en", TinyData.sentences(300, 1), TinyData.sentences(50, 2), log::add);
    assertThat(m.lang()).isEqualTo("en");
    assertThat(m.types()).containsExactly("PER", "LOC", "ORG");
    assertThat(m.tag(List.of("Sarah", "Kim", "praised", "Toyota", "in", "Lima", ".")))
        .containsExactly("B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O");
    List<TaggedSentence> test = TinyData.sentences(100, 3);
    assertThat(NerEvaluation.evaluate(test, NerEvaluation.predict(m, test)).overall().f1()).isGreaterThan(0.97);
    assertThat(log).anyMatch(s -> s.startsWith("epoch 1:")).anyMatch(s -> s.startsWith("best epoch"));
  }

  @Test
  void returnedModelScoresAsTheTrainerReported() {
    List<String> log = new ArrayList<>();
    List<TaggedSentence> dev = TinyData.sentences(40, 22);
    // few epochs on little data, so that the dev score is not simply 1
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(2)).train("en", TinyData.sentences(15, 21), dev, log::add);
    String best = log.stream().filter(s -> s.startsWith("best epoch")).findFirst().orElseThrow();
    double reported = Double.parseDouble(best.substring(best.lastIndexOf(' ') + 1));
    double actual = NerEvaluation.evaluate(dev, NerEvaluation.predict(m, dev)).overall().f1();
    assertThat(actual).isCloseTo(reported, org.assertj.core.api.Assertions.within(0.002));
    assertThat(actual).isGreaterThan(0.3);
  }

  @Test
  void trainingIsDeterministic() throws IOException {
    List<TaggedSentence> train = TinyData.sentences(200, 7);
    List<TaggedSentence> dev = TinyData.sentences(30, 8);
    byte[] a = bytes(new NerTrainer(SMALL).train("en", train, dev, s -> {}));
    byte[] b = bytes(new NerTrainer(SMALL).train("en", train, dev, s -> {}));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void savedModelTagsAsTheOriginal() throws IOException {
    NerModel m = new NerTrainer(SMALL).train("es", TinyData.sentences(200, 4), List.of(), s -> {});
    NerModel back = NerModelFormat.read(new ByteArrayInputStream(bytes(m)));
    assertThat(back.lang()).isEqualTo("es");
    assertThat(back.types()).isEqualTo(m.types());
    for (TaggedSentence s : TinyData.sentences(20, 5)) assertThat(back.tag(s.tokens())).isEqualTo(m.tag(s.tokens()));
    assertThat(back.tag(List.of())).isEmpty();
  }

  @Test
  void learnsFromAnAuxiliaryDomain() throws IOException {
    List<String> log = new ArrayList<>();
    NerModel m =
        new NerTrainer(SMALL).train("en", TinyData.sentences(100, 11), TinyData.sentences(200, 12), TinyData.sentences(30, 13), List.of(), log::add);
    List<TaggedSentence> test = TinyData.sentences(100, 14);
    assertThat(NerEvaluation.evaluate(test, NerEvaluation.predict(m, test)).overall().f1()).isGreaterThan(0.95);
    assertThat(log).anyMatch(s -> s.startsWith("domain adaptation: 200 auxiliary sentences"));
    NerModel back = NerModelFormat.read(new ByteArrayInputStream(bytes(m)));
    for (TaggedSentence s : test) assertThat(back.tag(s.tokens())).isEqualTo(m.tag(s.tokens()));
  }

  @Test
  void rejectsWhatIsNotAModel() {
    assertThrows(IOException.class, () -> NerModelFormat.read(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    assertThrows(IllegalArgumentException.class, () -> new NerTrainer().train("en", List.of(), List.of(), s -> {}));
    assertThrows(IllegalArgumentException.class, () -> new TaggedSentence(List.of("a"), List.of()));
  }
}
