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
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * The job: stage 1 ({@link Analyse}) and stage 2 ({@link Combine}) over a crawl, writing Parquet
 * tables under the output folder: {@code documents}, {@code stories}, {@code mentions}, {@code
 * event_sources} and {@code events} partitioned by {@code month}, {@code entities}, and {@code
 * errors} (the records that could not be read or analysed).
 *
 * <pre>{@code
 * spark-submit --class amity.spark.SparkJob amity-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input 's3a://crawl/2025/*.warc.gz' --output s3a://amity/out
 * }</pre>
 *
 * <p>Each stage ends with one line on stderr saying what it did and how long it took. The exit
 * status is 0 when the job ran to the end, whatever records failed (they are in {@code errors});
 * 2 for bad arguments, 1 when the job itself failed.
 */
public final class SparkJob {
  private SparkJob() {}

  public static void main(String[] args) {
    JobOptions o;
    try {
      o = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("amity-spark: " + e.getMessage());
      System.err.println("usage: SparkJob --input PATH... --output DIR [--master M] [--partitions N]"
          + " [--stage all|analyse|combine] [--kb FILE]...");
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("amity");
    // spark-submit says where to run; plain `java` with no spark.master runs on this machine.
    if (o.master() != null) builder.master(o.master());
    else if (!new SparkConf().contains("spark.master")) builder.master("local[*]");
    int status = 0;
    SparkSession spark = builder.getOrCreate();
    try {
      run(spark, o);
    } catch (Exception e) {
      System.err.println("amity-spark: the job failed: " + e);
      e.printStackTrace();
      status = 1;
    } finally {
      spark.stop();
    }
    System.exit(status);
  }

  /** Runs the stages {@code o} asks for on {@code spark}, saying on stderr what each did. */
  public static void run(SparkSession spark, JobOptions o) throws IOException {
    run(spark, o, new Analyse());
  }

  /** Runs the stages {@code o} asks for with {@code analyse} as stage 1 (tests give failing stages). */
  public static void run(SparkSession spark, JobOptions o, Analyse analyse) throws IOException {
    Knowledge kb = knowledge(spark, o.kbFiles());
    if (o.stages() != JobOptions.Stages.COMBINE) stage("analyse", analyse, spark, o, kb);
    if (o.stages() != JobOptions.Stages.ANALYSE) stage("combine", new Combine(), spark, o, kb);
  }

  private static void stage(String name, Stage stage, SparkSession spark, JobOptions o, Knowledge kb) throws IOException {
    long t = System.nanoTime();
    String what = stage.run(spark, o, kb);
    System.err.printf("amity-spark: %s: %s (%.1f s)%n", name, what, (System.nanoTime() - t) / 1e9);
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
