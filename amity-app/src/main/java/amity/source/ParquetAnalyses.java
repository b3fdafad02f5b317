package amity.source;

import amity.model.Actor;
import amity.model.Alignment;
import amity.model.AnalyzedStory;
import amity.model.DateBasis;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Dateline;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LineKind;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Mode;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.Place;
import amity.model.PublicationDate;
import amity.model.Quantity;
import amity.model.RelatedLink;
import amity.model.Role;
import amity.model.SourceMeta;
import amity.model.Span;
import amity.model.Status;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.model.StoryKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads what amity-spark's first stage wrote ({@code OUT/analyses}: one row a document with its
 * page lines, stories, mentions and event readings, Parquet partitioned by month) back into the
 * analyses the store saves. DuckDB reads the Parquet; Spark is not needed.
 *
 * <pre>{@code
 * ParquetAnalyses.forEach(Path.of("out"), batch -> store.writer().saveAll(batch), 50);
 * }</pre>
 *
 * <p>Design decision: the store takes the analyses, not the derived tables, and recomputes
 * entities and events itself with the same linker and merger (reading mentions in the same order)
 * — so an imported store is in every way one that ingested the pages, and gives the job's
 * entities and events.
 */
public final class ParquetAnalyses {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A batch could not be handed on. */
  @FunctionalInterface
  public interface BatchConsumer {
    void accept(List<DocumentAnalysis> batch) throws Exception;
  }

  private ParquetAnalyses() {}

  /**
   * Hands the documents under {@code out} to {@code each}, {@code batch} at a time, in the order
   * the job read them (container, then record).
   *
   * @return how many documents were read
   * @throws IOException when {@code out} holds no analyses or they cannot be read
   */
  public static long forEach(Path out, int batch, BatchConsumer each) throws Exception {
    Path dir = out.resolve("analyses");
    // Outputs of the job before it was renamed (Spark warns about folders starting with "_").
    if (!Files.isDirectory(dir)) dir = out.resolve("_analyses");
    if (!Files.isDirectory(dir)) {
      throw new IOException(out + ": no analyses folder (is this an amity-spark output folder?)");
    }
    String glob = dir.toAbsolutePath().toString().replace("'", "''") + "/**/*.parquet";
    String sql = "SELECT to_json(a) FROM read_parquet('" + glob + "', hive_partitioning = true) a ORDER BY source, seq";
    long n = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      List<DocumentAnalysis> pending = new ArrayList<>();
      while (rs.next()) {
        pending.add(analysis(JSON.readTree(rs.getString(1))));
        n++;
        if (pending.size() == batch) {
          each.accept(List.copyOf(pending));
          pending.clear();
        }
      }
      if (!pending.isEmpty()) each.accept(List.copyOf(pending));
    } catch (SQLException e) {
      throw new IOException(out + ": cannot read the Parquet: " + e.getMessage(), e);
    }
    return n;
  }

  /** {@return one document's analysis from its row, as JSON} */
  static DocumentAnalysis analysis(JsonNode a) {
    SourceMeta meta = new SourceMeta(a.get("format").asText(), str(a, "url"), str(a, "charset"), null, null, null, null);
    Document doc = new Document(a.get("doc_id").asText(), a.get("file").asText(), a.get("text").asText(),
        a.get("charset").asText(), meta);
    List<PageLine> lines = new ArrayList<>();
    for (JsonNode l : a.get("lines")) lines.add(new PageLine(span(l, "start", "end"), LineKind.valueOf(l.get("kind").asText()), l.get("reason").asText()));
    List<RelatedLink> related = new ArrayList<>();
    for (JsonNode r : a.get("related")) {
      related.add(new RelatedLink(r.get("title").asText(), date(str(r, "stamp")), str(r, "section"), span(r, "start", "end")));
    }
    List<Story> stories = new ArrayList<>();
    List<StoryAnalysis> analyses = new ArrayList<>();
    for (JsonNode s : a.get("stories")) {
      Story story = story(s, doc.id());
      stories.add(story);
      List<LinkedMention> mentions = new ArrayList<>();
      for (JsonNode m : s.get("mentions")) mentions.add(mention(m));
      List<Event> readings = new ArrayList<>();
      for (JsonNode e : s.get("readings")) readings.add(event(e));
      List<String> fields = new ArrayList<>();
      for (JsonNode f : s.path("fields")) fields.add(f.asText());
      analyses.add(new StoryAnalysis(new AnalyzedStory(story, s.get("lang").asText(), List.of()), mentions, readings, fields));
    }
    PublicationDate published = new PublicationDate(date(str(a, "published")), DateBasis.of(a.get("published_basis").asText()),
        a.get("published_confidence").asDouble());
    return new DocumentAnalysis(new Page(doc, lines, stories, related, published), analyses);
  }

  private static Story story(JsonNode s, String docId) {
    List<Alignment.Segment> segments = new ArrayList<>();
    for (JsonNode g : s.get("alignment")) {
      segments.add(new Alignment.Segment(g.get("text_start").asInt(), g.get("original_start").asInt(), g.get("length").asInt()));
    }
    Dateline dateline = s.get("dateline_start").isNull() ? null
        : new Dateline(str(s, "dateline_place"), str(s, "dateline_agency"), span(s, "dateline_start", "dateline_end"));
    return new Story(s.get("id").asText(), docId, s.get("idx").asInt(), StoryKind.valueOf(s.get("kind").asText().toUpperCase(Locale.ROOT)),
        s.get("title").asText(), s.get("title_start").isNull() ? null : span(s, "title_start", "title_end"), dateline,
        s.get("text").asText(), new Alignment(segments),
        new PublicationDate(date(str(s, "date")), DateBasis.of(s.get("date_basis").asText()), s.get("date_confidence").asDouble()));
  }

  private static LinkedMention mention(JsonNode m) {
    List<String> roles = new ArrayList<>();
    for (JsonNode r : m.get("roles")) roles.add(r.asText());
    Mention x = new Mention(span(m, "start", "end"), m.get("surface").asText(), EntityType.valueOf(m.get("type").asText()),
        m.get("finder").asText(), str(m, "kb_id"), roles, str(m, "country"),
        m.get("title_start").isNull() ? null : span(m, "title_start", "title_end"));
    return new LinkedMention(x, m.get("story_entity").asText(), m.get("story_entity_name").asText());
  }

  private static Event event(JsonNode e) {
    List<Actor> actors = new ArrayList<>();
    for (JsonNode x : e.get("actors")) actors.add(new Actor(x.get("entity").asText(), x.get("name").asText(), Role.of(x.get("role").asText())));
    List<Quantity> quantities = new ArrayList<>();
    for (JsonNode q : e.get("quantities")) quantities.add(new Quantity(q.get("value").asDouble(), q.get("unit").asText(), q.get("text").asText()));
    List<Evidence> sources = new ArrayList<>();
    for (JsonNode s : e.get("sources")) {
      sources.add(new Evidence(s.get("doc").asText(), s.get("story").asText(), s.get("file").asText(), s.get("lang").asText(),
          s.get("sentence").asText(), span(s, "start", "end")));
    }
    String date = str(e, "date");
    DateRange range = date == null ? null : new DateRange(DateValue.parse(date), date(str(e, "date_end")));
    String loc = str(e, "location_entity");
    return new Event(e.get("id").asText(), e.get("type").asText(), e.get("form").asText(), e.get("cameo").asText(),
        Mode.of(e.get("mode").asText()), Status.of(e.get("status").asText()), range, actors, strings(e.get("countries")),
        loc == null ? null : new Place(loc, e.get("location_name").asText()), strings(e.get("fields")), quantities, sources,
        e.get("confidence").asDouble());
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : n) out.add(x.asText());
    return out;
  }

  private static Span span(JsonNode n, String start, String end) {
    return new Span(n.get(start).asInt(), n.get(end).asInt());
  }

  private static @Nullable DateValue date(@Nullable String iso) {
    return iso == null ? null : DateValue.parse(iso);
  }

  private static @Nullable String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

}
