package amity.store;

import amity.model.Event;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    List<Event> items = new ArrayList<>();
    forEach(f, limit, offset, items::add);
    return new ResultPage<>(items, limit == Integer.MAX_VALUE && offset == 0 ? items.size() : count(f));
  }

  /** {@return how many events meet {@code f}} */
  public long count(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return 0;
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    return db.read("count events", c -> {
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
    forEachEventJson(f, limit, offset, json -> each.accept(Json.event(Json.read(json))));
  }

  /**
   * {@return one page of events as stored: the JSON of {@code amity events --json}, and the count}
   * (for answers that only pass events on, skipping a parse and a render)
   */
  public ResultPage<String> jsonPage(EventFilter f, int limit, int offset) throws StoreException {
    List<String> items = new ArrayList<>();
    forEachEventJson(f, limit, offset, items::add);
    return new ResultPage<>(items, count(f));
  }

  /** {@return one merged event, as the JSON of {@code amity events --json}} */
  public Optional<String> json(String id) throws StoreException {
    return db.readString("read event", "SELECT json FROM event_json WHERE id = ?", id);
  }

  private void forEachEventJson(EventFilter f, int limit, int offset, Consumer<String> each) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return;
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    if (limit == Integer.MAX_VALUE && offset == 0) {
      // Everything: one streaming join.
      String sql = "SELECT j.json FROM events e JOIN event_json j ON j.id = e.id" + where + " ORDER BY e.sort_key";
      db.stream("read events", c -> {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setFetchSize(500);
          Database.bind(ps, 1, params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) each.accept(rs.getString(1));
          }
        }
        return null;
      });
      return;
    }
    // A page: filter and order narrow rows, then read the JSON of that page only.
    String sql = "SELECT e.id FROM events e" + where + " ORDER BY e.sort_key LIMIT " + limit + " OFFSET " + offset;
    db.read("read events", c -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) ids.add(rs.getString(1));
        }
      }
      Map<String, String> json = new HashMap<>();
      Database.eachRowIn(c, ids, in -> "SELECT id, json FROM event_json WHERE id IN (" + in + ")", rs -> json.put(rs.getString(1), rs.getString(2)));
      for (String id : ids) {
        String j = json.get(id);
        if (j != null) each.accept(j);
      }
      return null;
    });
  }

  private static String where(EventFilter f, List<Object> params) {
    StringBuilder w = new StringBuilder(" WHERE 1 = 1");
    if (!f.keys().isEmpty()) {
      // One narrow join over event_keys finds the events that meet every set; events rows are then
      // looked up by key for those only.
      StringBuilder sub = new StringBuilder("SELECT k0.event_id FROM event_keys k0");
      for (int i = 1; i < f.keys().size(); i++) sub.append(" JOIN event_keys k").append(i).append(" ON k").append(i).append(".event_id = k0.event_id");
      sub.append(" WHERE ");
      for (int i = 0; i < f.keys().size(); i++) {
        Set<String> keys = f.keys().get(i);
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
      w.append(" AND e.id IN (SELECT es.event_id FROM event_stories es JOIN stories s ON s.id = es.story_id WHERE s.lang = ?)");
      params.add(f.lang());
    }
    return w.toString();
  }

  /** An actor of an event: who took part, in which event of which form. */
  public record ActorRow(String event, String form, @Nullable String date, String entity, String role) {}

  /** {@return the actors of every event that meets {@code f}} (for contact networks) */
  public List<ActorRow> actors(EventFilter f) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return List.of();
    List<Object> params = new ArrayList<>();
    String sql = "SELECT a.event_id, e.form, e.date_start, a.entity_id, a.role FROM events e JOIN event_actors a ON a.event_id = e.id"
        + where(f, params) + " ORDER BY e.sort_key, a.event_id";
    return db.read("read event actors", c -> {
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
