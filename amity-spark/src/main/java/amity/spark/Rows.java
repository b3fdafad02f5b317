package amity.spark;

import amity.model.Actor;
import amity.model.Alignment;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Mode;
import amity.model.PageLine;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.RelatedLink;
import amity.model.Role;
import amity.model.Span;
import amity.model.Status;
import amity.model.Story;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark schemas of amity's records and the conversions both ways. Dates are ISO strings with
 * their honest precision ({@code 2021-07-27}, {@code 2023-05}, {@code --07-27}), as in the CLI's
 * JSON; {@code month} is {@code yyyy-MM}, or {@code none} when the month is not known.
 *
 * <p>Stateless. Not API.
 */
final class Rows {
  private Rows() {}

  static final String NO_MONTH = "none";

  static final StructType ACTOR = struct(f("entity", str(), false), f("name", str(), false), f("role", str(), false));
  static final StructType QUANTITY = struct(f("value", DataTypes.DoubleType, false), f("unit", str(), false), f("text", str(), false));
  static final StructType SOURCE = struct(f("doc", str(), false), f("story", str(), false), f("file", str(), false),
      f("lang", str(), false), f("sentence", str(), false), f("start", DataTypes.IntegerType, false),
      f("end", DataTypes.IntegerType, false));
  static final StructType EVENT = struct(f("id", str(), false), f("type", str(), false), f("form", str(), false),
      f("cameo", str(), false), f("mode", str(), false), f("status", str(), false), f("date", str(), true),
      f("date_end", str(), true), f("actors", arr(ACTOR), false), f("countries", arr(str()), false),
      f("location_entity", str(), true), f("location_name", str(), true), f("fields", arr(str()), false),
      f("quantities", arr(QUANTITY), false), f("sources", arr(SOURCE), false),
      f("confidence", DataTypes.DoubleType, false));
  static final StructType MENTION = struct(f("idx", DataTypes.IntegerType, false), f("start", DataTypes.IntegerType, false),
      f("end", DataTypes.IntegerType, false), f("doc_start", DataTypes.IntegerType, false),
      f("doc_end", DataTypes.IntegerType, false), f("surface", str(), false), f("type", str(), false),
      f("finder", str(), false), f("kb_id", str(), true), f("roles", arr(str()), false), f("country", str(), true),
      f("title_start", DataTypes.IntegerType, true), f("title_end", DataTypes.IntegerType, true),
      f("story_entity", str(), false), f("story_entity_name", str(), false));
  static final StructType SEGMENT = struct(f("text_start", DataTypes.IntegerType, false),
      f("original_start", DataTypes.IntegerType, false), f("length", DataTypes.IntegerType, false));
  static final StructType STORY = struct(f("id", str(), false), f("idx", DataTypes.IntegerType, false),
      f("kind", str(), false), f("lang", str(), false), f("title", str(), false),
      f("title_start", DataTypes.IntegerType, true), f("title_end", DataTypes.IntegerType, true),
      f("dateline_place", str(), true), f("dateline_agency", str(), true),
      f("dateline_start", DataTypes.IntegerType, true), f("dateline_end", DataTypes.IntegerType, true),
      f("text", str(), false), f("alignment", arr(SEGMENT), false), f("date", str(), true),
      f("date_basis", str(), false), f("date_confidence", DataTypes.DoubleType, false), f("month", str(), false),
      f("mentions", arr(MENTION), false), f("readings", arr(EVENT), false), f("fields", arr(str()), false));
  static final StructType LINE = struct(f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false),
      f("kind", str(), false), f("reason", str(), false));
  static final StructType RELATED = struct(f("title", str(), false), f("stamp", str(), true), f("section", str(), true),
      f("start", DataTypes.IntegerType, false), f("end", DataTypes.IntegerType, false));
  /** One analysed document, everything the store keeps of it: the hand-over from stage 1 to stage 2. */
  static final StructType ANALYSIS = struct(f("doc_id", str(), false), f("file", str(), false),
      f("source", str(), false), f("seq", DataTypes.LongType, false), f("charset", str(), false),
      f("format", str(), false), f("url", str(), true), f("published", str(), true),
      f("published_basis", str(), false), f("published_confidence", DataTypes.DoubleType, false),
      f("text", str(), false), f("lines", arr(LINE), false), f("related", arr(RELATED), false),
      f("stories", arr(STORY), false), f("month", str(), false));
  static final StructType ENTITY = struct(f("id", str(), false), f("type", str(), false), f("name", str(), false),
      f("aliases", arr(str()), false), f("country", str(), true), f("mentions", DataTypes.IntegerType, false));

  // ------------------------------------------------------------------ model → row

  static Row analysis(DocumentAnalysis a, String source, long seq) {
    var d = a.document();
    List<Row> lines = new ArrayList<>();
    for (PageLine l : a.page().lines()) lines.add(RowFactory.create(l.span().start(), l.span().end(), l.kind().name(), l.reason()));
    List<Row> related = new ArrayList<>();
    for (RelatedLink r : a.page().related()) {
      related.add(RowFactory.create(r.title(), iso(r.timestamp()), r.section(), r.span().start(), r.span().end()));
    }
    List<Row> stories = new ArrayList<>();
    for (StoryAnalysis s : a.stories()) stories.add(story(s));
    DateValue published = a.page().published().date();
    return RowFactory.create(d.id(), d.file(), source, seq, d.charset(), d.meta().format(), d.meta().url(), iso(published),
        a.page().published().basis().wire(), a.page().published().confidence(), d.text(), seq(lines), seq(related), seq(stories),
        month(published));
  }

  private static Row story(StoryAnalysis sa) {
    Story s = sa.story().story();
    List<Row> segments = new ArrayList<>();
    for (Alignment.Segment g : s.alignment().segments()) segments.add(RowFactory.create(g.textStart(), g.originalStart(), g.length()));
    List<Row> mentions = new ArrayList<>();
    int i = 0;
    for (LinkedMention lm : sa.mentions()) {
      Mention m = lm.mention();
      Span doc = s.alignment().toOriginal(m.span());
      mentions.add(RowFactory.create(i++, m.span().start(), m.span().end(), doc.start(), doc.end(), m.text(), m.type().name(),
          m.finder(), m.kbId(), seq(m.roles()), m.country(), m.titleSpan() == null ? null : m.titleSpan().start(),
          m.titleSpan() == null ? null : m.titleSpan().end(), lm.entityId(), lm.entityName()));
    }
    List<Row> readings = new ArrayList<>();
    for (Event e : sa.events()) readings.add(event(e));
    DateValue date = s.published().date();
    return RowFactory.create(s.id(), s.index(), s.kind().json(), sa.story().lang(), s.title(),
        s.titleSpan() == null ? null : s.titleSpan().start(), s.titleSpan() == null ? null : s.titleSpan().end(),
        s.dateline() == null ? null : s.dateline().place(), s.dateline() == null ? null : s.dateline().agency(),
        s.dateline() == null ? null : s.dateline().span().start(), s.dateline() == null ? null : s.dateline().span().end(),
        s.text(), seq(segments), iso(date), s.published().basis().wire(), s.published().confidence(), month(date),
        seq(mentions), seq(readings), seq(sa.fields()));
  }

  /** A reading as stage 1 hands it on: its confidence whole, since merging combines it further. */
  static Row event(Event e) {
    return event(e, e.confidence());
  }

  /** A merged event as the {@code events} table shows it: its confidence as the CLI prints it. */
  static Row shownEvent(Event e) {
    return event(e, e.shownConfidence());
  }

  private static Row event(Event e, double confidence) {
    List<Row> actors = new ArrayList<>();
    for (Actor a : e.actors()) actors.add(RowFactory.create(a.entity(), a.name(), a.role().wire()));
    List<Row> quantities = new ArrayList<>();
    for (Quantity q : e.quantities()) quantities.add(RowFactory.create(q.value(), q.unit(), q.text()));
    List<Row> sources = new ArrayList<>();
    for (Evidence s : e.sources()) {
      sources.add(RowFactory.create(s.doc(), s.story(), s.file(), s.lang(), s.sentence(), s.span().start(), s.span().end()));
    }
    return RowFactory.create(e.id(), e.type(), e.form(), e.cameo(), e.mode().wire(), e.status().wire(),
        e.date() == null ? null : e.date().start().iso(), e.date() == null ? null : iso(e.date().end()), seq(actors),
        seq(e.countries()), e.location() == null ? null : e.location().entity(),
        e.location() == null ? null : e.location().name(), seq(e.fields()), seq(quantities), seq(sources), confidence);
  }

  static Row entity(Entity e) {
    return RowFactory.create(e.id(), e.type().name(), e.name(), seq(e.aliases()), e.country(), e.mentions());
  }

  // ------------------------------------------------------------------ row → model

  static Event event(Row r) {
    List<Actor> actors = new ArrayList<>();
    for (Row a : r.<Row>getList(8)) actors.add(new Actor(a.getString(0), a.getString(1), Role.of(a.getString(2))));
    List<Quantity> quantities = new ArrayList<>();
    for (Row q : r.<Row>getList(13)) quantities.add(new Quantity(q.getDouble(0), q.getString(1), q.getString(2)));
    List<Evidence> sources = new ArrayList<>();
    for (Row s : r.<Row>getList(14)) {
      sources.add(new Evidence(s.getString(0), s.getString(1), s.getString(2), s.getString(3), s.getString(4),
          new Span(s.getInt(5), s.getInt(6))));
    }
    String date = r.getString(6);
    String end = r.getString(7);
    DateRange range = date == null ? null : new DateRange(DateValue.parse(date), end == null ? null : DateValue.parse(end));
    String loc = r.getString(10);
    return new Event(r.getString(0), r.getString(1), r.getString(2), r.getString(3), Mode.of(r.getString(4)), Status.of(r.getString(5)), range,
        actors, r.<String>getList(9), loc == null ? null : new Place(loc, r.getString(11)), r.<String>getList(12), quantities,
        sources, r.getDouble(15));
  }

  // ------------------------------------------------------------------ helpers

  /** {@return the partition a date falls in: {@code yyyy-MM}, or {@code none} without year and month} */
  static String month(@Nullable DateValue d) {
    if (d == null || d.year() == null || d.month() == null) return NO_MONTH;
    return String.format("%04d-%02d", d.year(), d.month());
  }

  static @Nullable String iso(@Nullable DateValue d) {
    return d == null ? null : d.iso();
  }

  /** Spark's row encoder takes Scala sequences for arrays. */
  static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list).toList();
  }

  private static DataType str() {
    return DataTypes.StringType;
  }

  private static ArrayType arr(DataType t) {
    return DataTypes.createArrayType(t, false);
  }

  private static StructField f(String name, DataType t, boolean nullable) {
    return DataTypes.createStructField(name, t, nullable);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }
}
