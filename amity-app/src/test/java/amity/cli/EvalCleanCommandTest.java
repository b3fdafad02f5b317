package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

  @Test
  void aWcxbFolderIsScoredPerPageTypeAndItsPredictionsWritten(@TempDir Path dir) throws Exception {
    // Two pages of our own in the benchmark's layout: ground-truth/ID.json beside html/ID.html.gz.
    Files.createDirectories(dir.resolve("ground-truth"));
    Files.createDirectories(dir.resolve("html"));
    page(dir, "0001", "article", "Rail link agreed", "2025-01-09",
        "Rail link agreed\\n\\nViet Nam and Laos agreed on Thursday to speed up the railway, the two prime ministers said after their talks in the capital.",
        "<html><head><title>Rail link agreed | Daily</title><meta property=\"article:published_time\" content=\"2025-01-09T06:30:00+07:00\"></head>"
            + "<body><nav><a>Home</a> <a>World</a> <a>Sport</a></nav><article><h1>Rail link agreed</h1><p>Viet Nam and Laos agreed on Thursday to speed up"
            + " the railway, the two prime ministers said after their talks in the capital.</p></article></body></html>");
    page(dir, "0002", "forum", "Broken page", null, "A post that the page does not show.", "<html><body></body></html>");
    Path results = dir.resolve("results.json");
    PrintStream before = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("eval", "clean", dir.toString(), "--results", results.toString());
    } finally {
      System.setOut(before);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).isZero();
    assertThat(text).containsPattern("(?m)^article +1 +1\\.000 +1\\.000 +1\\.000 .* 1\\.000 +1\\.000$");
    assertThat(text).containsPattern("(?m)^forum +1 +0\\.000 ");
    assertThat(text).containsPattern("(?m)^all +2 +0\\.500 ");
    assertThat(text).contains("1 pages without text");
    assertThat(Files.readString(results)).contains("\"0001\"", "speed up the railway", "\"0002\":\"\"");
  }

  private static void page(Path dir, String id, String type, String title, String date, String content, String html) throws Exception {
    String json = "{\"file_id\": \"" + id + "\", \"_internal\": {\"page_type\": {\"primary\": \"" + type + "\"}}, \"ground_truth\": {"
        + "\"title\": \"" + title + "\", \"publish_date\": " + (date == null ? "null" : "\"" + date + "\"")
        + ", \"main_content\": \"" + content + "\", \"with\": [], \"without\": [\"Home\"]}}";
    Files.writeString(dir.resolve("ground-truth").resolve(id + ".json"), json);
    try (var gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
      gz.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
