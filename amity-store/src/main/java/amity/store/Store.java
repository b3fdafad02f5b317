package amity.store;

import amity.index.StoryIndex;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * amity's store: a SQL database, the source of truth, and a Lucene index ({@code index/})
 * derived from it. The database is an embedded H2 file ({@code amity.mv.db}) in the store folder,
 * or a PostgreSQL server ({@code postgresql://user:password@host:port/db}) with the index in a
 * local folder.
 *
 * <p>A store opens, closes and hands out its parts: documents are written through {@link
 * #writer()}, which also recomputes the derived tables (entities, merged events); reads go through
 * {@link #stories()}, {@link #entities()} and {@link #events()}; full-text search over {@link
 * #index()} is {@code amity.query.Search}. The index is brought level with the database when the
 * store opens.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("amity-data"))) {
 *   store.writer().saveAll(analyses);
 *   store.writer().refresh(kb);
 *   List<Event> all = store.events().all();
 * }
 * }</pre>
 *
 * <p>With H2, one process at a time (H2 locks the file). Within the process, writes are
 * serialised and reads run in parallel on a small pool of connections. Thread-safe.
 */
public final class Store implements Closeable {
  /**
   * Read connections kept open: as many as the HTTP bench's clients, so that one slow query does
   * not hold up the others waiting for a connection (H2's MVCC lets them all read while the write
   * connection writes).
   */
  private static final int READERS = 8;

  private final Path dir;
  private final Database db;
  private final StoryIndex index;
  private final IndexSync sync;
  private final DocumentWriter writer;
  private final StoryRepository stories;
  private final EntityRepository entities;
  private final EventRepository events;

  private Store(Path dir, Database db, StoryIndex index) {
    this.dir = dir;
    this.db = db;
    this.index = index;
    this.sync = new IndexSync(db, index);
    this.writer = new DocumentWriter(db, sync);
    this.stories = new StoryRepository(db);
    this.entities = new EntityRepository(db);
    this.events = new EventRepository(db);
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

  /** {@return the stories, what they were read from, and their mentions} */
  public StoryRepository stories() {
    return stories;
  }

  /** {@return the corpus-wide entities: by id, by name, their profiles} */
  public EntityRepository entities() {
    return entities;
  }

  /** {@return the merged events, filtered and paged} */
  public EventRepository events() {
    return events;
  }

  /** {@return the database as the store's parts share it} (for tests in this package) */
  Database database() {
    return db;
  }

  /**
   * {@return the full-text index of the stories, for searching ({@code amity.query.Search}); the
   * store keeps it level with the database}
   */
  public StoryIndex index() {
    return index;
  }

  /** Rebuilds the full-text index from the database. */
  public void reindex() throws StoreException {
    sync.reindex();
  }

  // ------------------------------------------------------------------ across kinds

  /** Counts per language: stories, entities mentioned, events reported. */
  public record LanguageCount(String lang, int stories, int entities, int events) {}

  /** The last summary and the store generation it was computed at ({@link Database#GENERATION}). */
  private record Summary(@Nullable String generation, List<LanguageCount> languages) {}

  private volatile @Nullable Summary summary;

  /**
   * {@return per language, how many stories, entities mentioned and events reported} Counting reads
   * every mention and event of the store, so the answer is kept until a write changes the store's
   * generation: the home page asks for it on every visit.
   */
  public List<LanguageCount> summary() throws StoreException {
    // Read before counting: counts at least as new as the generation they are kept under.
    String generation = db.read("read generation", c -> Database.getMeta(c, Database.GENERATION));
    Summary kept = summary;
    if (kept != null && java.util.Objects.equals(kept.generation(), generation)) return kept.languages();
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
    Summary counted = new Summary(generation, List.copyOf(out));
    summary = counted;
    return counted.languages();
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

  // ------------------------------------------------------------------ helpers

  /** {@return whether enough was written since the last compaction to compact now} (resetting the count when it is) */
  private boolean compactionDue() throws SQLException {
    String w = Database.getMeta(db.writer, Database.WRITTEN);
    long written = w == null ? 0 : Long.parseLong(w);
    if (written == 0 || written < COMPACT_AFTER * Database.count(db.writer, "stories")) return false;
    Database.setMeta(db.writer, Database.WRITTEN, "0");
    return true;
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

  /**
   * An embedded store is compacted in full when it closes once the stories written since its last
   * compaction (saved, or rewritten by a full refresh) reach this fraction of its stories.
   */
  private static final double COMPACT_AFTER = 0.1;

  /**
   * Closes the store. An embedded store that has been written to enough since it was last compacted
   * ({@link #COMPACT_AFTER}) is compacted first, as H2's {@code SHUTDOWN COMPACT} does: its live
   * data copied into a new file, compressed, which replaces the old one atomically.
   *
   * <p>Design decision: H2 appends what changes and keeps B-tree pages that deletes and random keys
   * left half empty; the compaction it runs at every close within MAX_COMPACT_TIME reclaims little
   * of that (a 30,000-story store: 201 MB before, 197 MB after 60 s of it), while a full copy took
   * it to 81 MB in 24 s on a loaded machine. That copy costs time linear in the store, so it runs
   * only once writes since the last one amount to a tenth of the store, and never for PostgreSQL.
   */
  @Override
  public void close() throws IOException {
    db.writeLock.lock();
    try {
      index.close();
    } finally {
      try {
        db.readers.close();
        if (db.dialect == Dialect.H2 && compactionDue()) {
          try (Statement st = db.writer.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
          }
        }
        db.writer.close();
      } catch (SQLException e) {
        throw new StoreException("cannot close store " + db.location + ": " + e.getMessage(), e);
      } finally {
        db.writeLock.unlock();
      }
    }
  }
}
