package amity.store;

import amity.event.Topics;
import amity.index.DayRange;
import amity.index.StoryIndex;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Alignment;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.PageLine;
import amity.model.RelatedLink;
import amity.model.Span;
import amity.model.Story;
import amity.model.StoryAnalysis;
import amity.text.Fold;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * amity's store: a SQL database, the source of truth, and a Lucene index ({@code index/})
 * derived from it. The database is an embedded H2 file ({@code amity.mv.db}) in the store folder,
 * or a PostgreSQL server ({@code postgresql://user:password@host:port/db}) with the index in a
 * local folder.
 *
 * <p>Documents are written through {@link #writer()}, which also recomputes the derived tables
 * (entities, merged events). The index is brought level with the database when the store opens.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("amity-data"))) {
 *   store.writer().saveAll(analyses);
 *   store.writer().refresh(kb);
 *   store.events();
 * }
 * }</pre>
 *
 * <p>With H2, one process at a time (H2 locks the file). Within the process, writes are
 * serialised and reads run in parallel on a small pool of connections. Thread-safe.
 */
public final class Store implements Closeable {
  /** Read connections kept open. */
  private static final int READERS = 4;

  private final Path dir;
  private final Database db;
  private final StoryIndex index;
  private final IndexSync sync;
  private final DocumentWriter writer;
  private final Topics topics = new Topics();

  private Store(Path dir, Database db, StoryIndex index) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.sync = new IndexSync(db, index);
    this.writer = new DocumentWriter(db, sync);
  }

  /** Opens or creates the embedded store in {@code dir}. */
  public static Store open(Path dir) throws StoreException {
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("amity")
        // MAX_COMPACT_TIME: on close, H2 spends up to this long (ms) reclaiming space.
        // CACHE_SIZE (KB): H2's page cache; its 16 MB default is small for 100,000 stories.
        + ";DB_CLOSE_ON_EXIT=FALSE;MAX_COMPACT_TIME=5000;CACHE_SIZE=131072";
    Properties p = new Properties();
    p.setProperty("user", "amity");
    p.setProperty("password", "");
    return open(dir, dir.toString(), Dialect.H2, url, p, dir.resolve("index"));
  }

  /**
   * Opens a store by location: a folder, or a PostgreSQL URL ({@code
   * postgresql://user:password@host:5432/db}, also {@code postgres://}), whose Lucene index lives
   * in {@code indexDir} (by default {@link #defaultIndexDir}).
   */
  public static Store open(String location, @Nullable Path indexDir) throws StoreException {
    if (!isServerUrl(location)) return open(Path.of(location));
    URI u;
    try {
      u = new URI(location);
    } catch (URISyntaxException e) {
      throw new StoreException("bad store URL " + redact(location) + ": " + e.getMessage());
    }
    if (u.getHost() == null || u.getPath() == null || u.getPath().length() < 2) {
      throw new StoreException("bad store URL " + redact(location) + ": it needs a host and a database, as postgresql://user:password@localhost:5432/amity");
    }
    Properties p = new Properties();
    if (u.getRawUserInfo() != null) {
      String[] up = u.getRawUserInfo().split(":", 2);
      p.setProperty("user", URLDecoder.decode(up[0], StandardCharsets.UTF_8));
      if (up.length > 1) p.setProperty("password", URLDecoder.decode(up[1], StandardCharsets.UTF_8));
    }
    String url = "jdbc:postgresql://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "") + u.getRawPath()
        + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
    Path idx = indexDir != null ? indexDir : defaultIndexDir(location);
    return open(idx, redact(location), Dialect.POSTGRESQL, url, p, idx);
  }

  /** {@return whether {@code location} names a server store rather than a folder} */
  public static boolean isServerUrl(String location) {
    return location.startsWith("postgresql://") || location.startsWith("postgres://");
  }

  /**
   * {@return where the Lucene index of a server store lives unless told}: {@code
   * $XDG_CACHE_HOME/amity/index/<host>-<port>-<database>} ({@code ~/.cache} without it).
   */
  public static Path defaultIndexDir(String location) {
    URI u = URI.create(location);
    String cache = System.getenv("XDG_CACHE_HOME");
    Path base = cache != null && !cache.isBlank() ? Path.of(cache) : Path.of(System.getProperty("user.home"), ".cache");
    String name = (u.getHost() + "-" + (u.getPort() > 0 ? u.getPort() : 5432) + "-" + u.getPath().substring(1))
        .replaceAll("[^A-Za-z0-9._-]", "_");
    return base.resolve("amity").resolve("index").resolve(name);
  }

  private static String redact(String location) {
    return location.replaceFirst("://([^:@/]*):[^@/]*@", "://$1:***@");
  }

  private static Store open(Path dir, String location, Dialect dialect, String url, Properties props, Path indexDir)
      throws StoreException {
    Connection c = null;
    Connections pool = null;
    StoryIndex idx = null;
    try {
      if (dialect == Dialect.H2) Files.createDirectories(dir);
      pool = new Connections(dialect == Dialect.H2 ? "org.h2.Driver" : "org.postgresql.Driver", url, props, READERS);
      c = pool.open();
      Schema.migrate(c, dialect);
      Files.createDirectories(indexDir);
      idx = new StoryIndex(indexDir);
      Store s = new Store(dir, new Database(location, dialect, c, pool), idx);
      s.sync.level();
      return s;
    } catch (SQLException e) {
      closeQuietly(c, pool, idx);
      String m = String.valueOf(e.getMessage());
      String reason = m.contains("locked") ? "it is in use by another amity process"
          : m.contains("Connection refused") || m.contains("connect") && dialect == Dialect.POSTGRESQL ? "cannot connect: " + m
          : m;
      throw new StoreException("cannot open store " + location + ": " + reason, e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(c, pool, idx);
      throw new StoreException("cannot open store " + location + ": " + e.getMessage(), e);
    }
  }

  /** {@return the store folder (for a server store, its index folder)} */
  public Path dir() {
    return dir;
  }

  /** {@return where the store is, as the user named it (passwords hidden)} */
  public String location() {
    return db.location;
  }

  /** {@return the write path: saving documents and recomputing entities and merged events} */
  public DocumentWriter writer() {
    return writer;
  }

  /** Rebuilds the full-text index from the database. */
  public void reindex() throws StoreException {
    sync.reindex();
  }

  // ------------------------------------------------------------------ reading

  /** Calls {@code each} for every story, in document and page order. */
  public void forEachStory(Consumer<StoryRow> each) throws StoreException {
    db.read("read stories", c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(500);
        try (ResultSet rs = st.executeQuery(
            "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.date_basis, s.text"
                + " FROM stories s JOIN documents d ON d.id = s.doc_id ORDER BY d.file, s.doc_id, s.idx")) {
          while (rs.next()) each.accept(storyRow(rs));
        }
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  private static StoryRow storyRow(ResultSet rs) throws SQLException {
    return new StoryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
  }

  public List<StoryRow> stories() throws StoreException {
    List<StoryRow> out = new ArrayList<>();
    forEachStory(out::add);
    return out;
  }

  public Optional<StoryRow> story(String id) throws StoreException {
    return db.read("read story", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.id, s.doc_id, d.file, s.lang, s.kind, s.title, s.date, s.date_basis, s.text"
              + " FROM stories s JOIN documents d ON d.id = s.doc_id WHERE s.id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(storyRow(rs)) : Optional.<StoryRow>empty();
        }
      }
    });
  }

  /** {@return corpus-wide entities, most mentioned first} (call {@link #refresh} first) */
  public List<Entity> entities() throws StoreException {
    List<Entity> out = new ArrayList<>();
    forEachEntity(out::add);
    return out;
  }

  /** Calls {@code each} for every entity, most mentioned first, streaming. */
  public void forEachEntity(Consumer<Entity> each) throws StoreException {
    db.read("read entities", c -> {
      try (Statement st = c.createStatement()) {
        st.setFetchSize(1000);
        try (ResultSet rs = st.executeQuery("SELECT " + ENTITY_COLS + " FROM entities ORDER BY mentions DESC, id")) {
          while (rs.next()) each.accept(entity(rs));
        }
      }
      return null;
    });
  }

  private static final String ENTITY_COLS = "id, type, name, aliases, country, mentions";

  private static Entity entity(ResultSet rs) throws SQLException {
    List<String> aliases = new ArrayList<>();
    Json.read(rs.getString(4)).forEach(a -> aliases.add(a.asText()));
    return new Entity(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), aliases, rs.getString(5), rs.getInt(6));
  }

  /** {@return the entity with this corpus-wide id} */
  public Optional<Entity> entity(String id) throws StoreException {
    Map<String, Entity> m = entities(List.of(id));
    return Optional.ofNullable(m.get(id));
  }

  /** {@return the entities with these ids that exist, by id} */
  public Map<String, Entity> entities(Collection<String> ids) throws StoreException {
    Map<String, Entity> out = new LinkedHashMap<>();
    if (ids.isEmpty()) return out;
    db.read("read entities", c -> {
      Database.eachRowIn(c, ids, in -> "SELECT " + ENTITY_COLS + " FROM entities WHERE id IN (" + in + ")", rs -> {
        Entity e = entity(rs);
        out.put(e.id(), e);
      });
      return null;
    });
    return out;
  }

  /** What separates the words of a folded name: "fidel castro", "diaz-canel", "菲德尔·卡斯特罗". */
  private static final List<String> WORD_BREAKS = List.of(" ", Fold.fold("-"), Fold.fold("·"), ".", "(");

  /**
   * {@return entities any of whose names or aliases, folded ({@link Fold#fold}: case and accents
   * out), equals {@code text}, starts with it, or has a word that starts with it ("castro" finds
   * "Fidel Castro"), ranked in that order and then by mentions; all entities, most mentioned first,
   * when blank}
   */
  public ResultPage<Entity> findEntities(String text, @Nullable EntityType type, int limit, int offset) throws StoreException {
    String f = Fold.fold(text.strip());
    if (f.isEmpty()) return allEntities(type, limit, offset);
    String esc = f.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    List<Object> params = new ArrayList<>();
    StringBuilder match = new StringBuilder("(a.folded LIKE ? ESCAPE '\\'");
    params.add(esc + "%");
    for (String b : WORD_BREAKS) {
      match.append(" OR a.folded LIKE ? ESCAPE '\\'");
      params.add("%" + b + esc + "%");
    }
    match.append(')');
    if (type != null) {
      match.append(" AND e.type = ?");
      params.add(type.name());
    }
    String from = " FROM entity_aliases a JOIN entities e ON e.id = a.entity_id WHERE " + match;
    // Rank 0: an alias is the text; 1: an alias starts with it; 2: a word of an alias does.
    String rank = "MIN(CASE WHEN a.folded = ? THEN 0 WHEN a.folded LIKE ? ESCAPE '\\' THEN 1 ELSE 2 END)";
    return db.read("find entities", c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT e.id)" + from)) {
        Database.bind(ps, 1, params);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Entity> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.type, e.name, e.aliases, e.country, e.mentions, " + rank + " AS r"
          + from + " GROUP BY e.id, e.type, e.name, e.aliases, e.country, e.mentions ORDER BY r, e.mentions DESC, e.id LIMIT ? OFFSET ?")) {
        int i = 1;
        ps.setString(i++, f);
        ps.setString(i++, esc + "%");
        Database.bind(ps, i, params);
        i += params.size();
        ps.setInt(i++, limit);
        ps.setInt(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) items.add(entity(rs));
        }
      }
      return new ResultPage<>(items, total);
    });
  }

  private ResultPage<Entity> allEntities(@Nullable EntityType type, int limit, int offset) throws StoreException {
    String where = type == null ? "" : " WHERE type = ?";
    return db.read("find entities", c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM entities" + where)) {
        if (type != null) ps.setString(1, type.name());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Entity> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLS + " FROM entities" + where + " ORDER BY mentions DESC, id LIMIT ? OFFSET ?")) {
        int i = 1;
        if (type != null) ps.setString(i++, type.name());
        ps.setInt(i++, limit);
        ps.setInt(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) items.add(entity(rs));
        }
      }
      return new ResultPage<>(items, total);
    });
  }

  /**
   * {@return "did you mean" for a name that finds nothing: entities with a name, or a word of a
   * name, within a few edits of {@code text} folded ("Castor", "Fidell Castro"), closest first,
   * then most mentioned}
   *
   * <p>Design decision: this reads every alias once, streaming, rather than keeping an n-gram
   * index; it runs only after a lookup has failed, and the alias table is small beside the text
   * (1,400 entities for 2,100 real pages).
   */
  public List<Entity> similarEntities(String text, int max) throws StoreException {
    String f = Fold.fold(text.strip());
    if (f.isEmpty()) return List.of();
    // Edits allowed grow with the length: one in a short word, three in a long name.
    int allowed = f.length() <= 4 ? 1 : f.length() <= 9 ? 2 : 3;
    Map<String, Integer> best = new HashMap<>();
    db.read("read aliases", c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(2000);
        try (ResultSet rs = st.executeQuery("SELECT folded, entity_id FROM entity_aliases")) {
          while (rs.next()) {
            String alias = rs.getString(1);
            int d = Edits.distance(f, alias, allowed);
            for (String w : alias.split("[ .(·" + Fold.fold("-") + "]+")) {
              if (d == 0) break;
              if (!w.equals(alias) && w.length() > 1) d = Math.min(d, Edits.distance(f, w, allowed));
            }
            if (d <= allowed) best.merge(rs.getString(2), d, Math::min);
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
      return null;
    });
    Map<String, Entity> found = entities(best.keySet());
    return found.values().stream()
        .sorted(java.util.Comparator.comparingInt((Entity e) -> best.get(e.id())).thenComparing(e -> -e.mentions()).thenComparing(Entity::id))
        .limit(max)
        .toList();
  }

  /** An entity found by a name: its id, type and country. */
  public record EntityRef(String id, EntityType type, @Nullable String country) {}

  /**
   * {@return entities whose canonical name, an alias or id, folded ({@link Fold#fold}), is one of
   * {@code folded}} Backed by an index of aliases, so it costs one lookup per name whatever the
   * corpus size.
   */
  public Map<String, List<EntityRef>> entitiesNamed(Collection<String> folded) throws StoreException {
    Map<String, List<EntityRef>> out = new LinkedHashMap<>();
    if (folded.isEmpty()) return out;
    db.read("read aliases", c -> {
      Database.eachRowIn(c, folded,
          in -> "SELECT a.folded, e.id, e.type, e.country FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
              + " WHERE a.folded IN (" + in + ")",
          rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new EntityRef(rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getString(4))));
      return null;
    });
    return out;
  }

  /** {@return merged events, by date} (call {@link #refresh} first) */
  public List<Event> events() throws StoreException {
    return events(EventFilter.ALL, Integer.MAX_VALUE, 0).items();
  }

  /**
   * Events, in one SQL query over indexed columns.
   *
   * @param keys each set holds keys ({@code e:<entity id>} or {@code c:<ISO2>}) of which an event
   *     must have at least one (as actor, place or country); every set must be met
   * @param from yyyy-mm-dd: the event's last possible day must be on or after it
   * @param to yyyy-mm-dd: the event's first possible day must be on or before it
   * @param type a type (CONSULT) or a form (state_visit)
   * @param forms the forms the event's must be one of (state_visit, talks), or null for any
   * @param lang a language one of the event's sources is in (vi), or null
   * @param status {@code planned} or {@code reported}, or null
   * @param month yyyy-mm the event's first day falls in (as a timeline charts it), or null
   */
  public record EventFilter(List<Set<String>> keys, @Nullable String from, @Nullable String to, @Nullable String type,
      @Nullable Set<String> forms, @Nullable String lang, @Nullable String status, @Nullable String month) {
    public static final EventFilter ALL = new EventFilter(List.of(), null, null, null);

    public EventFilter {
      keys = keys.stream().map(Set::copyOf).toList();
      forms = forms == null ? null : Set.copyOf(forms);
      if (month != null && !month.matches("\\d{4}-\\d{2}")) throw new IllegalArgumentException("month must be yyyy-mm: '" + month + "'");
    }

    /** A filter by keys, dates and type only. */
    public EventFilter(List<Set<String>> keys, @Nullable String from, @Nullable String to, @Nullable String type) {
      this(keys, from, to, type, null, null, null, null);
    }

    /** {@return the key of an entity} */
    public static String entityKey(String id) {
      return "e:" + id;
    }

    /** {@return the key of a country} */
    public static String countryKey(String iso2) {
      return "c:" + iso2;
    }
  }

  /** {@return one page of the events that meet {@code f}, oldest first, undated last, and the count} */
  public ResultPage<Event> events(EventFilter f, int limit, int offset) throws StoreException {
    List<Event> items = new ArrayList<>();
    forEachEvent(f, limit, offset, items::add);
    return new ResultPage<>(items, limit == Integer.MAX_VALUE && offset == 0 ? items.size() : countEvents(f));
  }

  /** {@return how many events meet {@code f}} */
  public long countEvents(EventFilter f) throws StoreException {
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
  public void forEachEvent(EventFilter f, int limit, int offset, Consumer<Event> each) throws StoreException {
    forEachEventJson(f, limit, offset, json -> each.accept(Json.event(Json.read(json))));
  }

  /**
   * {@return one page of events as stored: the JSON of {@code amity events --json}, and the count}
   * (for answers that only pass events on, skipping a parse and a render)
   */
  public ResultPage<String> eventsJson(EventFilter f, int limit, int offset) throws StoreException {
    List<String> items = new ArrayList<>();
    forEachEventJson(f, limit, offset, items::add);
    return new ResultPage<>(items, countEvents(f));
  }

  private void forEachEventJson(EventFilter f, int limit, int offset, Consumer<String> each) throws StoreException {
    for (Set<String> k : f.keys()) if (k.isEmpty()) return;
    List<Object> params = new ArrayList<>();
    String where = where(f, params);
    if (limit == Integer.MAX_VALUE && offset == 0) {
      // Everything: one streaming join.
      String sql = "SELECT j.json FROM events e JOIN event_json j ON j.id = e.id" + where + " ORDER BY e.sort_key";
      db.read("read events", c -> {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setFetchSize(500);
          Database.bind(ps, 1, params);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) each.accept(rs.getString(1));
          }
        } finally {
          c.rollback();
          c.setAutoCommit(auto);
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
  public List<ActorRow> eventActors(EventFilter f) throws StoreException {
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

  /** {@return one merged event, as the JSON of {@code amity events --json}} */
  public Optional<String> eventJson(String id) throws StoreException {
    return db.read("read event", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT json FROM event_json WHERE id = ?")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

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
  public Map<String, StorySource> storySources(Collection<String> storyIds) throws StoreException {
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

  /**
   * {@return for each of these entities, the name it goes by first in each language's stories:
   * entity id → language → name} "First" is the earliest mention of the earliest story (in story
   * id order, as {@link #profile} lists names); titles standing for a person ("the Cuban leader")
   * are no names.
   */
  public Map<String, Map<String, String>> firstNamesByLanguage(Collection<String> entityIds) throws StoreException {
    Map<String, Map<String, String>> out = new HashMap<>();
    if (entityIds.isEmpty()) return out;
    Map<String, Map<String, String[]>> first = new HashMap<>(); // entity → lang → {story, idx, surface}
    db.read("read names", c -> {
      for (List<String> part : Database.chunks(new LinkedHashSet<>(entityIds))) {
        String in = Database.marks(part.size());
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT COALESCE(r.entity_id, m.entity_id), s.lang, m.surface, m.story_id, MIN(m.idx) FROM mentions m"
                + " JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id"
                + " WHERE (m.entity_id IN (" + in + ") OR m.entity_id IN (SELECT local_id FROM entity_remap WHERE entity_id IN (" + in + ")))"
                + " AND m.finder <> 'nominal' GROUP BY COALESCE(r.entity_id, m.entity_id), s.lang, m.surface, m.story_id")) {
          Database.bind(ps, 1, part);
          Database.bind(ps, 1 + part.size(), part);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String[] row = {rs.getString(4), String.format(Locale.ROOT, "%09d", rs.getInt(5)), rs.getString(3)};
              first.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(rs.getString(2), row,
                  (a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]) <= 0 ? a : b);
            }
          }
        }
      }
      return null;
    });
    first.forEach((id, byLang) -> {
      Map<String, String> names = new TreeMap<>();
      byLang.forEach((lang, row) -> names.put(lang, row[2]));
      out.put(id, names);
    });
    return out;
  }

  /** {@return the text of a stored document} */
  public Optional<String> documentText(String docId) throws StoreException {
    return db.read("read document", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT text FROM documents WHERE id = ?")) {
        ps.setString(1, docId);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /** {@return local (story-level) ids that resolve to {@code entityId}, itself included} */
  public Set<String> localIds(String entityId) throws StoreException {
    Set<String> out = new LinkedHashSet<>(List.of(entityId));
    db.read("read", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT local_id FROM entity_remap WHERE entity_id = ?")) {
        ps.setString(1, entityId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
      return null;
    });
    return out;
  }

  /**
   * An entity's profile: names by language, the roles titles gave it, and the entities most often
   * named in the same stories.
   */
  public record Profile(
      Entity entity, Map<String, List<String>> namesByLanguage, List<String> roles, List<Map.Entry<Entity, Integer>> coMentioned) {}

  public Optional<Profile> profile(String entityId) throws StoreException {
    Entity entity = entity(entityId).orElse(null);
    if (entity == null) return Optional.empty();
    List<String> local = List.copyOf(localIds(entityId));
    Map<String, List<String>> names = new TreeMap<>();
    Set<String> roles = new LinkedHashSet<>();
    Map<String, Integer> co = new LinkedHashMap<>();
    db.read("read profile", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.lang, m.surface, MIN(m.story_id || ':' || m.idx) AS first FROM mentions m JOIN stories s ON s.id = m.story_id"
              // A title standing for the person ("nhà lãnh đạo", "the Cuban leader") is not one of its names.
              + " WHERE m.entity_id IN (" + Database.marks(local.size()) + ") AND m.finder <> 'nominal' GROUP BY s.lang, m.surface ORDER BY first")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> l = names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (!l.contains(rs.getString(2))) l.add(rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT roles FROM mentions WHERE entity_id IN (" + Database.marks(local.size()) + ") AND roles <> ''")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) roles.addAll(List.of(rs.getString(1).split(",")));
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COALESCE(r.entity_id, m2.entity_id) AS other, COUNT(DISTINCT m2.story_id) AS n"
              + " FROM (SELECT DISTINCT story_id FROM mentions WHERE entity_id IN (" + Database.marks(local.size()) + ")) m1"
              + " JOIN mentions m2 ON m2.story_id = m1.story_id LEFT JOIN entity_remap r ON r.local_id = m2.entity_id"
              + " GROUP BY COALESCE(r.entity_id, m2.entity_id) ORDER BY n DESC, other LIMIT 16")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) if (!rs.getString(1).equals(entityId)) co.put(rs.getString(1), rs.getInt(2));
        }
      }
      return null;
    });
    Map<String, Entity> others = entities(co.keySet());
    List<Map.Entry<Entity, Integer>> coList = new ArrayList<>();
    co.forEach((id, n) -> {
      if (others.containsKey(id) && coList.size() < 15) coList.add(Map.entry(others.get(id), n));
    });
    return Optional.of(new Profile(entity, names, List.copyOf(roles), coList));
  }

  /** Counts per language: stories, entities mentioned, events reported. */
  public record LanguageCount(String lang, int stories, int entities, int events) {}

  public List<LanguageCount> summary() throws StoreException {
    Map<String, int[]> m = new TreeMap<>();
    db.read("summary", c -> {
      try (Statement st = c.createStatement()) {
        try (ResultSet rs = st.executeQuery("SELECT lang, COUNT(*) FROM stories GROUP BY lang")) {
          while (rs.next()) m.computeIfAbsent(rs.getString(1), k -> new int[3])[0] = rs.getInt(2);
        }
        try (ResultSet rs = st.executeQuery(
            "SELECT s.lang, COUNT(DISTINCT COALESCE(r.entity_id, m.entity_id)) FROM mentions m"
                + " JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id GROUP BY s.lang")) {
          while (rs.next()) m.computeIfAbsent(rs.getString(1), k -> new int[3])[1] = rs.getInt(2);
        }
        try (ResultSet rs = st.executeQuery(
            "SELECT s.lang, COUNT(DISTINCT es.event_id) FROM event_stories es JOIN stories s ON s.id = es.story_id GROUP BY s.lang")) {
          while (rs.next()) m.computeIfAbsent(rs.getString(1), k -> new int[3])[2] = rs.getInt(2);
        }
      }
      return null;
    });
    List<LanguageCount> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new LanguageCount(k, v[0], v[1], v[2])));
    return out;
  }

  /** Row counts of the main tables, for reports. */
  public Map<String, Long> counts() throws StoreException {
    Map<String, Long> out = new LinkedHashMap<>();
    db.read("count", c -> {
      for (String t : List.of("documents", "stories", "mentions", "event_readings", "entities", "events")) out.put(t, (long) Database.count(c, t));
      return null;
    });
    return out;
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

  public Optional<StoryDetail> storyDetail(String id) throws StoreException {
    StoryRow s = story(id).orElse(null);
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

  /** A mention as exports write it. */
  public record MentionExport(
      String story, int idx, String doc, String lang, int start, int end, int docStart, int docEnd, String surface, String type,
      @Nullable String finder, @Nullable String kbId, String roles, @Nullable String country, String localEntity,
      String entity, String entityName) {}

  /** Calls {@code each} for every mention, in story order, streaming. */
  public void forEachMention(Consumer<MentionExport> each) throws StoreException {
    db.read("read mentions", c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.setFetchSize(2000);
        try (ResultSet rs = st.executeQuery(
            "SELECT m.story_id, m.idx, m.doc_id, s.lang, m.start_pos, m.end_pos, m.doc_start, m.doc_end, m.surface, m.type,"
                + " m.finder, m.kb_id, m.roles, m.country, m.entity_id, COALESCE(r.entity_id, m.entity_id), COALESCE(e.name, m.entity_name)"
                + " FROM mentions m JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id"
                + " LEFT JOIN entities e ON e.id = COALESCE(r.entity_id, m.entity_id) ORDER BY m.story_id, m.idx")) {
          while (rs.next()) {
            each.accept(new MentionExport(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                rs.getString(13) == null ? "" : rs.getString(13), rs.getString(14), rs.getString(15), rs.getString(16), rs.getString(17)));
          }
        }
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
      return null;
    });
  }

  /** {@return the source URL of each document that has one, by document id} */
  public Map<String, String> urls(Collection<String> docIds) throws StoreException {
    Map<String, String> out = new HashMap<>();
    if (docIds.isEmpty()) return out;
    db.read("read documents", c -> {
      Database.eachRowIn(c, docIds, in -> "SELECT id, url FROM documents WHERE url IS NOT NULL AND id IN (" + in + ")",
          rs -> out.put(rs.getString(1), rs.getString(2)));
      return null;
    });
    return out;
  }

  // ------------------------------------------------------------------ search

  /** A search hit as {@code amity search --json} prints it. */
  public record SearchHit(String doc, String story, String file, String lang, String title, String snippet, double score) {}

  /**
   * Full-text search that also finds stories naming an entity the query names, in any script,
   * and stories touching a field of cooperation the query names, in any language.
   */
  public List<SearchHit> search(String query, @Nullable String lang, int limit, KnowledgeBase kb) throws StoreException {
    StoryIndex.Filter f = new StoryIndex.Filter(lang, Set.of(), Set.of(), Set.of(), null, null);
    return search(query, f, limit, 0, kb).items();
  }

  /**
   * Searches as {@link #search(String, String, int, KnowledgeBase)} does, with filters and paging.
   * The entities a query names are found through the alias index: every run of words in the query
   * (every run of characters in Chinese) is looked up once.
   */
  public ResultPage<SearchHit> search(String query, StoryIndex.Filter filter, int limit, int offset, KnowledgeBase kb) throws StoreException {
    try {
      Expansion x = expand(query, kb);
      StoryIndex.Hits hits = index.search(query, x.entityIds(), x.fields(), filter, limit, offset);
      List<SearchHit> out = new ArrayList<>();
      for (StoryIndex.Hit h : hits.hits()) {
        out.add(new SearchHit(h.doc(), h.id(), h.file(), h.lang(), h.title(), snippet(h.text(), query, x.aliases()), h.score()));
      }
      return new ResultPage<>(out, hits.total());
    } catch (IOException e) {
      throw db.fail("search", e);
    }
  }

  /** {@return facet counts (language, country, event type or form, field, year) over every hit of the search} */
  public StoryIndex.Facets facets(String query, StoryIndex.Filter filter, int top, KnowledgeBase kb) throws StoreException {
    try {
      Expansion x = expand(query, kb);
      return index.facets(query, x.entityIds(), x.fields(), filter, top);
    } catch (IOException e) {
      throw db.fail("count facets", e);
    }
  }

  /** What a query names beyond its words: entities (as story-level ids, with their aliases) and fields. */
  private record Expansion(Set<String> entityIds, Set<String> aliases, Set<String> fields) {}

  private Expansion expand(String query, KnowledgeBase kb) throws StoreException {
    Set<String> entityIds = new LinkedHashSet<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>();
    String q = query.strip();
    for (List<EntityRef> refs : entitiesNamed(QueryNames.candidates(Fold.fold(q))).values()) {
      for (EntityRef r : refs) named.add(r.id());
    }
    for (KbEntry k : kb.byName(q)) named.add(k.id());
    Map<String, Entity> found = entities(named);
    for (Entity e : found.values()) {
      entityIds.addAll(localIds(e.id()));
      aliases.addAll(e.aliases());
    }
    return new Expansion(entityIds, aliases, topics.inAnyLanguage(query));
  }

  static String snippet(String text, String query, Set<String> aliases) {
    String ft = Fold.fold(text);
    int at = -1;
    List<String> needles = new ArrayList<>(aliases);
    needles.add(query);
    for (String w : query.split("\\s+")) if (w.length() >= 3) needles.add(w);
    for (String n : needles) {
      String fn = Fold.fold(n.strip());
      if (fn.isEmpty()) continue;
      int i = ft.indexOf(fn);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) at = 0;
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 140);
    String s = text.substring(from, to).replace('\n', ' ').strip();
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }

  // ------------------------------------------------------------------ helpers

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

  private static void closeQuietly(@Nullable Connection c, @Nullable Connections pool, @Nullable StoryIndex idx) {
    try {
      if (idx != null) idx.close();
    } catch (IOException ignored) {
      // the original failure is what the caller needs to see
    }
    try {
      if (c != null) c.close();
      if (pool != null) pool.close();
    } catch (SQLException ignored) {
      // the original failure is what the caller needs to see
    }
  }

  @Override
  public void close() throws IOException {
    db.writeLock.lock();
    try {
      index.close();
    } finally {
      try {
        db.readers.close();
        db.writer.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close store " + db.location + ": " + e.getMessage(), e);
      } finally {
        db.writeLock.unlock();
      }
    }
  }
}


