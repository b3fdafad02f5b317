package amity.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The job: stage 1 ({@link Analyse}) and stage 2 ({@link Combine}) over a crawl, writing Parquet
 * tables under the output folder: {@code documents}, {@code stories}, {@code mentions}, {@code
 * event_sources} and {@code events} partitioned by {@code month}, and {@code entities}.
 *
 * <pre>{@code
 * spark-submit --class amity.spark.SparkJob amity-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input 's3a://crawl/2025/*.warc.gz' --output s3a://amity/out
 * }</pre>
 */
public final class SparkJob {
  private SparkJob() {}

  public static void main(String[] args) throws IOException {
    JobOptions o;
    try {
      o = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("amity-spark: " + e.getMessage());
      System.err.println("usage: SparkJob --input GLOB... --output DIR [--partitions N] [--stage all|analyse|combine] [--kb FILE]...");
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("amity").getOrCreate();
    try {
      run(spark, o);
    } finally {
      spark.stop();
    }
  }

  /** Runs the stages {@code o} asks for on {@code spark}. */
  public static void run(SparkSession spark, JobOptions o) throws IOException {
    Knowledge kb = knowledge(spark, o.kbFiles());
    long t = System.nanoTime();
    if (o.stages() != JobOptions.Stages.COMBINE) new Analyse().run(spark, o, kb);
    if (Boolean.getBoolean("amity.timing")) System.err.printf("amity-spark: analyse %.1f s%n", (System.nanoTime() - t) / 1e9);
    if (o.stages() != JobOptions.Stages.ANALYSE) new Combine().run(spark, o, kb);
  }

  /** Reads the extra knowledge-base files on the driver, from any Hadoop path. */
  static Knowledge knowledge(SparkSession spark, List<String> files) throws IOException {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String f : files) {
      Path p = new Path(f);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(p)) {
        out.add(new AbstractMap.SimpleImmutableEntry<>(f, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return new Knowledge(out);
  }
}
