package amity.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;

import amity.link.CorpusLinker;
import amity.mention.TitleFinder;
import amity.model.EntityType;
import amity.model.Event;
import amity.pipeline.Corpus;
import amity.pipeline.CorpusSteps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 2: links entities and merges events across partitions, and writes the tables.
 *
 * <p>Nothing is gathered on the driver. It runs the {@link CorpusSteps} that {@code Corpus} and
 * the store run, a block at a time. Linking runs them on blocks of story-level entities grouped
 * by key — a shorter name meets the longer names that share its first word, a Chinese name the
 * Latin names its Sino-Vietnamese readings give — and builds each corpus-wide entity from its
 * mentions grouped by id. Merging groups reports by {@link CorpusSteps#blockKeys}, finds the
 * pairs that tell the same event in each block, joins the pairs into connected components by
 * label propagation, and runs {@link CorpusSteps#merge} on each component: a component is closed under every pair merging could join, so it merges exactly as
 * it would among all reports.
 *
 * <p>Ids are content-derived (entity keys and knowledge-base ids, event ids from the first
 * report's document hash and offset), and every order that decides a tie is a content order —
 * mentions by (story id, position), as the store reads them — so a re-run over the same input
 * writes the same tables, whatever the partitioning.
 */
public final class Combine implements Stage {
  /** Label propagation stops here; the components of same-event pairs are a handful of reports. */
  private static final int MAX_ROUNDS = 64;

  private static final StructType NAMED = schema("id STRING, type STRING, name STRING");
  private static final StructType KEYED = schema("key STRING, id STRING, type STRING, name STRING");
  private static final StructType PAIR = schema("id STRING, target STRING");
  private static final StructType KEY_ID = schema("key STRING, id STRING");
  private static final StructType EDGE = schema("a STRING, b STRING");
  private static final StructType BLOCKED = new StructType().add("key", DataTypes.StringType).add("rk", DataTypes.StringType)
      .add("event", Rows.EVENT);
  private static final StructType RELINKED = new StructType().add("rk", DataTypes.StringType).add("event", Rows.EVENT);
  private static final StructType MERGED = new StructType().add("event", Rows.EVENT).add("month", DataTypes.StringType);

  private static final String SHUFFLE_PARTITIONS = "spark.sql.shuffle.partitions";
  private static final long SHUFFLE_BYTES = 128L << 20;

  private static final boolean TIMING = Boolean.getBoolean("amity.timing");

  /** With -Damity.timing=true, says how long the step since {@code since} took; {@return now} */
  static long step(String what, long since) {
    long now = System.nanoTime();
    if (TIMING) System.err.printf("amity-spark: %s %.1f s%n", what, (now - since) / 1e9);
    return now;
  }

  @Override
  public String run(SparkSession spark, JobOptions o, Knowledge knowledge) throws IOException {
    long t = System.nanoTime();
    if (!spark.conf().contains(SHUFFLE_PARTITIONS)) {
      spark.conf().set(SHUFFLE_PARTITIONS, shufflePartitions(spark, o.table(JobOptions.ANALYSES)));
    }
    Broadcast<Knowledge> kb = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(knowledge);
    Dataset<Row> analyses = spark.read().schema(Rows.ANALYSIS).parquet(o.table(JobOptions.ANALYSES));

    analyses.drop("stories").write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table("documents"));
    t = step("documents", t);
    Dataset<Row> stories = analyses
        .select(col("doc_id"), col("file"), explode(col("stories")).as("s"))
        .select(col("doc_id"), col("file"), col("s.*"));
    stories.drop("mentions", "readings").withColumnRenamed("id", "story_id")
        .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table("stories"));

    t = step("stories", t);
    Dataset<Row> mentions = stories
        .select(col("id").as("story_id"), col("month"), explode(col("mentions")).as("m"))
        .select(col("story_id"), col("month"), col("m.*"))
        .cache();
    // Each story-level entity with the type and name of its first mention in (story, position) order.
    Dataset<Row> first = mentions
        .groupBy("story_entity")
        .agg(min(struct(col("story_id"), col("idx"), col("type"), col("story_entity_name"))).as("f"))
        .select(col("story_entity").as("id"), col("f.story_id").as("first_story"), col("f.idx").as("first_idx"),
            col("f.type").as("type"), col("f.story_entity_name").as("name"))
        .cache();
    Dataset<Row> resolved = resolve(first, kb).cache();

    t = step("remap", t);
    Dataset<Row> entities = entities(mentions, first, resolved, kb).cache();
    entities.write().mode(SaveMode.Overwrite).parquet(o.table("entities"));
    t = step("entities", t);
    mentions.join(resolved.withColumnRenamed("id", "story_entity"), "story_entity")
        .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table("mentions"));

    t = step("mentions", t);
    Dataset<Row> merged = merge(stories, resolved, entities, kb).cache();
    merged.select(col("event.*"), col("month")).drop("sources")
        .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table("events"));
    merged.select(col("event.id").as("event_id"), col("month"), posexplode(col("event.sources")).as(new String[] {"idx", "s"}))
        .select(col("event_id"), col("idx"), col("month"), col("s.*"))
        .write().mode(SaveMode.Overwrite).partitionBy("month").parquet(o.table("event_sources"));
    step("events", t);
    String done = String.format("%,d entities, %,d events", entities.count(), merged.count());
    merged.unpersist();
    entities.unpersist();
    resolved.unpersist();
    first.unpersist();
    mentions.unpersist();
    return done;
  }

  /**
   * {@return how many partitions the shuffles get when the user did not say: one per {@value
   * #SHUFFLE_BYTES} bytes of analyses, at least one per core} Spark's default of 200 costs a
   * small run more in tasks than in work (label propagation shuffles a few times a round).
   */
  static int shufflePartitions(SparkSession spark, String analyses) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(analyses);
    long bytes = p.getFileSystem(spark.sparkContext().hadoopConfiguration()).getContentSummary(p).getLength();
    return (int) Math.max(spark.sparkContext().defaultParallelism(), Math.min(100_000, bytes / SHUFFLE_BYTES + 1));
  }

  // ------------------------------------------------------------------ linking

  /** {@return (id, entity): every story-level id with the corpus-wide id it resolves to} */
  private static Dataset<Row> resolve(Dataset<Row> first, Broadcast<Knowledge> kb) {
    Dataset<Row> named = first.select("id", "type", "name");
    // A shorter name looks among the longer names indexed under its first word.
    Dataset<Row> index = named.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> out = new ArrayList<>();
      for (String w : kb.value().steps().indexWords(named(r))) out.add(RowFactory.create(w, r.getString(0), r.getString(1), r.getString(2)));
      return out.iterator();
    }, Encoders.row(KEYED));
    Dataset<Row> queries = named.flatMap((FlatMapFunction<Row, Row>) r -> {
      String key = kb.value().steps().shortNameKey(named(r));
      return key == null ? List.<Row>of().iterator() : List.of(RowFactory.create(key, r.getString(0), r.getString(1), r.getString(2))).iterator();
    }, Encoders.row(KEYED));
    Dataset<Row> longer = queries.as("q")
        .join(index.as("c"), col("q.key").equalTo(col("c.key")))
        .select(col("q.id").as("qid"), col("q.type").as("qtype"), col("q.name").as("qname"),
            col("c.id").as("cid"), col("c.type").as("ctype"), col("c.name").as("cname"))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, rows) -> {
          CorpusLinker.Named n = null;
          List<CorpusLinker.Named> candidates = new ArrayList<>();
          while (rows.hasNext()) {
            Row r = rows.next();
            if (n == null) n = new CorpusLinker.Named(r.getString(0), EntityType.valueOf(r.getString(1)), r.getString(2));
            candidates.add(new CorpusLinker.Named(r.getString(3), EntityType.valueOf(r.getString(4)), r.getString(5)));
          }
          String target = kb.value().steps().longerName(n, candidates);
          return target == null ? List.<Row>of().iterator() : List.of(RowFactory.create(id, target)).iterator();
        }, Encoders.row(PAIR));
    longer = longer.cache();

    // A Chinese name the longer-name rule left alone joins the one Latin name its readings give.
    Dataset<Row> latin = named.flatMap((FlatMapFunction<Row, Row>) r -> {
      String key = kb.value().steps().latinKey(named(r));
      return key == null ? List.<Row>of().iterator() : List.of(RowFactory.create(key, r.getString(0))).iterator();
    }, Encoders.row(KEY_ID));
    Dataset<Row> readings = named.join(longer, named.col("id").equalTo(longer.col("id")), "left_anti")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          List<Row> out = new ArrayList<>();
          for (String k : kb.value().steps().readingKeys(named(r))) out.add(RowFactory.create(k, r.getString(0)));
          return out.iterator();
        }, Encoders.row(KEY_ID));
    Dataset<Row> sinoVietnamese = readings.as("q")
        .join(latin.as("l"), col("q.key").equalTo(col("l.key")))
        .groupBy(col("q.id").as("id"))
        .agg(countDistinct(col("l.id")).as("n"), min(col("l.id")).as("target"))
        .where("n = 1")
        .select("id", "target");

    // Chains (A → B → C) by pointer jumping until no target has a target of its own.
    Dataset<Row> remap = longer.union(sinoVietnamese).localCheckpoint();
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) throw new IllegalStateException("entity remap chains longer than " + MAX_ROUNDS + " (a cycle?)");
      Dataset<Row> next = remap.as("a")
          .join(remap.as("b"), col("a.target").equalTo(col("b.id")), "left")
          .select(col("a.id").as("id"), coalesce(col("b.target"), col("a.target")).as("target"), col("b.target").isNotNull().as("moved"))
          .localCheckpoint();
      boolean moved = !next.where("moved").isEmpty();
      remap = next.drop("moved");
      if (!moved) break;
    }
    return named.select("id")
        .join(remap, "id", "left")
        .select(col("id"), coalesce(col("target"), col("id")).as("entity"));
  }

  private static CorpusLinker.Named named(Row r) {
    return new CorpusLinker.Named(r.getString(0), EntityType.valueOf(r.getString(1)), r.getString(2));
  }

  /** {@return the corpus-wide entities, each built from its mentions in the order linking reads them} */
  private static Dataset<Row> entities(Dataset<Row> mentions, Dataset<Row> first, Dataset<Row> resolved, Broadcast<Knowledge> kb) {
    Dataset<Row> rows = mentions
        .join(first.select(col("id").as("story_entity"), col("first_story"), col("first_idx")), "story_entity")
        .join(resolved.withColumnRenamed("id", "story_entity"), "story_entity")
        .select(col("entity"), col("first_story"), col("first_idx"), col("story_id"), col("idx"), col("story_entity"),
            col("story_entity_name"), col("type"), col("surface"), col("country"), col("finder"));
    return rows
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, it) -> {
          List<Row> group = new ArrayList<>();
          it.forEachRemaining(group::add);
          // Linking concatenates each story-level id's mentions, ids in order of first mention.
          group.sort(Comparator.<Row, String>comparing(r -> r.getString(1)).thenComparingInt(r -> r.getInt(2))
              .thenComparing(r -> r.getString(3)).thenComparingInt(r -> r.getInt(4)));
          List<CorpusLinker.MentionRow> ms = new ArrayList<>();
          for (Row r : group) {
            ms.add(new CorpusLinker.MentionRow(r.getString(5), r.getString(6), EntityType.valueOf(r.getString(7)),
                r.getString(8), r.getString(9), TitleFinder.NOMINAL.equals(r.getString(10))));
          }
          return List.of(Rows.entity(kb.value().steps().entity(id, ms))).iterator();
        }, Encoders.row(Rows.ENTITY));
  }

  // ------------------------------------------------------------------ merging

  /** {@return (event, month): the merged events} */
  private static Dataset<Row> merge(Dataset<Row> stories, Dataset<Row> resolved, Dataset<Row> entities, Broadcast<Knowledge> kb) {
    // Each report under a key of its own: story and position (event ids need not be unique).
    Dataset<Row> reports = stories
        .select(col("id").as("story_id"), posexplode(col("readings")).as(new String[] {"pos", "event"}))
        .select(concat(col("story_id"), lit("#"), col("pos").cast("string")).as("rk"), col("event"))
        .cache();
    Dataset<Row> refs = reports
        .select(col("rk"), explode(concat(col("event.actors.entity"), array(col("event.location_entity")))).as("ref"))
        .where(col("ref").isNotNull())
        .distinct();
    Dataset<Row> lookup = refs.select("ref").distinct()
        .join(resolved.withColumnRenamed("id", "ref"), "ref", "left")
        .select(col("ref"), coalesce(col("entity"), col("ref")).as("entity"))
        .join(entities.select(col("id").as("entity"), col("name")), "entity", "left");
    Dataset<Row> links = refs.join(lookup, "ref")
        .groupBy("rk")
        .agg(collect_list(struct(col("ref"), col("entity"), col("name"))).as("links"));
    Dataset<Row> relinked = reports.join(links, "rk", "left")
        .map((MapFunction<Row, Row>) r -> {
          Map<String, String> to = new HashMap<>();
          Map<String, String> names = new HashMap<>();
          List<Row> ls = r.isNullAt(2) ? List.of() : r.<Row>getList(2);
          for (Row l : ls) {
            to.put(l.getString(0), l.getString(1));
            if (!l.isNullAt(2)) names.put(l.getString(1), l.getString(2));
          }
          Event e = Corpus.relink(Rows.event(r.getStruct(1)), id -> to.getOrDefault(id, id), names::get);
          return RowFactory.create(r.getString(0), Rows.event(e));
        }, Encoders.row(RELINKED))
        .cache();

    // The pairs of each block that tell the same event: the edges of merging.
    Dataset<Row> edges = relinked
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          List<Row> out = new ArrayList<>();
          for (String k : kb.value().steps().blockKeys(Rows.event(r.getStruct(1)))) out.add(RowFactory.create(k, r.getString(0), r.getStruct(1)));
          return out.iterator();
        }, Encoders.row(BLOCKED))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (key, it) -> {
          List<Map.Entry<String, Event>> block = new ArrayList<>();
          it.forEachRemaining(r -> block.add(Map.entry(r.getString(1), Rows.event(r.getStruct(2)))));
          block.sort(Map.Entry.<String, Event>comparingByValue(kb.value().steps().order()).thenComparing(Map.Entry.comparingByKey()));
          List<Event> events = new ArrayList<>();
          for (Map.Entry<String, Event> b : block) events.add(b.getValue());
          List<Row> out = new ArrayList<>();
          for (int[] p : kb.value().steps().sameEventPairs(events)) {
            out.add(RowFactory.create(block.get(p[0]).getKey(), block.get(p[1]).getKey()));
          }
          return out.iterator();
        }, Encoders.row(EDGE))
        .distinct();

    Dataset<Row> component = components(edges);
    return relinked.join(component, "rk", "left")
        .select(coalesce(col("label"), col("rk")).as("group"), col("event"))
        .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (group, it) -> {
          List<Event> events = new ArrayList<>();
          it.forEachRemaining(r -> events.add(Rows.event(r.getStruct(1))));
          List<Row> out = new ArrayList<>();
          for (Event e : kb.value().steps().merge(events)) {
            out.add(RowFactory.create(Rows.shownEvent(e), Rows.month(e.date() == null ? null : e.date().start())));
          }
          return out.iterator();
        }, Encoders.row(MERGED));
  }

  /** {@return (rk, label): the connected components of the edges, each labelled by its least member} */
  private static Dataset<Row> components(Dataset<Row> edges) {
    Dataset<Row> both = edges.union(edges.select(col("b").as("a"), col("a").as("b"))).localCheckpoint();
    Dataset<Row> labels = both.select(col("a").as("rk")).distinct().withColumn("label", col("rk")).localCheckpoint();
    for (int round = 0; ; round++) {
      if (round == MAX_ROUNDS) throw new IllegalStateException("event components did not settle in " + MAX_ROUNDS + " rounds");
      Dataset<Row> next = both.join(labels.withColumnRenamed("rk", "a"), "a")
          .select(col("b").as("rk"), col("label"))
          .union(labels)
          .groupBy("rk")
          .agg(min("label").as("label"))
          .localCheckpoint();
      boolean changed = !next.as("n").join(labels.as("o"), col("n.rk").equalTo(col("o.rk")))
          .where(col("n.label").notEqual(col("o.label")))
          .isEmpty();
      labels = next;
      if (!changed) return labels;
    }
  }

  private static StructType schema(String ddl) {
    return StructType.fromDDL(ddl);
  }
}
