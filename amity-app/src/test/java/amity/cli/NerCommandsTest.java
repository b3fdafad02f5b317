package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {
  private static final String CONLL =
      "Cuban JJ B-MISC\nPresident NNP O\nMiguel NNP B-PER\nDíaz-Canel NNP I-PER\nmet VBD O\n"
          + "Vietnamese JJ B-MISC\nPrime NNP O\nMinister NNP O\nPhạm NNP B-PER\nMinh NNP I-PER\nChính NNP I-PER\n"
          + "in IN O\nHanoi NNP B-LOC\n. . O\n\nJohn NNP B-PER\nSmith NNP I-PER\nvisited VBD O\nParis NNP B-LOC\n. . O\n";

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldOut;
  private InputStream oldIn;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    oldIn = System.in;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
    System.setIn(oldIn);
  }

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void tagAddsOneColumnWithTheShippedModel() {
    System.setIn(new ByteArrayInputStream(CONLL.getBytes(StandardCharsets.UTF_8)));
    int code = new CommandLine(new TagCommand()).execute("--lang", "en", "--format", "conll");
    assertThat(code).isZero();
    String[] lines = output().split("\n", -1);
    assertThat(lines[2]).isEqualTo("Miguel NNP B-PER\tB-PER");
    assertThat(lines[12]).isEqualTo("Hanoi NNP B-LOC\tB-LOC");
    assertThat(lines[14]).isEmpty();
  }

  @Test
  void tagWithoutAModelFailsWithAReason() {
    System.setIn(new ByteArrayInputStream(new byte[0]));
    assertThat(new CommandLine(new TagCommand()).execute("--lang", "xx")).isEqualTo(1);
    assertThat(new CommandLine(new TagCommand()).execute("--lang", "en", "--format", "json")).isEqualTo(2);
  }

  @Test
  void evalPrintsConllevalScoresAndJson() throws Exception {
    Path gold = dir.resolve("gold.conll");
    Files.writeString(gold, CONLL, StandardCharsets.UTF_8);
    assertThat(new CommandLine(new EvalNerCommand()).execute("--lang", "en", gold.toString())).isZero();
    assertThat(output()).contains("processed 19 tokens with 7 phrases").contains("FB1");
    out.reset();
    assertThat(new CommandLine(new EvalNerCommand()).execute("--lang", "en", "--json", gold.toString())).isZero();
    assertThat(output()).startsWith("{\"sentences\":2,\"tokens\":19,");
  }

  @Test
  void trainNerWritesAModelThatTagUses() throws Exception {
    Path train = dir.resolve("train.conll");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 30; i++) b.append(CONLL.substring(CONLL.indexOf("John"))).append('\n');
    Files.writeString(train, b.toString(), StandardCharsets.UTF_8);
    Path model = dir.resolve("m.bin");
    int code =
        new CommandLine(new TrainNerCommand())
            .execute("--lang", "en", "--train", train.toString(), "--dev", train.toString(), "--out", model.toString(), "--epochs", "3");
    assertThat(code).isZero();
    assertThat(model).exists();
    assertThat(output()).contains("en: dev P");
    out.reset();
    System.setIn(new ByteArrayInputStream("John\nSmith\nvisited\nParis\n".getBytes(StandardCharsets.UTF_8)));
    assertThat(new CommandLine(new TagCommand()).execute("--lang", "en", "--model", model.toString())).isZero();
    assertThat(output()).isEqualTo("John\tB-PER\nSmith\tI-PER\nvisited\tO\nParis\tB-LOC\n");
  }
}
