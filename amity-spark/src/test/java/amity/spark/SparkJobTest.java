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
import amity.model.Mode;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.RawDocument;
import amity.model.Role;
import amity.model.Span;
import amity.model.Status;
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
    // Named as a user names them on the command line; records are named after them, as by `amity ingest`.
    inputs = List.of(SampleCrawl.warc(crawl, pages).toString(), SampleCrawl.jsonl(crawl, pages).toString());
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
      try (InputStream in = Files.newInputStream(Path.of(name));
          // Named as `amity ingest` names a file given itself: by its own name.
          DocumentReader r = Readers.open(Path.of(name).getFileName().toString(), in, ReadLimits.DEFAULT, problem -> {
            throw new AssertionError(problem.toString());
          })) {
        for (RawDocument raw : r) docs.add(p.process(raw));
      }
    }
    Corpus.Result expected = new Corpus(kb).combine(docs);
    assertThat(expected.events()).hasSizeGreaterThan(50);
    assertThat(expected.events().stream().filter(e -> e.sources().size() > 1)).isNotEmpty();
    assertThat(expected.events().get(0).sources().get(0).file()).startsWith("sample.").doesNotContain("file:").doesNotContain(dir.toString());

    List<Event> events = events(out);
    events.sort(amity.event.EventMerger.BY_DATE);
    assertThat(events).containsExactlyElementsOf(expected.events().stream().map(SparkJobTest::shown).toList());
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

  @Test
  void aRecordAStageFailsOnBecomesAnErrorAndTheRestIsAnalysed() throws Exception {
    Path crawl = Files.createDirectories(dir.resolve("bad/inner"));
    Files.writeString(dir.resolve("bad/good.txt"), "President Lương Cường held phone talks with Lao President Thongloun"
        + " Sisoulith on October 14, 2025.\n");
    Files.writeString(crawl.resolve("fails.txt"), "Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés"
        + " Mesa in Hà Nội on October 15, 2025.\n");
    Files.write(crawl.resolve("empty.txt"), new byte[0]);
    // A gzipped WARC cut off half-way, as a download that stopped.
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(gz)) {
      z.write(Files.readAllBytes(SampleCrawl.warc(Files.createDirectories(dir.resolve("whole")), SampleCrawl.pages())));
    }
    Files.write(crawl.resolve("cut.warc.gz"), java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2));
    Path bad = dir.resolve("bad-out");

    JobOptions o = JobOptions.of(List.of(dir.resolve("bad").toString()), bad.toString())
        .withPartitions(2).withStages(JobOptions.Stages.ANALYSE);
    SparkJob.run(spark, o, new Analyse(new FailingEvents()));

    List<String> errors = new ArrayList<>();
    for (Row r : spark.read().parquet(bad.resolve("errors").toString()).collectAsList()) {
      errors.add(r.getAs("file") + " " + r.getAs("stage") + ": " + r.getAs("reason"));
    }
    // Named as `amity ingest` names what it finds under a folder: from the folder's own name on.
    String inner = "bad/inner";
    assertThat(errors).contains(
        inner + "/fails.txt events: IllegalStateException: an event stage that fails on purpose",
        inner + "/empty.txt read: empty file");
    assertThat(errors).anyMatch(e -> e.startsWith(inner + "/cut.warc.gz") && e.contains(" read: "));
    List<String> files = new ArrayList<>();
    for (Row r : spark.read().parquet(bad.resolve(JobOptions.ANALYSES).toString()).collectAsList()) files.add(r.getAs("file"));
    // The page that failed in a story stage is kept, the records of the WARC before the cut too.
    assertThat(files).contains("bad/good.txt", inner + "/fails.txt")
        .anyMatch(f -> f.startsWith(inner + "/cut.warc.gz#record-"));
  }

  /** The default pipeline, but its event stage throws on pages whose file is called "fails.txt". */
  static final class FailingEvents implements Analyse.Pipelines {
    private static final long serialVersionUID = 1L;

    @Override
    public Pipeline of(Knowledge kb) {
      Pipeline real = kb.pipeline();
      return Pipeline.builder().defaults(kb.kb())
          .events((doc, story, mentions) -> {
            if (doc.file().endsWith("/fails.txt")) throw new IllegalStateException("an event stage that fails on purpose");
            return real.analyze(doc).stories().get(story.story().index()).events();
          })
          .build();
    }
  }

  /** {@return {@code e} with its confidence as the tables and the CLI show it} */
  private static Event shown(Event e) {
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), e.actors(), e.countries(),
        e.location(), e.fields(), e.quantities(), e.sources(), e.shownConfidence());
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
      for (Row a : r.<Row>getList(r.fieldIndex("actors"))) actors.add(new Actor(a.getString(0), a.getString(1), Role.of(a.getString(2))));
      List<Quantity> quantities = new ArrayList<>();
      for (Row q : r.<Row>getList(r.fieldIndex("quantities"))) quantities.add(new Quantity(q.getDouble(0), q.getString(1), q.getString(2)));
      String date = r.getAs("date");
      String end = r.getAs("date_end");
      String loc = r.getAs("location_entity");
      out.add(new Event(r.getAs("id"), r.getAs("type"), r.getAs("form"), r.getAs("cameo"), Mode.of(r.getAs("mode")), Status.of(r.getAs("status")),
          date == null ? null : new DateRange(DateValue.parse(date), end == null ? null : DateValue.parse(end)), actors,
          r.getList(r.fieldIndex("countries")), loc == null ? null : new Place(loc, r.getAs("location_name")),
          r.getList(r.fieldIndex("fields")), quantities, evidence, r.<Double>getAs("confidence")));
    }
    return out;
  }
}
