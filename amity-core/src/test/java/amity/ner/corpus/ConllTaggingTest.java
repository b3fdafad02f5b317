package amity.ner.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.NerModel;
import amity.ner.train.NerTrainer;
import amity.testkit.TinyData;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ConllTaggingTest {
  private static NerModel model;

  @BeforeAll
  static void train() {
    model = new NerTrainer(NerTrainer.Config.defaults().withEpochs(5)).train("en", TinyData.sentences(300, 1), List.of(), s -> {});
  }

  @Test
  void addsOneColumnAndKeepsEverythingElse() throws IOException {
    String in =
        "-DOCSTART- -X- O O\n"
            + "\n"
            + "John NNP I-NP I-PER\n"
            + "Smith NNP I-NP I-PER\n"
            + "visited VBD I-VP O\n"
            + "Paris NNP I-NP I-LOC\n"
            + ". . O O\n"
            + "\n"
            + "\n"
            + "Mary\tx\n"
            + "left\ty\n"
            + "Lima\tz\n";
    StringWriter out = new StringWriter();
    ConllTagging.tagConll(new StringReader(in), out, model);
    String[] inLines = in.split("\n", -1);
    String[] outLines = out.toString().split("\n", -1);
    assertThat(outLines).hasSameSizeAs(inLines);
    for (int i = 0; i < inLines.length; i++) {
      if (inLines[i].isEmpty()) {
        assertThat(outLines[i]).isEmpty();
        continue;
      }
      assertThat(outLines[i]).startsWith(inLines[i] + "\t");
      assertThat(outLines[i].substring(inLines[i].length() + 1)).matches("O|[BI]-(PER|LOC|ORG|MISC)");
    }
    assertThat(outLines[0]).isEqualTo("-DOCSTART- -X- O O\tO");
    assertThat(outLines[2]).endsWith("\tB-PER");
    assertThat(outLines[3]).endsWith("\tI-PER");
    assertThat(outLines[5]).endsWith("\tB-LOC");
    assertThat(outLines[9]).isEqualTo("Mary\tx\tB-PER");
  }

  @Test
  void emptyInputGivesEmptyOutput() throws IOException {
    StringWriter out = new StringWriter();
    ConllTagging.tagConll(new StringReader(""), out, model);
    assertThat(out.toString()).isEmpty();
  }
}
