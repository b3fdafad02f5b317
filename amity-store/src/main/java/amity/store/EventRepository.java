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
      Plan plan = plan(f);
      if (plan != null) return plan.simple(f) ? plan.count(c) : (long) plan.ids(c, f).size();
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
      List<String> ids = new ArrayList<>();
      long total;
      Plan plan = plan(f);
      if (plan != null && plan.simple(f)) {
        // One range of event_parties: its count, and its page by LIMIT, both from the index.
        total = plan.count(c);
        ids = plan.page(c, limit, offset);
      } else if (plan != null) {
        List<String> all = plan.ids(c, f);
        total = all.size();
        ids = all.subList((int) Math.min(offset, total), (int) Math.min((long) offset + limit, total));
      } else if (!f.keys().isEmpty()) {
        String where = where(c, f, params);
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
        String where = where(c, f, params);
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
      Plan plan = plan(f);
      if (plan != null) {
        // The ids in order from event_parties, then their JSON a chunk at a time.
        for (List<String> part : Database.chunks(plan.ids(c, f))) {
          Map<String, String> json = new HashMap<>();
          Database.eachRowIn(c, part, in -> "SELECT id, json FROM event_json WHERE id IN (" + in + ")", rs -> json.put(rs.getString(1), rs.getString(2)));
          for (String id : part) {
            String j = json.get(id);
            if (j != null) each.accept(j);
          }
        }
        return null;
      }
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
    conditions(f, w, params);
    return w.toString();
  }

  /** Appends the conditions of {@code f} other than who took part (its keys) to {@code w}, as {@code AND …} on events {@code e}. */
  private static void conditions(EventFilter f, StringBuilder w, List<Object> params) {
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
  }

  /** {@return whether {@code f} narrows events by more than who took part} */
  private static boolean hasConditions(EventFilter f) {
    return f.from() != null || f.to() != null || f.type() != null || f.forms() != null || f.status() != null || f.month() != null
        || f.lang() != null;
  }

  /**
   * {@return how to find the events of {@code f} in event_parties, or null when its keys cannot be
   * read there (none, or none made only of party keys)} The first key set made of party keys, with
   * the next one that shares none of its parties, picks the ranges read; any other set is checked
   * per event found.
   */
  private static @Nullable Plan plan(EventFilter f) {
    Set<String> first = null;
    Set<String> second = null;
    List<Set<String>> rest = new ArrayList<>();
    for (Set<String> k : f.keys()) {
      Set<String> p = EventParties.parties(k);
      if (p != null && first == null) first = p;
      else if (p != null && second == null && java.util.Collections.disjoint(first, p)) second = p;
      else rest.add(k);
    }
    if (first == null) return null;
    List<String[]> ranges = new ArrayList<>();
    for (String a : first) {
      if (second == null) {
        ranges.add(new String[] {a, ""});
      } else {
        for (String b : second) ranges.add(a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a});
      }
    }
    return new Plan(ranges, rest);
  }

  /**
   * The events of a filter as ranges of event_parties: every event in one of {@code ranges} that
   * also has a key of each set of {@code rest} (and meets the filter's other conditions).
   */
  private record Plan(List<String[]> ranges, List<Set<String>> rest) {
    /** {@return whether the events are exactly one range: counted and paged by the index alone} */
    boolean simple(EventFilter f) {
      return ranges.size() == 1 && rest.isEmpty() && !hasConditions(f);
    }

    long count(Connection c) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM event_parties WHERE a = ? AND b = ?")) {
        ps.setString(1, ranges.get(0)[0]);
        ps.setString(2, ranges.get(0)[1]);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    List<String> page(Connection c, int limit, int offset) throws SQLException {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(
          // Ordered by the whole key (a and b are fixed) so that the index gives the order and the
          // scan stops at the page's end.
          "SELECT sort_key FROM event_parties WHERE a = ? AND b = ? ORDER BY a, b, sort_key LIMIT " + limit + " OFFSET " + offset)) {
        ps.setString(1, ranges.get(0)[0]);
        ps.setString(2, ranges.get(0)[1]);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) ids.add(EventParties.eventId(rs.getString(1)));
        }
      }
      return ids;
    }

    /** {@return whether the ranges hold exactly the events of {@code f}: nothing else is asked of them} */
    boolean exact(EventFilter f) {
      return rest.isEmpty() && !hasConditions(f);
    }

    /**
     * {@return a statement, its parameters bound, that reads {@code columns} (sort_key among them)
     * of the rows of every range, in sort key order} Each range is read from the index in order;
     * several are one UNION, which drops the rows two ranges share (an event's rows in two ranges
     * hold the same values).
     */
    PreparedStatement rows(Connection c, String columns) throws SQLException {
      StringBuilder sql = new StringBuilder();
      for (int i = 0; i < ranges.size(); i++) {
        if (i > 0) sql.append(" UNION ");
        sql.append("SELECT ").append(columns).append(" FROM event_parties WHERE a = ? AND b = ?");
      }
      sql.append(" ORDER BY sort_key");
      PreparedStatement ps = c.prepareStatement(sql.toString());
      ps.setFetchSize(1000);
      int i = 1;
      for (String[] r : ranges) {
        ps.setString(i++, r[0]);
        ps.setString(i++, r[1]);
      }
      return ps;
    }

    /** {@return the ids of every event found, oldest first, undated last} */
    List<String> ids(Connection c, EventFilter f) throws SQLException {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = rows(c, "sort_key"); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) ids.add(EventParties.eventId(rs.getString(1)));
      }
      if (exact(f)) return ids;
      // What else the filter asks is checked for the events found only, by their keys.
      StringBuilder w = new StringBuilder();
      List<Object> params = new ArrayList<>();
      for (Set<String> k : rest) {
        w.append(" AND EXISTS (SELECT 1 FROM event_keys x WHERE x.event_id = e.id AND x.k IN (").append(Database.marks(k.size())).append("))");
        params.addAll(new TreeSet<>(k));
      }
      conditions(f, w, params);
      Set<String> kept = new HashSet<>();
      for (List<String> part : Database.chunks(ids)) {
        Database.InList in = Database.in(part);
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id FROM events e WHERE e.id IN (" + in.sql() + ")" + w)) {
          Database.bind(ps, 1, in.params());
          Database.bind(ps, 1 + in.params().size(), params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) kept.add(rs.getString(1));
          }
        }
      }
      List<String> out = new ArrayList<>(kept.size());
      for (String id : ids) if (kept.contains(id)) out.add(id);
      return out;
    }
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
      // A literal pattern: H2 compiles a parameter's LIKE pattern again for every row it tests.
      String fieldKeys = "k.k LIKE '" + field + "%'";
      Plan plan = plan(f);
      if (plan != null && plan.exact(f)) {
        // The ranges of event_parties alone: each row holds its event's first day (in the sort
        // key) and fields.
        Map<String, Set<String>> events = new TreeMap<>();
        Map<String, Map<String, Integer>> fields = new HashMap<>();
        try (PreparedStatement ps = plan.rows(c, "sort_key, fields"); ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String date = EventParties.startIso(rs.getString(1));
            if (date == null) continue;
            events.computeIfAbsent(date, d -> new HashSet<>()).add(EventParties.eventId(rs.getString(1)));
            String fs = rs.getString(2);
            if (fs == null) continue;
            for (String x : fs.split("\n")) fields.computeIfAbsent(date, d -> new TreeMap<>()).merge(x, 1, Integer::sum);
          }
        }
        return dateFields(events, fields);
      }
      if (plan != null) {
        // The events found by their parties, then their dates and fields a chunk at a time.
        Map<String, Set<String>> events = new TreeMap<>();
        Map<String, Map<String, Integer>> fields = new HashMap<>();
        for (List<String> part : Database.chunks(plan.ids(c, f))) {
          Database.InList in = Database.in(part);
          try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.date_start, k.k FROM events e LEFT JOIN event_keys k ON k.event_id = e.id AND " + fieldKeys
              + " WHERE e.id IN (" + in.sql() + ") AND e.date_start IS NOT NULL")) {
            Database.bind(ps, 1, in.params());
            try (ResultSet rs = ps.executeQuery()) {
              foldDateFields(rs, field, events, fields);
            }
          }
        }
        return dateFields(events, fields);
      }
      // One pass over the matching events, each with its fields (none: one row with a null key).
      String sql = "SELECT e.id, e.date_start, k.k FROM events e LEFT JOIN event_keys k ON k.event_id = e.id AND " + fieldKeys
          + where(c, f, params) + " AND e.date_start IS NOT NULL";
      Map<String, Set<String>> events = new TreeMap<>();
      Map<String, Map<String, Integer>> fields = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          foldDateFields(rs, field, events, fields);
        }
      }
      return dateFields(events, fields);
    });
  }

  /** An actor of an event: who took part, in which event of which form. */
  public record ActorRow(String event, String form, @Nullable String date, String entity, String role) {}

  /** {@return the actors of every event that meets {@code f}} (for contact networks) */
  public List<ActorRow> actors(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return List.of();
    return db.read("read event actors", c -> {
      Plan plan = plan(f);
      if (plan != null && plan.exact(f) && plan.ranges().stream().allMatch(r -> r[1].isEmpty())) {
        // The parties' own rows of event_parties, which hold each event's form, first day and actors.
        List<ActorRow> out = new ArrayList<>();
        try (PreparedStatement ps = plan.rows(c, "sort_key, form, date_start, actors"); ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String event = EventParties.eventId(rs.getString(1));
            for (String[] a : EventParties.actors(rs.getString(4))) out.add(new ActorRow(event, rs.getString(2), rs.getString(3), a[0], a[1]));
          }
        }
        return out;
      }
      if (plan != null) {
        // The events found by their parties, then their actors a chunk at a time, in the events' order.
        List<String> ids = plan.ids(c, f);
        Map<String, List<ActorRow>> byEvent = new HashMap<>();
        for (List<String> part : Database.chunks(ids)) {
          Database.InList in = Database.in(part);
          try (PreparedStatement ps = c.prepareStatement("SELECT a.event_id, e.form, e.date_start, a.entity_id, a.role FROM events e"
              + " JOIN event_actors a ON a.event_id = e.id WHERE e.id IN (" + in.sql() + ") ORDER BY a.event_id, a.entity_id")) {
            Database.bind(ps, 1, in.params());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                byEvent.computeIfAbsent(rs.getString(1), x -> new ArrayList<>())
                    .add(new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
              }
            }
          }
        }
        List<ActorRow> out = new ArrayList<>();
        for (String id : ids) out.addAll(byEvent.getOrDefault(id, List.of()));
        return out;
      }
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

  /** {@return for each date, its events counted and its field counts} */
  private static List<DateFields> dateFields(Map<String, Set<String>> events, Map<String, Map<String, Integer>> fields) {
    List<DateFields> out = new ArrayList<>();
    events.forEach((d, ids) -> out.add(new DateFields(d, ids.size(), fields.getOrDefault(d, Map.of()))));
    return out;
  }

  /** Folds rows of (event id, start date, field key or null) into the events and the field counts of each date. */
  private static void foldDateFields(ResultSet rs, String field, Map<String, Set<String>> events, Map<String, Map<String, Integer>> fields)
      throws SQLException {
    while (rs.next()) {
      String date = rs.getString(2);
      events.computeIfAbsent(date, d -> new HashSet<>()).add(rs.getString(1));
      String k = rs.getString(3);
      if (k != null) fields.computeIfAbsent(date, d -> new TreeMap<>()).merge(k.substring(field.length()), 1, Integer::sum);
    }
  }
}
