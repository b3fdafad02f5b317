package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code amity eval clean} in process: the text table and a bad folder. */
class EvalCleanCommandTest {
  private static final Path DEV = Path.of("..", "amity-core", "src", "test", "resources", "amity", "clean-dev");

  @Test
  void printsATableAndSaysWhichUnitItCounts() {
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("eval", "clean", DEV.toString());
    } finally {
      System.setOut(before);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    for (String lang : new String[] {"en", "es", "vi", "zh", "all"}) {
      assertThat(text).containsPattern("(?m)^" + lang + " +\\d+ +[01]\\.\\d{3} +[01]\\.\\d{3} ");
    }
    assertThat(text).contains("token-level body text");
  }

  @Test
  void aMissingFolderIsAUsageError() {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute("eval", "clean", "no/such/dir")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("amity: no/such/dir: not a folder");
  }
}
