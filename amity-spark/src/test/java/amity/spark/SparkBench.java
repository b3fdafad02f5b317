package amity.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.SparkSession;

/**
 * Pages per second of the job in Spark local mode, stage by stage, on one and on two cores, over
 * generated corpora of several sizes or over a folder of real pages; beside it, the pages per
 * second of the single-machine pipeline on one thread over the same records (what {@code amity
 * ingest} analyses with), so stage 1's cost per core can be compared with it. Not a test: run by
 * hand (README, "Scale-out on Spark").
 *
 * <pre>{@code
 * java -cp ... amity.spark.SparkBench --sizes 5000,10000,20000 --cores 1,2 --dir /tmp/amity-bench
 * java -cp ... amity.spark.SparkBench --input ../shared/data/text/vi-news --cores 1,2
 * }</pre>
 *
 * <p>Pages are news articles in en, vi, zh and es made of the sample corpus's headlines and
 * paragraphs, recombined, moved to a year between 1996 and 2025 (years in the text and the
 * publication date), written as JSON Lines,
 * 500 pages a file (as a crawl's shards would be).
 */
public final class SparkBench {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PER_FILE = 500;

  private SparkBench() {}

  public static void main(String[] args) throws IOException {
    List<Integer> sizes = List.of(5000, 10000, 20000);
    List<Integer> cores = List.of(1, 2);
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "amity-spark-bench");
    Path input = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = ints(args[++i]);
        case "--cores" -> cores = ints(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--input" -> input = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("Unknown parameters: " + args[i]);
      }
    }
    System.out.printf("%-8s %-6s %9s %9s %9s %9s %13s %8s %8s%n", "pages", "cores", "analyse s", "combine s", "total s",
        "pages/s", "analyse/core", "events", "entities");
    if (input != null) {
      bench(input.toString(), dir.resolve("out-" + input.getFileName()), cores);
    } else {
      for (int size : sizes) bench(generate(dir.resolve("crawl-" + size), size, 42) + "/*.jsonl", dir.resolve("out-" + size), cores);
    }
  }

  /** Runs the job over {@code input} once per core count, then the pipeline alone on one thread. */
  private static void bench(String input, Path out, List<Integer> cores) throws IOException {
    long pages = 0;
    for (int c : cores) {
      SparkSession spark = SparkSession.builder()
          .master("local[" + c + "]")
          .appName("amity-bench")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .getOrCreate();
      Path o = out.resolveSibling(out.getFileName() + "-" + c);
      JobOptions job = JobOptions.of(List.of(input), o.toString()).withPartitions(4 * c);
      long t = System.nanoTime();
      SparkJob.run(spark, job.withStages(JobOptions.Stages.ANALYSE));
      double analyse = (System.nanoTime() - t) / 1e9;
      t = System.nanoTime();
      SparkJob.run(spark, job.withStages(JobOptions.Stages.COMBINE));
      double combine = (System.nanoTime() - t) / 1e9;
      pages = spark.read().parquet(o.resolve(JobOptions.ANALYSES).toString()).count();
      long events = spark.read().parquet(o.resolve("events").toString()).count();
      long entities = spark.read().parquet(o.resolve("entities").toString()).count();
      spark.stop();
      System.out.printf("%-8d %-6d %9.1f %9.1f %9.1f %9.1f %13.1f %8d %8d%n", pages, c, analyse, combine, analyse + combine,
          pages / (analyse + combine), pages / analyse / c, events, entities);
    }
    long t = System.nanoTime();
    long n = singleThread(input);
    double s = (System.nanoTime() - t) / 1e9;
    System.out.printf("%-8d %-6s %9.1f %9s %9s %9s %13.1f   (the pipeline alone, one thread, as amity ingest)%n", n, "1",
        s, "-", "-", "-", n / s);
  }

  /** {@return how many records the pipeline analysed, reading {@code input} (a folder or a glob of files) in one thread} */
  private static long singleThread(String input) throws IOException {
    amity.pipeline.Pipeline p = amity.pipeline.Pipeline.builder().defaults(amity.kb.KnowledgeBase.bundled()).build();
    Path root = Path.of(input.endsWith("/*.jsonl") ? input.substring(0, input.length() - "/*.jsonl".length()) : input);
    List<Path> files;
    try (var walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).filter(f -> amity.ingest.Readers.supports(f.getFileName().toString())).sorted().toList();
    }
    long n = 0;
    for (Path f : files) {
      try (var in = Files.newInputStream(f);
          var r = amity.ingest.Readers.open(f.toString(), in, amity.ingest.ReadLimits.DEFAULT, problem -> {})) {
        for (var raw : r) {
          try {
            p.process(raw);
            n++;
          } catch (IOException | RuntimeException e) {
            // counted out, as the job counts it in errors
          }
        }
      }
    }
    return n;
  }

  /** Writes {@code pages} generated pages as JSON Lines files under {@code dir} (kept when already there). */
  static Path generate(Path dir, int pages, long seed) throws IOException {
    if (Files.isDirectory(dir)) return dir;
    Path tmp = Files.createDirectories(dir.resolveSibling(dir.getFileName() + ".tmp"));
    Map<String, List<String>> headlines = new LinkedHashMap<>();
    Map<String, List<String>> paragraphs = new LinkedHashMap<>();
    for (Map.Entry<String, String> p : SampleCrawl.pages()) {
      String lang = p.getKey().substring(3, 5);
      boolean first = true;
      for (String line : p.getValue().split("\n")) {
        String t = line.strip();
        if (t.isEmpty()) continue;
        if (first) headlines.computeIfAbsent(lang, k -> new ArrayList<>()).add(t);
        else if (t.length() > 60) paragraphs.computeIfAbsent(lang, k -> new ArrayList<>()).add(t);
        first = false;
      }
    }
    List<String> langs = List.copyOf(headlines.keySet());
    Random r = new Random(seed);
    BufferedWriter w = null;
    for (int n = 0; n < pages; n++) {
      if (n % PER_FILE == 0) {
        if (w != null) w.close();
        w = Files.newBufferedWriter(tmp.resolve(String.format("part-%05d.jsonl", n / PER_FILE)), StandardCharsets.UTF_8);
      }
      String lang = langs.get(n % langs.size());
      // Each page moves its story to a year of its own, so that one event is not reported by a
      // thousand pages (merging all reports of one event compares them pair by pair).
      String year = String.valueOf(1996 + r.nextInt(30));
      StringBuilder text = new StringBuilder(pick(r, headlines.get(lang))).append("\n\n");
      int paras = 3 + r.nextInt(5);
      for (int i = 0; i < paras; i++) text.append(pick(r, paragraphs.get(lang))).append("\n\n");
      ObjectNode o = JSON.createObjectNode();
      o.put("url", "https://news.example/" + lang + "/" + n);
      o.put("date", String.format("%s-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28)));
      o.put("text", text.toString().replaceAll("20[12][0-9]", year));
      w.write(JSON.writeValueAsString(o));
      w.write('\n');
    }
    if (w != null) w.close();
    Files.move(tmp, dir);
    return dir;
  }

  private static String pick(Random r, List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private static List<Integer> ints(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String s : csv.split(",")) out.add(Integer.parseInt(s.strip()));
    return out;
  }
}
