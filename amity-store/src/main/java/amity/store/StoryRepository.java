package amity.store;

import amity.model.Event;
import amity.model.Span;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The stories of a store and what they were read from: each story's row, everything a reader needs
 * to see a story in its page, where stories were published, document texts and URLs, and the
 * mentions for export. Thread-safe.
 *
 * <pre>{@code
 * Optional<StoryRow> s = store.stories().byId("3f2a…#0");
 * }</pre>
 */
public final class StoryRepository {
  private final Database db;

  StoryRepository(Database db) {
    this.db = db;
  }

  /** {@return every story, in document and page order} */
  public List<StoryRow> all() throws StoreException {
    List<StoryRow> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Calls {@code each} for every story, in document and page order. */
  public void forEach(Consumer<StoryRow> each) throws StoreException {
    db.eachRow("read stories", STORY_ROW + " ORDER BY d.file, s.doc_id, s.idx", 500, rs -> each.accept(storyRow(rs)));
  }

  /** {@return the story with this id} */
  public Optional<StoryRow> byId(String id) throws StoreException {
    return db.read("read story", c -> {
      try (PreparedStatement ps = c.prepareStatement(STORY_ROW + " WHERE s.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(storyRow(rs)) : Optional.<StoryRow>empty();
        }
      }
    });
  }

  /** The query of a {@link StoryRow}, which {@link #storyRow} reads. */
  private static final String STORY_ROW = "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.date_basis, s.text"
      + " FROM stories s JOIN documents d ON d.id = s.doc_id";

  private static StoryRow storyRow(ResultSet rs) throws SQLException {
    return new StoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
  }

  // ------------------------------------------------------------------ one story, for display

  /** A line of the page and how the cleaner classified it (offsets into the document text). */
  public record LineRow(int line, int start, int end, String kind, @Nullable String reason) {}

  /** A mention with its offsets in the story text and in the document text, and its corpus-wide entity. */
  public record MentionRow(
      int idx, int start, int end, int docStart, int docEnd, String surface, String type, @Nullable String finder,
      List<String> roles, @Nullable String country, String entity, String entityName) {}

  /** A related-list entry kept from the page. */
  public record RelatedRow(String title, @Nullable String stamp, @Nullable String section, int start, int end) {}

  /**
   * Everything about one story a reader needs to see it in its page: the document text, every
   * line's kind, where in the document text the story's own text was taken from ({@code origin},
   * ranges in order, whitespace between pieces bridged), mentions and the merged events read from it.
   */
  public record StoryDetail(
      StoryRow story, @Nullable String datelinePlace, @Nullable String datelineAgency, String documentText,
      List<LineRow> lines, List<Span> origin, List<RelatedRow> related, List<MentionRow> mentions, List<Event> events) {}

  /** {@return everything about one story a reader needs to see it in its page} */
  public Optional<StoryDetail> detail(String id) throws StoreException {
    StoryRow s = byId(id).orElse(null);
    if (s == null) return Optional.empty();
    return db.read("read story", c -> {
      String text;
      String place = null;
      String agency = null;
      String alignment;
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT d.text, s.dateline_place, s.dateline_agency, s.alignment FROM stories s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) return Optional.<StoryDetail>empty();
          text = rs.getString(1);
          place = rs.getString(2);
          agency = rs.getString(3);
          alignment = rs.getString(4);
        }
      }
      List<Span> origin = origin(text, alignment);
      List<LineRow> lines = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT line_no, start_pos, end_pos, kind, reason FROM page_lines WHERE doc_id = ? ORDER BY line_no")) {
        ps.setString(1, s.doc());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) lines.add(new LineRow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
        }
      }
      List<RelatedRow> related = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT title, stamp, section, start_pos, end_pos FROM related_links WHERE doc_id = ? ORDER BY idx")) {
        ps.setString(1, s.doc());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) related.add(new RelatedRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)));
        }
      }
      List<MentionRow> mentions = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT m.idx, m.start_pos, m.end_pos, m.doc_start, m.doc_end, m.surface, m.type, m.finder, m.roles, m.country,"
              + " COALESCE(r.entity_id, m.entity_id), COALESCE(e.name, m.entity_name)"
              + " FROM mentions m LEFT JOIN entity_remap r ON r.local_id = m.entity_id"
              + " LEFT JOIN entities e ON e.id = COALESCE(r.entity_id, m.entity_id) WHERE m.story_id = ? ORDER BY m.idx")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String roles = rs.getString(9);
            mentions.add(new MentionRow(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6),
                rs.getString(7), rs.getString(8), roles == null || roles.isEmpty() ? List.of() : List.of(roles.split(",")),
                rs.getString(10), rs.getString(11), rs.getString(12)));
          }
        }
      }
      List<Event> events = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT j.json FROM events e JOIN event_json j ON j.id = e.id"
              + " WHERE e.id IN (SELECT event_id FROM event_stories WHERE story_id = ?) ORDER BY e.sort_key")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) events.add(Json.event(Json.read(rs.getString(1))));
        }
      }
      return Optional.of(new StoryDetail(s, place, agency, text, lines, origin, related, mentions, events));
    });
  }

  /** The document ranges a story's text was copied from (alignment segments), pieces with only whitespace between them joined. */
  static List<Span> origin(String documentText, @Nullable String alignmentJson) {
    List<Span> out = new ArrayList<>();
    if (alignmentJson == null || alignmentJson.isEmpty()) return out;
    List<int[]> segs = new ArrayList<>();
    for (JsonNode seg : Json.read(alignmentJson)) {
      int start = seg.get(1).asInt();
      int end = start + seg.get(2).asInt();
      if (start >= 0 && end > start && end <= documentText.length()) segs.add(new int[] {start, end});
    }
    segs.sort((x, y) -> Integer.compare(x[0], y[0]));
    int start = -1;
    int end = -1;
    for (int[] seg : segs) {
      if (start >= 0 && seg[0] >= end && !documentText.substring(end, seg[0]).isBlank()) {
        out.add(new Span(start, end));
        start = -1;
      }
      if (start < 0) {
        start = seg[0];
        end = seg[1];
      } else {
        end = Math.max(end, seg[1]);
      }
    }
    if (start >= 0) out.add(new Span(start, end));
    return List.copyOf(out);
  }

  // ------------------------------------------------------------------ sources and documents

  /**
   * Where a story was published, as a citation needs it.
   *
   * @param file the page's file as ingested (relative to what was ingested)
   * @param agency the news agency its dateline names ("TTXVN", "Xinhua"), or null
   * @param url the page's own address (canonical link or the record's URL), or null
   */
  public record StorySource(
      String story, String doc, String file, String lang, String kind, @Nullable String title, @Nullable String date,
      @Nullable String agency, @Nullable String url) {

    /** {@return who published it: the site of its URL ("vnanet.vn"), else its dateline's agency, else null} */
    public @Nullable String outlet() {
      if (url != null) {
        try {
          String host = new URI(url).getHost();
          if (host != null && !host.isBlank()) return host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (URISyntaxException e) {
          // a malformed stored URL names no site; the agency may still
        }
      }
      return agency == null || agency.isBlank() ? null : agency;
    }
  }

  /** {@return the sources of these stories that exist, by story id} */
  public Map<String, StorySource> sources(Collection<String> storyIds) throws StoreException {
    Map<String, StorySource> out = new LinkedHashMap<>();
    if (storyIds.isEmpty()) return out;
    db.read("read stories", c -> {
      Database.eachRowIn(c, storyIds,
          in -> "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.dateline_agency, d.url"
              + " FROM stories s JOIN documents d ON d.id = s.doc_id WHERE s.id IN (" + in + ")",
          rs -> out.put(rs.getString(1), new StorySource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
              rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))));
      return null;
    });
    return out;
  }

  /** {@return the text of each of these stories that exists, by story id} */
  public Map<String, String> texts(Collection<String> storyIds) throws StoreException {
    return pairs("read stories", storyIds, in -> "SELECT id, text FROM stories WHERE id IN (" + in + ")");
  }

  /** {@return the text of a stored document} */
  public Optional<String> documentText(String docId) throws StoreException {
    return db.readString("read document", "SELECT text FROM documents WHERE id = ?", docId);
  }

  /** {@return the source URL of each document that has one, by document id} */
  public Map<String, String> urls(Collection<String> docIds) throws StoreException {
    return pairs("read documents", docIds, in -> "SELECT id, url FROM documents WHERE url IS NOT NULL AND id IN (" + in + ")");
  }

  /** {@return the first column's value to the second's of the rows {@code sql} selects for {@code ids} (its {@code IN} list)} */
  private Map<String, String> pairs(String what, Collection<String> ids, java.util.function.Function<String, String> sql)
      throws StoreException {
    Map<String, String> out = new HashMap<>();
    if (ids.isEmpty()) return out;
    db.read(what, c -> {
      Database.eachRowIn(c, ids, sql, rs -> out.put(rs.getString(1), rs.getString(2)));
      return null;
    });
    return out;
  }

  // ------------------------------------------------------------------ mentions

  /** A mention as exports write it. */
  public record MentionExport(
      String story, int idx, String doc, String lang, int start, int end, int docStart, int docEnd, String surface, String type,
      @Nullable String finder, @Nullable String kbId, String roles, @Nullable String country, String localEntity,
      String entity, String entityName) {}

  /** Calls {@code each} for every mention, in story order, streaming. */
  public void forEachMention(Consumer<MentionExport> each) throws StoreException {
    String sql = "SELECT m.story_id, m.idx, m.doc_id, s.lang, m.start_pos, m.end_pos, m.doc_start, m.doc_end, m.surface, m.type,"
        + " m.finder, m.kb_id, m.roles, m.country, m.entity_id, COALESCE(r.entity_id, m.entity_id), COALESCE(e.name, m.entity_name)"
        + " FROM mentions m JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id"
        + " LEFT JOIN entities e ON e.id = COALESCE(r.entity_id, m.entity_id) ORDER BY m.story_id, m.idx";
    db.eachRow("read mentions", sql, 2000, rs -> each.accept(new MentionExport(rs.getString(1), rs.getInt(2), rs.getString(3),
        rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11),
        rs.getString(12), rs.getString(13) == null ? "" : rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16),
        rs.getString(17))));
  }
}
