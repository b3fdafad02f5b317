package amity.spark;

import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.model.DateValue;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.StoryFailure;
import amity.pipeline.Pipeline;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
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
import org.apache.spark.util.LongAccumulator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Stage 1: page → stories → mentions → events, one partition at a time, with the knowledge base
 * broadcast. Containers are read whole by one task each (a gzipped WARC cannot be split), their
 * records are spread over the partitions by name, and each document's analysis becomes one row
 * of {@code _analyses} (everything the store keeps of it), partitioned by publication month.
 *
 * <p>The same content read twice (two captures of one page, a page in two files) is kept once:
 * the copy whose file and record come first, as a single-machine ingest in that order would.
 */
public final class Analyse implements Stage {
  private static final Logger LOG = LoggerFactory.getLogger(Analyse.class);

  /** A record read from a container, before decoding. */
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
  });

  @Override
  public void run(SparkSession spark, JobOptions o, Knowledge knowledge) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Knowledge> kb = jsc.broadcast(knowledge);
    LongAccumulator skipped = jsc.sc().longAccumulator("amity records skipped");
    Dataset<Row> analyses = analyses(spark, o, kb, skipped);
    analyses.write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table(JobOptions.ANALYSES));
    if (skipped.value() > 0) LOG.warn("amity: {} records or files could not be read (see the executors' logs)", skipped.value());
  }

  /** {@return one row a distinct document, in the {@link Rows#ANALYSIS} shape} */
  static Dataset<Row> analyses(SparkSession spark, JobOptions o, Broadcast<Knowledge> kb, LongAccumulator skipped) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int parts = o.partitions() > 0 ? o.partitions() : jsc.defaultParallelism();
    JavaRDD<Row> raw = jsc.binaryFiles(String.join(",", o.inputs()), parts)
        .flatMap(f -> read(f, skipped));
    Dataset<Row> records = spark.createDataFrame(raw, RAW)
        // By name, not round robin: a retried task gets the same records.
        .repartition(parts, functions.col("file"));
    Dataset<Row> analysed = records.mapPartitions(
        (org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) it -> analyse(it, kb.value().pipeline(), skipped),
        Encoders.row(Rows.ANALYSIS));
    // The first copy of each content, by container and record.
    return analysed
        .withColumn("_n", functions.row_number().over(Window.partitionBy("doc_id").orderBy("source", "seq")))
        .where("_n = 1")
        .drop("_n");
  }

  /**
   * The records of one container, read as they are consumed (a WARC of a few gigabytes is never
   * held whole); one that fails part-way keeps what came before.
   */
  private static Iterator<Row> read(Tuple2<String, PortableDataStream> file, LongAccumulator skipped) {
    String name = file._1();
    return new LookAhead<>() {
      private @Nullable InputStream in;
      private @Nullable DocumentReader reader;
      private long seq;

      @Override
      protected @Nullable Row advance() {
        try {
          if (reader == null) {
            in = file._2().open();
            reader = Readers.open(name, in, ReadLimits.DEFAULT, p -> {
              skipped.add(1);
              LOG.warn("amity: {}: {}", p.file(), p.reason());
            });
          }
          Optional<RawDocument> d = reader.next();
          if (d.isPresent()) return raw(d.get(), name, seq++);
        } catch (IOException e) {
          skipped.add(1);
          LOG.warn("amity: {}", e.getMessage());
        }
        close();
        return null;
      }

      private void close() {
        try {
          if (reader != null) reader.close();
          if (in != null) in.close();
        } catch (IOException e) {
          LOG.warn("amity: {}: closing: {}", name, e.getMessage());
        }
      }
    };
  }

  private static Row raw(RawDocument d, String source, long seq) {
    SourceMeta m = d.meta();
    return RowFactory.create(d.file(), source, seq, d.bytes(), m.format(), m.url(), m.charset(), iso(m.published()),
        m.title(), m.lang(), iso(m.captured()));
  }

  /** The analyses of {@code records}, as they are consumed; a record that cannot be read is counted in {@code skipped}. */
  static Iterator<Row> analyse(Iterator<Row> records, Pipeline pipeline, LongAccumulator skipped) {
    return new LookAhead<>() {
      @Override
      protected @Nullable Row advance() {
        while (records.hasNext()) {
          Row r = records.next();
          SourceMeta meta = new SourceMeta(r.getString(4), r.getString(5), r.getString(6), date(r.getString(7)),
              r.getString(8), r.getString(9), date(r.getString(10)));
          RawDocument raw = new RawDocument(r.getString(0), (byte[]) r.get(3), meta);
          try {
            DocumentAnalysis a = pipeline.process(raw);
            // A story a stage failed on is kept with what the stages before gave (the job's own
            // error table is to come); the other stories and the document are analysed as usual.
            for (StoryFailure f : a.failures()) LOG.warn("amity: {}: {}", raw.file(), f.line());
            return Rows.analysis(a, r.getString(1), r.getLong(2));
          } catch (IOException e) {
            skipped.add(1);
            LOG.warn("amity: {}", e.getMessage());
          } catch (RuntimeException | StackOverflowError e) {
            // The cleaner failed on the whole page: the document is skipped, the task goes on.
            skipped.add(1);
            LOG.warn("amity: {}: {}", raw.file(), Pipeline.reason(e), e);
          }
        }
        return null;
      }
    };
  }

  private static @Nullable String iso(@Nullable DateValue d) {
    return d == null ? null : d.iso();
  }

  private static @Nullable DateValue date(@Nullable String iso) {
    return iso == null ? null : DateValue.parse(iso);
  }
}
