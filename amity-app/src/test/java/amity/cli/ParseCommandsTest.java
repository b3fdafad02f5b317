package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code amity train-parser} and {@code amity eval parse} in-process, on made-up CoNLL-U. */
class ParseCommandsTest {
  private static final String[] NAMES = {"Lazo", "Chinh", "Kohl", "Wang", "Rojas", "Lam", "Diaz"};
  private static final String[] VERBS = {"met", "visited", "received", "thanked"};

  /** {@code n} made-up sentences "A met B , C and D ." as CoNLL-U. */
  static String conllu(int n) {
    StringBuilder b = new StringBuilder();
    String[] upos = {"PROPN", "VERB", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PUNCT"};
    int[] heads = {2, 0, 2, 5, 3, 7, 3, 2};
    String[] rels = {"nsubj", "root", "obj", "punct", "conj", "cc", "conj", "punct"};
    for (int s = 0; s < n; s++) {
      String[] w = {NAMES[s % 7], VERBS[s % 4], NAMES[(s + 1) % 7], ",", NAMES[(s + 2) % 7], "and", NAMES[(s + 3) % 7], "."};
      b.append("# sent_id = ").append(s + 1).append('\n');
      b.append("# text = ").append(String.join(" ", w)).append('\n');
      for (int i = 0; i < w.length; i++) {
        b.append(i + 1).append('\t').append(w[i]).append("\t_\t").append(upos[i]).append("\t_\t_\t").append(heads[i]).append('\t').append(rels[i]).append("\t_\t_\n");
      }
      b.append('\n');
    }
    return b.toString();
  }

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream oldOut;

  @BeforeEach
  void capture() {
    oldOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(oldOut);
  }

  @Test
  void trainParserWritesAModelThatEvalParseScores() throws Exception {
    Path train = dir.resolve("tiny.conllu");
    Files.writeString(train, conllu(60), StandardCharsets.UTF_8);
    Path model = dir.resolve("models/tiny.bin");
    int code = new CommandLine(new TrainParserCommand()).execute(
        "--lang", "en", "--train", train.toString(), "--out", model.toString(), "--held-out", "5", "--epochs", "3", "--tagger-epochs", "2", "--min-weight", "0");
    assertThat(code).isZero();
    assertThat(model).isRegularFile();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("treebank words: UPOS 1.0000  UAS 0.9").contains("(12 sentences, 96 words)");
    out.reset();
    code = new CommandLine(new EvalParseCommand()).execute("--lang", "en", "--model", model.toString(), "--held-out", "5", "--json", train.toString());
    assertThat(code).isZero();
    JsonNode r = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    assertThat(r.get("treebankWords").get("sentences").asInt()).isEqualTo(12);
    assertThat(r.get("treebankWords").get("las").asDouble()).isGreaterThan(0.9);
    assertThat(r.get("amityTokens").get("tokenF1").asDouble()).isEqualTo(1.0);
    out.reset();
    code = new CommandLine(new EvalParseCommand()).execute("--lang", "en", "--model", model.toString(), train.toString());
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("(60 sentences, 480 words)").contains("amity tokens:");
  }

  @Test
  void evalParseWithoutAModelSaysSo() throws Exception {
    Path gold = dir.resolve("tiny.conllu");
    Files.writeString(gold, conllu(3), StandardCharsets.UTF_8);
    assertThat(new CommandLine(new EvalParseCommand()).execute("--lang", "fr", gold.toString())).isEqualTo(1);
  }

  @Test
  void theShippedModelIsScoredByDefault() throws Exception {
    Path gold = dir.resolve("tiny.conllu");
    Files.writeString(gold, conllu(10), StandardCharsets.UTF_8);
    assertThat(new CommandLine(new EvalParseCommand()).execute("--lang", "en", gold.toString())).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("en: ParserModel[en, amity tokens");
  }

  @Test
  void badOptionsAreRefused() {
    CommandLine cl = Main.commandLine();
    cl.setErr(new java.io.PrintWriter(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(cl.execute("train-parser", "--lang", "en", "--train", "x.conllu", "--out", "m.bin", "--tokens", "words")).isEqualTo(2);
    assertThat(cl.execute("eval", "parse", "--lang", "en", "--held-out", "1", "x.conllu")).isEqualTo(2);
  }
}
