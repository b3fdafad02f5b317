package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code amity import} over real output of the Spark job (test resource {@code amity/spark-out}, see its README). */
class ImportCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void importedStoreGivesTheJobsEvents() throws Exception {
    Path out = Path.of(ImportCommandTest.class.getResource("/amity/spark-out/README.md").toURI()).getParent();
    String store = tmp.resolve("store").toString();
    assertThat(run("import", out.toString(), "--store", store)).startsWith("imported 22 documents (0 already stored)");
    assertThat(run("import", out.toString(), "--store", store)).startsWith("imported 0 documents (22 already stored)");

    Map<String, String> fromStore = new TreeMap<>();
    for (String line : run("events", "--json", "--store", store).split("\n")) {
      JsonNode e = JSON.readTree(line);
      fromStore.put(e.get("id").asText() + " " + e.get("form").asText() + " " + e.get("date").asText(), actors(e.get("actors")));
      // Named as `amity ingest /tmp/amity-sample` names them, not as Hadoop lists them (file:/…).
      for (JsonNode src : e.get("sources")) assertThat(src.get("file").asText()).startsWith("/tmp/amity-sample/");
    }
    assertThat(fromStore).isEqualTo(jobEvents(out)).hasSizeGreaterThan(50);
  }

  @Test
  void aFolderWithoutAnalysesIsNamed() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream before = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = Main.commandLine().execute("import", tmp.toString(), "--store", tmp.resolve("store").toString());
    } finally {
      System.setErr(before);
    }
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no analyses folder");
  }

  /** The job's own events table, read with DuckDB: id, form, date → actor ids. */
  private static Map<String, String> jobEvents(Path out) throws Exception {
    Map<String, String> m = new TreeMap<>();
    String glob = out.resolve("events").toAbsolutePath() + "/**/*.parquet";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT id, form, date, to_json(actors) FROM read_parquet('" + glob + "', hive_partitioning = true)")) {
      while (rs.next()) m.put(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3), actors(JSON.readTree(rs.getString(4))));
    }
    return m;
  }

  private static String actors(JsonNode actors) {
    List<String> ids = new ArrayList<>();
    for (JsonNode a : actors) ids.add(a.get("entity").asText() + "/" + a.get("role").asText());
    return String.join(",", ids);
  }

  private static String run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream before = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit = Main.commandLine().execute(args);
      assertThat(exit).as(String.join(" ", args)).isZero();
    } finally {
      System.setOut(before);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
