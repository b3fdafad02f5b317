package amity.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Spark standalone cluster on 127.0.0.1: a master and two workers, each its own
 * JVM, started from the Spark jars the build resolved; the job jar is submitted to it with
 * spark-submit's main class, as a user submits it, and the workers run its executors in JVMs of
 * their own. So the knowledge base is broadcast across processes, each executor builds its
 * pipeline, and the stage-2 shuffles cross JVMs. Its tables must equal those of local mode. The
 * input is the written sample crawl and, where {@code ../shared} is here, 40 real Vietnamese news
 * texts in a subfolder.
 *
 * <p>Runs in {@code mvn verify} after the job jar is packaged (a minute or two on two cores).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandaloneClusterIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final Duration START = Duration.ofMinutes(2);
  private static final Duration JOB = Duration.ofMinutes(10);

  private final List<Process> daemons = new ArrayList<>();
  private Path home;
  private Path logs;
  private String classpath;
  private String master;
  private int masterUi;

  @BeforeAll
  void startCluster() throws Exception {
    classpath = Files.readString(TARGET.resolve("spark-classpath.txt")).strip();
    // What a Spark installation is to its workers: a home whose jars/ holds Spark; executors are
    // started with jars/* on their classpath.
    home = TARGET.resolve("it-spark-home");
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (String entry : classpath.split(java.io.File.pathSeparator)) {
      Path jar = Path.of(entry);
      Path link = jars.resolve(jar.getFileName());
      if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, jar);
    }
    logs = Files.createDirectories(TARGET.resolve("it-spark-logs"));
    int port = freePort();
    masterUi = freePort();
    master = "spark://127.0.0.1:" + port;
    daemons.add(start("master", "org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(masterUi)));
    for (int i = 1; i <= 2; i++) {
      Path work = home.resolve("work-" + i);
      deleteTree(work); // the executors' folders of an earlier run
      Files.createDirectories(work);
      daemons.add(start("worker-" + i, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
          "--cores", "1", "--memory", "2g", "--webui-port", String.valueOf(freePort()), "--work-dir", work.toString(), master));
    }
    awaitWorkers(2);
  }

  @AfterAll
  void stopCluster() {
    for (int i = daemons.size() - 1; i >= 0; i--) {
      Process p = daemons.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
    }
    for (Process p : daemons) {
      try {
        if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Test
  void theJobOnTwoWorkersWritesWhatLocalModeWrites(@TempDir Path tmp) throws Exception {
    Path crawl = Files.createDirectories(tmp.resolve("crawl"));
    var pages = SampleCrawl.pages();
    List<String> inputs = new ArrayList<>(List.of(SampleCrawl.warc(crawl, pages).toString(), SampleCrawl.jsonl(crawl, pages).toString()));
    // Real news beside the written crawl, where ../shared is here: text no one here wrote, in a
    // folder the job reads recursively, as users point it at theirs.
    int real = realNews(Files.createDirectories(tmp.resolve("real")));
    if (real > 0) inputs.add(tmp.resolve("real").toString());
    Path onCluster = tmp.resolve("cluster");
    Path local = tmp.resolve("local");

    List<String> submit = new ArrayList<>(List.of("--master", master, "--deploy-mode", "client",
        "--class", "amity.spark.SparkJob", "--executor-memory", "1500m", "--total-executor-cores", "2",
        "--conf", "spark.executor.cores=1", "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", opens()),
        "--conf", "spark.sql.shuffle.partitions=4",
        TARGET.resolve("amity-spark-0.1.0-SNAPSHOT-job.jar").toString(),
        "--output", onCluster.toString(), "--partitions", "4"));
    for (String in : inputs) submit.addAll(List.of("--input", in));
    Process job = start("submit", "org.apache.spark.deploy.SparkSubmit", submit.toArray(String[]::new));
    assertThat(job.waitFor(JOB.toSeconds(), TimeUnit.SECONDS)).as("the job ends within %s", JOB).isTrue();
    String out = Files.readString(logs.resolve("submit.log"));
    assertThat(job.exitValue()).as(out).isZero();
    int records = 44 + real;
    assertThat(out).contains("amity-spark: analyse: " + records + " records read, " + records + " analysed", "amity-spark: combine: ");

    // Both workers ran an executor of the job, and both executors ran tasks.
    List<Path> executorLogs;
    try (Stream<Path> s = Files.walk(home)) {
      executorLogs = s.filter(p -> p.getFileName().toString().equals("stderr") && p.toString().contains("/app-")).toList();
    }
    assertThat(executorLogs).hasSize(2);
    for (Path log : executorLogs) assertThat(Files.readString(log)).contains("Running task");

    SparkSession spark = SparkSession.builder().master("local[2]").appName("amity-it")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      SparkJob.run(spark, JobOptions.of(inputs, local.toString()).withPartitions(4));
      for (String table : List.of("documents", "stories", "mentions", "entities", "events", "event_sources", "errors",
          JobOptions.ANALYSES)) {
        List<String> expected = rows(spark, local, table);
        if (!table.equals("errors")) assertThat(expected).as(table).isNotEmpty();
        assertThat(rows(spark, onCluster, table)).as(table).containsExactlyElementsOf(expected);
      }
    } finally {
      spark.stop();
    }
  }

  /** Copies the first 40 Vietnamese news texts of ../shared/data into {@code dir}; {@return how many} (0 without ../shared) */
  private static int realNews(Path dir) throws IOException {
    Path source = Path.of("..", "..", "shared", "data", "text", "vi-news-world");
    if (!Files.isDirectory(source)) return 0;
    List<Path> texts;
    try (Stream<Path> s = Files.list(source)) {
      texts = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().limit(40).toList();
    }
    Path sub = Files.createDirectories(dir.resolve("vi"));
    for (Path t : texts) Files.copy(t, sub.resolve(t.getFileName()));
    return texts.size();
  }

  private static List<String> rows(SparkSession spark, Path root, String table) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(root.resolve(table).toString()).collectAsList()) out.add(r.toString());
    out.sort(null);
    return out;
  }

  /** Starts one JVM on the Spark classpath, its output in {@code logs/NAME.log}. */
  private Process start(String name, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + (name.equals("submit") ? "2g" : "512m"), "-cp", classpath));
    cmd.addAll(opens());
    cmd.add(main);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(logs.resolve(name + ".log").toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().remove("SPARK_MASTER");
    return pb.start();
  }

  /** What Spark's launcher passes to a JDK 17 JVM: the module's {@code conf/jdk17.args}, as its tests and the launcher read it. */
  private static List<String> opens() throws IOException {
    return Files.readAllLines(Path.of("conf", "jdk17.args")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** Waits until the master's status page counts {@code n} live workers. */
  private void awaitWorkers(int n) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + START.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      for (Process p : daemons) {
        if (!p.isAlive()) throw new AssertionError("a Spark daemon died; see " + logs);
      }
      try {
        last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (last.replaceAll("\\s", "").contains("\"aliveworkers\":" + n)) return;
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("no " + n + " live workers after " + START + ": " + last + " (logs in " + logs + ")");
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
