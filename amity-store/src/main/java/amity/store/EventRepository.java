package amity.store;

import amity.model.Event;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The merged events of a store (call {@link DocumentWriter#refresh} first), filtered by who and what
 * took part, dates, type or form, language and status in one SQL query over indexed columns,
 * oldest first and undated last; as records or as the stored JSON of {@code amity events --json}.
 * Thread-safe.
 *
 * <pre>{@code
 * EventFilter f = new EventFilter(List.of(Set.of(EventFilter.countryKey("VN")), Set.of(EventFilter.countryKey("CU"))), null, null, null);
 * List<Event> between = store.events().page(f, 100, 0).items();
 * }</pre>
 */
public final class EventRepository {
  private final Database db;

  EventRepository(Database db) {
    this.db = db;
  }

  /** {@return merged events, by date} (call {@link DocumentWriter#refresh} first) */
  public List<Event> all() throws StoreException {
    return page(EventFilter.ALL, Integer.MAX_VALUE, 0).items();
  }

  /** {@return one page of the events that meet {@code f}, oldest first, undated last, and the count} */
  public ResultPage<Event> page(EventFilter f, int limit, int offset) throws StoreException {
    ResultPage<String> json = jsonPage(f, limit, offset);
    List<Event> items = new ArrayList<>(json.items().size());
    for (String j : json.items()) items.add(Json.event(Json.read(j)));
    return new ResultPage<>(items, json.total());
  }

  /** {@return how many events meet {@code f}} */
  public long count(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return 0;
    return db.read("count events", c -> {
      List<Object> params = new ArrayList<>();
      String where = where(c, f, params);
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events e" + where)) {
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    });
  }

  /** Calls {@code each} for the events that meet {@code f}, oldest first, streaming. */
  public void forEach(EventFilter f, int limit, int offset, Consumer<Event> each) throws StoreException {
    if (limit == Integer.MAX_VALUE && offset == 0) {
      forEachEventJson(f, json -> each.accept(Json.event(Json.read(json))));
    } else {
      page(f, limit, offset).items().forEach(each);
    }
  }

  /**
   * {@return one page of events as stored: the JSON of {@code amity events --json}, and the count}
   * (for answers that only pass events on, skipping a parse and a render)
   *
   * <p>Design decision: when the filter names who took part, one query finds every matching id in
   * date order and the page and the count are both taken from it, since counting costs the same
   * walk over the smallest party's events as finding the page does; without parties, the page
   * comes from the date index by LIMIT and the count from a second query.
   */
  public ResultPage<String> jsonPage(EventFilter f, int limit, int offset) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return new ResultPage<>(List.of(), 0);
    if (limit == Integer.MAX_VALUE && offset == 0) {
      List<String> items = new ArrayList<>();
      forEachEventJson(f, items::add);
      return new ResultPage<>(items, items.size());
    }
    return db.read("read events", c -> {
      List<Object> params = new ArrayList<>();
      String where = where(c, f, params);
      List<String> ids = new ArrayList<>();
      long total;
      if (!f.keys().isEmpty()) {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM events e" + where + " ORDER BY e.sort_key")) {
          ps.setFetchSize(1000);
          Database.bind(ps, 1, params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (n >= offset && n - offset < limit) ids.add(rs.getString(1));
              n++;
            }
          }
        }
        total = n;
      } else {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM events e" + where + " ORDER BY e.sort_key LIMIT " + limit + " OFFSET " + offset)) {
          Database.bind(ps, 1, params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) ids.add(rs.getString(1));
          }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM events e" + where)) {
          Database.bind(ps, 1, params);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            total = rs.getLong(1);
          }
        }
      }
      // Only the page's JSON is read.
      Map<String, String> json = new HashMap<>();
      Database.eachRowIn(c, ids, in -> "SELECT id, json FROM event_json WHERE id IN (" + in + ")", rs -> json.put(rs.getString(1), rs.getString(2)));
      List<String> items = new ArrayList<>(ids.size());
      for (String id : ids) {
        String j = json.get(id);
        if (j != null) items.add(j);
      }
      return new ResultPage<>(items, total);
    });
  }

  /** {@return one merged event, as the JSON of {@code amity events --json}} */
  public Optional<String> json(String id) throws StoreException {
    return db.readString("read event", "SELECT json FROM event_json WHERE id = ?", id);
  }

  /** Hands the JSON of every event that meets {@code f} to {@code each}, oldest first, in one streaming join. */
  private void forEachEventJson(EventFilter f, Consumer<String> each) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return;
    db.stream("read events", c -> {
      List<Object> params = new ArrayList<>();
      String sql = "SELECT j.json FROM events e JOIN event_json j ON j.id = e.id" + where(c, f, params) + " ORDER BY e.sort_key";
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(500);
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) each.accept(rs.getString(1));
        }
      }
      return null;
    });
  }

  /**
   * Key sets are probed for this many events at most: enough to tell a party with few events from
   * one with many, and a bounded cost however large the corpus.
   */
  private static final int PROBE = 2000;

  /**
   * {@return the key sets of {@code f}, the one with fewest events (counted up to {@link #PROBE})
   * first} The join over event_keys is driven by its first set, so that finding the events two
   * parties share costs the smaller party's events, not the larger's: H2 cannot tell the two
   * apart by its statistics and keeps the order written.
   */
  private static List<Set<String>> smallestFirst(Connection c, List<Set<String>> keys) throws SQLException {
    if (keys.size() < 2) return keys;
    List<Set<String>> sets = new ArrayList<>(keys);
    Map<Set<String>, Long> size = new HashMap<>();
    for (Set<String> k : sets) {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COUNT(*) FROM (SELECT 1 FROM event_keys WHERE k IN (" + Database.marks(k.size()) + ") LIMIT " + PROBE + ") x")) {
        Database.bind(ps, 1, new TreeSet<>(k));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          size.put(k, rs.getLong(1));
        }
      }
    }
    sets.sort(Comparator.comparingLong(size::get));
    return sets;
  }

  private static String where(Connection c, EventFilter f, List<Object> params) throws SQLException {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (!f.keys().isEmpty()) {
      // One narrow join over event_keys, driven by the set with fewest events, finds the events that
      // meet every set (the index on (k, event_id) answers it without reading rows); events rows are
      // then looked up by key for those only.
      List<Set<String>> sets = smallestFirst(c, f.keys());
      StringBuilder sub = new StringBuilder("SELECT k0.event_id FROM event_keys k0");
      for (int i = 1; i < sets.size(); i++) sub.append(" JOIN event_keys k").append(i).append(" ON k").append(i).append(".event_id = k0.event_id");
      sub.append(" WHERE ");
      for (int i = 0; i < sets.size(); i++) {
        Set<String> keys = sets.get(i);
        if (i > 0) sub.append(" AND ");
        sub.append('k').append(i).append(".k IN (").append(Database.marks(keys.size())).append(')');
        params.addAll(keys);
      }
      w.append(" AND e.id IN (").append(sub).append(')');
    }
    if (f.from() != null) {
      w.append(" AND e.date_hi >= ?");
      params.add(f.from());
    }
    if (f.to() != null) {
      w.append(" AND e.date_lo <= ?");
      params.add(f.to());
    }
    if (f.type() != null) {
      w.append(" AND (UPPER(e.type) = ? OR e.form = ?)");
      params.add(f.type().toUpperCase(Locale.ROOT));
      params.add(f.type().toLowerCase(Locale.ROOT));
    }
    if (f.forms() != null) {
      if (f.forms().isEmpty()) {
        w.append(" AND 1 = 0");
      } else {
        w.append(" AND e.form IN (").append(Database.marks(f.forms().size())).append(')');
        params.addAll(new TreeSet<>(f.forms()));
      }
    }
    if (f.status() != null) {
      w.append(" AND e.status = ?");
      params.add(f.status());
    }
    if (f.month() != null) {
      w.append(" AND e.date_start LIKE ?");
      params.add(f.month() + "%");
    }
    if (f.lang() != null) {
      // Probed per candidate event (by event_stories' key), not a set of every story in the language.
      w.append(" AND EXISTS (SELECT 1 FROM event_stories es JOIN stories s ON s.id = es.story_id WHERE es.event_id = e.id AND s.lang = ?)");
      params.add(f.lang());
    }
    return w.toString();
  }

  /** The events that start on one day (or month, or year) and how many of them touch each field of cooperation. */
  public record DateFields(String date, int events, Map<String, Integer> fields) {}

  /**
   * {@return for each start date (as {@code DateValue.iso} writes it) of the dated events that meet
   * {@code f}, how many there are and how many touch each field}, counted in SQL: no event is read
   */
  public List<DateFields> fieldsByDate(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return List.of();
    return db.read("count events by date", c -> {
      List<Object> params = new ArrayList<>();
      String field = EventFilter.fieldKey("");
      // One pass over the matching events, each with its fields (none: one row with a null key).
      String sql = "SELECT e.id, e.date_start, k.k FROM events e LEFT JOIN event_keys k ON k.event_id = e.id AND k.k LIKE ?"
          + where(c, f, params) + " AND e.date_start IS NOT NULL";
      Map<String, Set<String>> events = new TreeMap<>();
      Map<String, Map<String, Integer>> fields = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        ps.setString(1, field + "%");
        Database.bind(ps, 2, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String date = rs.getString(2);
            events.computeIfAbsent(date, d -> new HashSet<>()).add(rs.getString(1));
            String k = rs.getString(3);
            if (k != null) fields.computeIfAbsent(date, d -> new TreeMap<>()).merge(k.substring(field.length()), 1, Integer::sum);
          }
        }
      }
      List<DateFields> out = new ArrayList<>();
      events.forEach((d, ids) -> out.add(new DateFields(d, ids.size(), fields.getOrDefault(d, Map.of()))));
      return out;
    });
  }

  /** An actor of an event: who took part, in which event of which form. */
  public record ActorRow(String event, String form, @Nullable String date, String entity, String role) {}

  /** {@return the actors of every event that meets {@code f}} (for contact networks) */
  public List<ActorRow> actors(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return List.of();
    return db.read("read event actors", c -> {
      List<Object> params = new ArrayList<>();
      String sql = "SELECT a.event_id, e.form, e.date_start, a.entity_id, a.role FROM events e JOIN event_actors a ON a.event_id = e.id"
          + where(c, f, params) + " ORDER BY e.sort_key, a.event_id";
      List<ActorRow> out = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
      return out;
    });
  }
}
