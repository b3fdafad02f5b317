package amity.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import amity.decode.DecodeException;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.ReadProblem;
import amity.ingest.Readers;
import amity.model.DateValue;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.StoryFailure;
import amity.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;

/**
 * Stage 1: page → stories → mentions → events, one partition at a time, with the knowledge base
 * broadcast. Containers are read whole by one task each (a gzipped WARC cannot be split), folders
 * recursively; their records are spread over the partitions by name, and each document's analysis
 * becomes one row of {@code analyses} (everything the store keeps of it), partitioned by
 * publication month.
 *
 * <p>One bad record never ends the run: whatever fails on it — reading its container, decoding
 * its bytes, cleaning the page, or a later stage on one story — becomes a row of {@code errors}
 * (file, record, stage, reason) and the rest goes on. A story a stage failed on is kept with
 * what the stages before gave, as {@code amity ingest} keeps it.
 *
 * <p>The same content read twice (two captures of one page, a page in two files) is kept once:
 * the copy whose file and record come first, as a single-machine ingest in that order would.
 */
public final class Analyse implements Stage {
  /** The stage a whole record failed in, before its stories: reading, decoding or cleaning. */
  static final String READ = "read";
  static final String DECODE = "decode";
  static final String CLEAN = "clean";

  /** A record read from a container, before decoding; {@code problem} set when it could not be read. */
  static final StructType RAW = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
    DataTypes.createStructField("file", DataTypes.StringType, false),
    DataTypes.createStructField("source", DataTypes.StringType, false),
    DataTypes.createStructField("seq", DataTypes.LongType, false),
    DataTypes.createStructField("bytes", DataTypes.BinaryType, false),
    DataTypes.createStructField("format", DataTypes.StringType, false),
    DataTypes.createStructField("url", DataTypes.StringType, true),
    DataTypes.createStructField("charset", DataTypes.StringType, true),
    DataTypes.createStructField("published", DataTypes.StringType, true),
    DataTypes.createStructField("title", DataTypes.StringType, true),
    DataTypes.createStructField("lang", DataTypes.StringType, true),
    DataTypes.createStructField("captured", DataTypes.StringType, true),
    DataTypes.createStructField("problem", DataTypes.StringType, true),
  });

  /**
   * One row of {@code errors}: the record ({@code file}, as {@code amity ingest} names it), its
   * container and position there, the stage that failed, the story (for story stages), the
   * one-line reason and the innermost frame of amity's code that threw.
   */
  static final StructType ERROR = DataTypes.createStructType(new org.apache.spark.sql.types.StructField[] {
    DataTypes.createStructField("file", DataTypes.StringType, false),
    DataTypes.createStructField("source", DataTypes.StringType, false),
    DataTypes.createStructField("seq", DataTypes.LongType, true),
    DataTypes.createStructField("stage", DataTypes.StringType, false),
    DataTypes.createStructField("story", DataTypes.IntegerType, true),
    DataTypes.createStructField("reason", DataTypes.StringType, false),
    DataTypes.createStructField("where", DataTypes.StringType, false),
  });

  /** What became of one record: its analysis (null when it failed whole) and its errors. */
  static final StructType OUTCOME = new StructType()
      .add("analysis", Rows.ANALYSIS, true)
      .add("record", DataTypes.BooleanType, false)
      .add("errors", DataTypes.createArrayType(ERROR, false), false);

  /** Builds the pipeline a task analyses with: the knowledge base's own, or one a test gives. */
  @FunctionalInterface
  public interface Pipelines extends Serializable {
    Pipeline of(Knowledge kb);
  }

  /** What stage 1 did, counted over the whole input. */
  public record Counts(long records, long analysed, long duplicates, long failed, long storyErrors, long unreadable) {
    @Override
    public String toString() {
      return String.format("%,d records read, %,d analysed (%,d duplicates dropped), %,d failed, %,d story errors%s",
          records, analysed, duplicates, failed, storyErrors,
          unreadable == 0 ? "" : String.format(", %,d files or records unreadable", unreadable));
    }
  }

  private final Pipelines pipelines;

  public Analyse() {
    this(Knowledge::pipeline);
  }

  /** Stage 1 analysing with the pipelines {@code pipelines} builds (tests inject failing stages). */
  public Analyse(Pipelines pipelines) {
    this.pipelines = pipelines;
  }

  @Override
  public String run(SparkSession spark, JobOptions o, Knowledge knowledge) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Knowledge> kb = jsc.broadcast(knowledge);
    Dataset<Row> outcomes = outcomes(spark, o, kb).persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long t = System.nanoTime();
      outcomes.select(explode(col("errors")).as("e")).select(col("e.*"))
          // One file of errors; repartition, not coalesce, which would pull the analysis before it
          // into a single task.
          .repartition(1)
          .write().mode(SaveMode.Overwrite).parquet(o.table(JobOptions.ERRORS));
      t = Combine.step("analyse+errors", t);
      Dataset<Row> analysed = outcomes.where(col("analysis").isNotNull()).select(col("analysis.*"));
      firstCopies(analysed).write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table(JobOptions.ANALYSES));
      t = Combine.step("analyses written", t);
      String counts = counts(outcomes, spark.read().schema(Rows.ANALYSIS).parquet(o.table(JobOptions.ANALYSES)).count()).toString();
      Combine.step("counted", t);
      return counts;
    } finally {
      outcomes.unpersist();
    }
  }

  /** {@return the counts of {@code outcomes}, {@code kept} of whose analyses were written} */
  static Counts counts(Dataset<Row> outcomes, long kept) {
    Row c = outcomes.agg(
        sum(when(col("record"), 1).otherwise(0)),
        count(col("analysis")),
        sum(when(col("record").and(col("analysis").isNull()), 1).otherwise(0)),
        sum(when(col("analysis").isNotNull(), size(col("errors"))).otherwise(0)),
        sum(when(functions.not(col("record")), 1).otherwise(0))).first();
    long analysed = c.isNullAt(1) ? 0 : c.getLong(1);
    return new Counts(value(c, 0), kept, analysed - kept, value(c, 2), value(c, 3), value(c, 4));
  }

  private static long value(Row r, int i) {
    return r.isNullAt(i) ? 0 : ((Number) r.get(i)).longValue();
  }

  /** {@return what became of each record of the input, in the {@link #OUTCOME} shape} */
  Dataset<Row> outcomes(SparkSession spark, JobOptions o, Broadcast<Knowledge> kb) throws IOException {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int parts = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
    InputNames names = InputNames.of(o.inputs(), jsc.hadoopConfiguration());
    // Files are listed here and opened by path in the tasks. Not binaryFiles: each of its streams
    // carries the whole combined split of its partition and parses every path of it again when
    // opened, so many small files cost the square of their number (18% of stage 1 on 2,114 pages).
    List<ReadProblem> missing = new ArrayList<>();
    List<String> files = InputFiles.list(o.inputs(), jsc.hadoopConfiguration(), missing::add);
    Broadcast<InputFiles.Conf> conf = jsc.broadcast(InputFiles.Conf.of(jsc.hadoopConfiguration()));
    JavaRDD<Row> raw = jsc.parallelize(files, Math.max(1, Math.min(parts, files.size())))
        .mapPartitions(it -> {
          org.apache.hadoop.conf.Configuration c = conf.value().configuration();
          return InputFiles.flatten(it, f -> read(f, names.name(f), c));
        })
        .union(jsc.parallelize(missing.stream().map(p -> problem(p.file(), p.file(), 0, p.reason())).toList(), 1));
    Dataset<Row> records = spark.createDataFrame(raw, RAW)
        // By name, not round robin: a retried task gets the same records.
        .repartition(parts, col("file"));
    Pipelines make = pipelines;
    return records.mapPartitions(
        (MapPartitionsFunction<Row, Row>) it -> analyse(it, make.of(kb.value())),
        Encoders.row(OUTCOME));
  }

  /** {@return one row a distinct document: the first copy of each content, by container and record} */
  static Dataset<Row> firstCopies(Dataset<Row> analysed) {
    return analysed
        .withColumn("_n", functions.row_number().over(Window.partitionBy("doc_id").orderBy("source", "seq")))
        .where("_n = 1")
        .drop("_n");
  }

  /**
   * The records of one container, read as they are consumed (a WARC of a few gigabytes is never
   * held whole); a record that cannot be read, or a container that fails part-way, becomes a
   * record with its problem, and what came before is kept.
   */
  static Iterator<Row> read(String file, String name, org.apache.hadoop.conf.Configuration conf) {
    return new LookAhead<>() {
      // Rows read but not yet handed on: a record, and the problems its reading reported.
      private final Deque<Row> pending = new ArrayDeque<>();
      private @Nullable InputStream in;
      private @Nullable DocumentReader reader;
      private long seq;
      private boolean ended;

      @Override
      protected @Nullable Row advance() {
        if (!pending.isEmpty()) return pending.poll();
        if (ended) return null;
        try {
          if (reader == null) {
            org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(file);
            in = path.getFileSystem(conf).open(path);
            reader = Readers.open(name, in, ReadLimits.DEFAULT,
                p -> pending.add(problem(p.file(), name, seq++, p.reason())));
          }
          Optional<RawDocument> d = reader.next();
          if (d.isPresent()) {
            pending.addLast(raw(d.get(), name, seq++));
            return pending.poll();
          }
        } catch (DecodeException e) {
          pending.add(problem(e.file(), name, seq, e.reason()));
        } catch (IOException | RuntimeException e) {
          pending.add(problem(name, name, seq, Pipeline.reason(e)));
        }
        ended = true;
        close();
        return pending.poll();
      }

      private void close() {
        try {
          if (reader != null) reader.close();
          if (in != null) in.close();
        } catch (IOException e) {
          pending.add(problem(name, name, seq, "closing: " + Pipeline.reason(e)));
        }
      }
    };
  }

  private static Row raw(RawDocument d, String source, long seq) {
    SourceMeta m = d.meta();
    return RowFactory.create(d.file(), source, seq, d.bytes(), m.format(), m.url(), m.charset(), iso(m.published()),
        m.title(), m.lang(), iso(m.captured()), null);
  }

  private static Row problem(String file, String source, long seq, String reason) {
    return RowFactory.create(file, source, seq, new byte[0], "", null, null, null, null, null, null, reason);
  }

  /**
   * The outcomes of {@code records}, as they are consumed: an analysis with the stories' errors,
   * or, for a record that could not be read, decoded or cleaned, its error alone.
   */
  static Iterator<Row> analyse(Iterator<Row> records, Pipeline pipeline) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public Row next() {
        Row r = records.next();
        String file = r.getString(0);
        String source = r.getString(1);
        long seq = r.getLong(2);
        if (!r.isNullAt(11)) {
          return failed(false, error(file, source, seq, READ, null, r.getString(11), ""));
        }
        SourceMeta meta = new SourceMeta(r.getString(4), r.getString(5), r.getString(6), date(r.getString(7)),
            r.getString(8), r.getString(9), date(r.getString(10)));
        RawDocument raw = new RawDocument(file, (byte[]) r.get(3), meta);
        try {
          DocumentAnalysis a = pipeline.process(raw);
          List<Row> errors = new ArrayList<>();
          for (StoryFailure f : a.failures()) errors.add(error(file, source, seq, f.stage(), f.index(), f.reason(), f.where()));
          return RowFactory.create(Rows.analysis(a, source, seq), true, Rows.seq(errors));
        } catch (DecodeException e) {
          return failed(true, error(file, source, seq, DECODE, null, e.reason(), ""));
        } catch (IOException e) {
          return failed(true, error(file, source, seq, DECODE, null, Pipeline.reason(e), Pipeline.where(e)));
        } catch (RuntimeException | StackOverflowError e) {
          // Only the cleaner, which reads the whole page, throws out of the pipeline.
          return failed(true, error(file, source, seq, CLEAN, null, Pipeline.reason(e), Pipeline.where(e)));
        }
      }
    };
  }

  private static Row failed(boolean record, Row error) {
    return RowFactory.create(null, record, Rows.seq(List.of(error)));
  }

  private static Row error(String file, String source, @Nullable Long seq, String stage, @Nullable Integer story,
      String reason, String where) {
    return RowFactory.create(file, source, seq, stage, story, reason, where);
  }

  private static @Nullable String iso(@Nullable DateValue d) {
    return d == null ? null : d.iso();
  }

  private static @Nullable DateValue date(@Nullable String iso) {
    return iso == null ? null : DateValue.parse(iso);
  }
}
