package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Training on made-up data, and the model file. */
class ParserModelTest {
  @Test
  void trainingLearnsThePatterns() {
    ParserModel m = TinyTreebank.model();
    ParseEvaluation.Scores s = ParseEvaluation.score(m, TinyTreebank.sentences(60, 3));
    assertThat(s.upos()).isGreaterThan(0.95);
    assertThat(s.las()).isGreaterThan(0.9);
    ParserModel.Analysis a = m.analyse(List.of("Wang", "met", "Lazo", ",", "Kohl", "and", "Mora", "."));
    assertThat(a.heads()).containsExactly(2, 0, 2, 5, 3, 7, 3, 2);
    assertThat(a.relations()).containsExactly("nsubj", "root", "obj", "punct", "conj", "cc", "conj", "punct");
    assertThat(m.relations()).contains("root", "nsubj:pass", "obl:agent");
  }

  @Test
  void trainingIsDeterministic() {
    ParserModel again = new ParserTrainer(ParserTrainer.Config.defaults().withEpochs(3, 4).withTags(2, 0.5).withMinWeight(0))
        .train("en", ParserModel.TREEBANK_WORDS, TinyTreebank.sentences(300, 1), TinyTreebank.sentences(30, 2), s -> {}).model();
    assertThat(bytes(again)).isEqualTo(bytes(TinyTreebank.model()));
  }

  @Test
  void aSavedModelReadsBackTheSame() throws IOException {
    ParserModel m = TinyTreebank.model();
    ParserModel back = ParserModel.load(new ByteArrayInputStream(bytes(m)));
    assertThat(back.toString()).isEqualTo(m.toString());
    assertThat(back.lang()).isEqualTo("en");
    assertThat(back.tokens()).isEqualTo(ParserModel.TREEBANK_WORDS);
    for (UdSentence s : TinyTreebank.sentences(30, 4)) assertThat(back.analyse(s.forms())).isEqualTo(m.analyse(s.forms()));
  }

  @Test
  void otherFilesAndVersionsAreRefused() throws IOException {
    IOException magic = assertThrows(IOException.class, () -> ParserModel.load(new ByteArrayInputStream(gzip(0x414D4E52, 6))));
    assertThat(magic).hasMessageContaining("not an amity parser model");
    IOException version = assertThrows(IOException.class, () -> ParserModel.load(new ByteArrayInputStream(gzip(0x414D4450, 99))));
    assertThat(version).hasMessageContaining("version 99");
    assertThrows(IOException.class, () -> ParserModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3})));
    byte[] good = bytes(TinyTreebank.model());
    assertThrows(IOException.class, () -> ParserModel.load(new ByteArrayInputStream(java.util.Arrays.copyOf(good, good.length / 2))));
  }

  static byte[] bytes(ParserModel m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      m.save(out);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toByteArray();
  }

  private static byte[] gzip(int magic, int version) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
      d.writeInt(magic);
      d.writeInt(version);
      d.writeUTF("en");
    }
    return out.toByteArray();
  }
}
