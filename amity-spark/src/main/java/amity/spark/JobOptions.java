package amity.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one run of the job reads and writes.
 *
 * @param inputs Hadoop paths or globs of WARC ({@code .warc}, {@code .warc.gz}), JSON Lines, text,
 *     HTML or feed files ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}, {@code crawl/*.warc.gz})
 * @param output the folder the tables are written to (replaced)
 * @param partitions how many partitions the pages are analysed in; 0 lets Spark choose (its
 *     default parallelism)
 * @param stages which stages run
 * @param kbFiles extra knowledge-base files (Hadoop paths), read once on the driver and broadcast
 * @param master the Spark master ({@code local[2]}, {@code spark://host:7077}, {@code yarn}), or
 *     null to take the one {@code spark-submit} or {@code spark.master} gives ({@code local[*]}
 *     when neither does)
 */
public record JobOptions(List<String> inputs, String output, int partitions, Stages stages, List<String> kbFiles,
    @Nullable String master) implements Serializable {
  /** Which stages run: both, or one of them over the other's output. */
  public enum Stages {
    ALL,
    ANALYSE,
    COMBINE
  }

  /**
   * Where stage 1 leaves its analyses for stage 2, under the output folder. Not {@code _analyses}:
   * Spark takes a path part starting with "_" for a hidden file and warns that it ignored it.
   */
  public static final String ANALYSES = "analyses";

  /** Where stage 1 writes the records it could not read or analyse, under the output folder. */
  public static final String ERRORS = "errors";

  public JobOptions {
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(output, "output must not be null");
    Objects.requireNonNull(stages, "stages must not be null");
    kbFiles = List.copyOf(kbFiles);
    if (partitions < 0) throw new IllegalArgumentException("partitions must be 0 or more: " + partitions);
    if (inputs.isEmpty() && stages != Stages.COMBINE) throw new IllegalArgumentException("no --input given");
  }

  /** {@return options with both stages, default partitioning and the bundled knowledge base} */
  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, 0, Stages.ALL, List.of(), null);
  }

  /** {@return these options with {@code n} analysis partitions} */
  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, n, stages, kbFiles, master);
  }

  /** {@return these options running only {@code s}} */
  public JobOptions withStages(Stages s) {
    return new JobOptions(inputs, output, partitions, s, kbFiles, master);
  }

  /**
   * Parses {@code --input GLOB} (repeatable), {@code --output DIR}, {@code --partitions N},
   * {@code --stage all|analyse|combine}, {@code --kb FILE} (repeatable) and {@code --master M}.
   *
   * @throws IllegalArgumentException naming unknown or incomplete arguments
   */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    List<String> kb = new ArrayList<>();
    String output = null;
    int partitions = 0;
    Stages stages = Stages.ALL;
    String master = null;
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean takesValue = List.of("--input", "--output", "--partitions", "--stage", "--kb", "--master").contains(a);
      if (takesValue && i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
      switch (a) {
        case "--input" -> inputs.add(args[++i]);
        case "--output" -> output = args[++i];
        case "--partitions" -> partitions = number(a, args[++i]);
        case "--stage" -> stages = stages(args[++i]);
        case "--master" -> master = args[++i];
        case "--kb" -> kb.add(args[++i]);
        default -> unknown.add(a);
      }
    }
    if (!unknown.isEmpty()) throw new IllegalArgumentException("Unknown parameters: " + unknown);
    if (output == null) throw new IllegalArgumentException("no --output given");
    return new JobOptions(inputs, output, partitions, stages, kb, master);
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number, not '" + value + "'");
    }
  }

  private static Stages stages(String value) {
    try {
      return Stages.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--stage is all, analyse or combine, not '" + value + "'");
    }
  }

  /** {@return the folder of one output table} */
  public String table(String name) {
    return output.endsWith("/") ? output + name : output + "/" + name;
  }
}
