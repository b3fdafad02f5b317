package amity.spark;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.kb.KnowledgeBase;
import amity.model.Actor;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.RawDocument;
import amity.model.Span;
import amity.pipeline.Corpus;
import amity.pipeline.Pipeline;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in Spark local mode over the sample corpus written as a crawl (WARC and JSON Lines):
 * its events and entities are those of the single-machine pipeline on the same records, and a
 * second run with other partitioning writes the same tables.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobTest {
  private Path dir;
  private SparkSession spark;
  private List<String> inputs;
  private Path out;

  @BeforeAll
  void run(@TempDir Path tmp) throws Exception {
    dir = tmp;
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("amity-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    var pages = SampleCrawl.pages();
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    inputs = List.of(hadoopName(SampleCrawl.warc(crawl, pages)), hadoopName(SampleCrawl.jsonl(crawl, pages)));
    out = dir.resolve("out");
    SparkJob.run(spark, JobOptions.of(inputs, out.toString()).withPartitions(2));
  }

  @AfterAll
  void stop() {
    if (spark != null) spark.stop();
  }

  @Test
  void eventsAndEntitiesAreThoseOfTheSingleMachinePipeline() throws Exception {
    KnowledgeBase kb = KnowledgeBase.bundled();
    Pipeline p = Pipeline.builder().defaults(kb).build();
    List<DocumentAnalysis> docs = new ArrayList<>();
    for (String name : inputs) {
      try (InputStream in = Files.newInputStream(Path.of(java.net.URI.create(name.replace("file:", "file://"))));
          DocumentReader r = Readers.open(name, in, ReadLimits.DEFAULT, problem -> {
            throw new AssertionError(problem.toString());
          })) {
        for (RawDocument raw : r) docs.add(p.process(raw));
      }
    }
    Corpus.Result expected = new Corpus(kb).combine(docs);
    assertThat(expected.events()).hasSizeGreaterThan(50);
    assertThat(expected.events().stream().filter(e -> e.sources().size() > 1)).isNotEmpty();

    List<Event> events = events(out);
    events.sort(amity.event.EventMerger.BY_DATE);
    assertThat(events).containsExactlyElementsOf(expected.events());
    List<Entity> entities = entities(out);
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id));
    assertThat(entities).containsExactlyElementsOf(expected.entities());
  }

  @Test
  void aSecondRunWithOtherPartitionsWritesTheSameTables() throws Exception {
    Path again = dir.resolve("again");
    SparkJob.run(spark, JobOptions.of(inputs, again.toString()).withPartitions(5));
    for (String table : List.of("documents", "stories", "mentions", "entities", "events", "event_sources")) {
      assertThat(rows(again, table)).as(table).isNotEmpty().containsExactlyElementsOf(rows(out, table));
    }
  }

  private List<String> rows(Path root, String table) {
    List<String> out = new ArrayList<>();
    for (Row r : spark.read().parquet(root.resolve(table).toString()).collectAsList()) out.add(r.toString());
    out.sort(null);
    return out;
  }

  private List<Entity> entities(Path root) {
    List<Entity> out = new ArrayList<>();
    for (Row r : spark.read().parquet(root.resolve("entities").toString()).collectAsList()) {
      out.add(new Entity(r.getAs("id"), EntityType.valueOf(r.getAs("type")), r.getAs("name"), r.getList(r.fieldIndex("aliases")),
          r.getAs("country"), r.<Integer>getAs("mentions")));
    }
    return out;
  }

  /** The merged events as the tables hold them: {@code events} with their {@code event_sources}. */
  private List<Event> events(Path root) {
    Map<String, List<Row>> sources = new HashMap<>();
    for (Row s : spark.read().parquet(root.resolve("event_sources").toString()).collectAsList()) {
      sources.computeIfAbsent(s.getAs("event_id"), k -> new ArrayList<>()).add(s);
    }
    List<Event> out = new ArrayList<>();
    for (Row r : spark.read().parquet(root.resolve("events").toString()).collectAsList()) {
      List<Row> ss = sources.get(r.<String>getAs("id"));
      ss.sort(Comparator.comparingInt(s -> s.<Integer>getAs("idx")));
      List<Evidence> evidence = new ArrayList<>();
      for (Row s : ss) {
        evidence.add(new Evidence(s.getAs("doc"), s.getAs("story"), s.getAs("file"), s.getAs("lang"), s.getAs("sentence"),
            new Span(s.<Integer>getAs("start"), s.<Integer>getAs("end"))));
      }
      List<Actor> actors = new ArrayList<>();
      for (Row a : r.<Row>getList(r.fieldIndex("actors"))) actors.add(new Actor(a.getString(0), a.getString(1), a.getString(2)));
      List<Quantity> quantities = new ArrayList<>();
      for (Row q : r.<Row>getList(r.fieldIndex("quantities"))) quantities.add(new Quantity(q.getDouble(0), q.getString(1), q.getString(2)));
      String date = r.getAs("date");
      String end = r.getAs("date_end");
      String loc = r.getAs("location_entity");
      out.add(new Event(r.getAs("id"), r.getAs("type"), r.getAs("form"), r.getAs("cameo"), r.getAs("mode"), r.getAs("status"),
          date == null ? null : new DateRange(DateValue.parse(date), end == null ? null : DateValue.parse(end)), actors,
          r.getList(r.fieldIndex("countries")), loc == null ? null : new Place(loc, r.getAs("location_name")),
          r.getList(r.fieldIndex("fields")), quantities, evidence, r.<Double>getAs("confidence")));
    }
    return out;
  }

  /** {@return the name Hadoop gives a local file, as records are named after it} */
  private static String hadoopName(Path p) {
    return "file:" + p.toAbsolutePath();
  }
}
