package amity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The database of one store as its parts share it: the one write connection and its lock, the pool
 * of read connections, the dialect, and the SQL helpers every part uses. Thread-safe. Not API.
 */
final class Database {
  final String location;
  final Dialect dialect;
  /** The write connection: use it only while holding {@link #writeLock}. */
  final Connection writer;
  final Connections readers;
  final ReentrantLock writeLock = new ReentrantLock();

  Database(String location, Dialect dialect, Connection writer, Connections readers) {
    this.location = location;
    this.dialect = dialect;
    this.writer = writer;
    this.readers = readers;
  }

  /** Work done with a connection. */
  interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  /** Reads one row of a result, where reading may throw. */
  interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** Runs {@code work} on a read connection; a failure is a {@link StoreException} that says what could not be done. */
  <T> T read(String what, SqlWork<T> work) throws StoreException {
    try {
      return readers.read(work::run);
    } catch (SQLException e) {
      throw fail(what, e);
    } catch (RuntimeException e) {
      if (e.getCause() instanceof StoreException se) throw se;
      throw e;
    }
  }

  /**
   * Runs {@code work} as {@link #read} does, inside a transaction that is rolled back after, so that
   * PostgreSQL streams rows by the fetch size rather than reading the whole result first.
   */
  void stream(String what, SqlWork<?> work) throws StoreException {
    read(what, c -> {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        return work.run(c);
      } finally {
        c.rollback();
        c.setAutoCommit(auto);
      }
    });
  }

  /** Hands every row of {@code sql} to {@code row}, streaming {@code fetchSize} rows at a time. */
  void eachRow(String what, String sql, int fetchSize, RowReader row) throws StoreException {
    stream(what, c -> {
      try (Statement st = c.createStatement()) {
        st.setFetchSize(fetchSize);
        try (ResultSet rs = st.executeQuery(sql)) {
          while (rs.next()) row.read(rs);
        }
      }
      return null;
    });
  }

  /** {@return the first column of the row {@code sql} finds for its one parameter, {@code key}, if there is one} */
  Optional<String> readString(String what, String sql, String key) throws StoreException {
    return read(what, c -> {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setString(1, key);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  /**
   * Runs the query {@code sql} gives for a list of placeholders, once per chunk of the distinct
   * {@code ids} (databases bound the number of parameters), and hands every row to {@code row}.
   */
  static void eachRowIn(Connection c, Collection<String> ids, Function<String, String> sql, RowReader row) throws SQLException {
    for (List<String> part : chunks(new LinkedHashSet<>(ids))) {
      InList in = in(part);
      try (PreparedStatement ps = c.prepareStatement(sql.apply(in.sql()))) {
        bind(ps, 1, in.params());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) row.read(rs);
        }
      }
    }
  }

  /** The inside of {@code IN (…)} for some values, and the parameters it leaves to bind (none when written as literals). */
  record InList(String sql, List<String> params) {}

  /**
   * {@return the values as an IN list: quoted literals, or parameters for a value with a backslash
   * or a control character (which a PostgreSQL server without standard_conforming_strings would
   * read otherwise)}
   *
   * <p>Design decision: an IN list of parameters is checked against each row the index finds one
   * value at a time in H2 (up to 500 comparisons a row for a chunk of 500, most of a contact
   * network's CPU), a list of constants by a hash set.
   */
  static InList in(List<String> values) {
    StringBuilder sb = new StringBuilder(values.size() * 24);
    for (String v : values) {
      for (int i = 0; i < v.length(); i++) {
        char ch = v.charAt(i);
        if (ch == '\\' || ch < 0x20) return new InList(marks(values.size()), values);
      }
      if (sb.length() > 0) sb.append(',');
      sb.append('\'').append(v.replace("'", "''")).append('\'');
    }
    return new InList(sb.toString(), List.of());
  }

  static List<List<String>> chunks(Collection<String> all) {
    List<List<String>> out = new ArrayList<>();
    List<String> cur = new ArrayList<>();
    for (String s : all) {
      cur.add(s);
      if (cur.size() == 500) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }

  static String marks(int n) {
    return String.join(",", Collections.nCopies(n, "?"));
  }

  static void bind(PreparedStatement ps, int from, Collection<?> values) throws SQLException {
    int i = from;
    for (Object v : values) ps.setObject(i++, v);
  }

  /**
   * Makes committed work durable before going on: H2 writes commits to its file in the background
   * (within WRITE_DELAY), so without this a kill -9 right after a commit could lose it. (A
   * WRITE_DELAY of 0 would do the same per commit but stops H2's background thread, which is what
   * reclaims space: the file then grew tenfold.) PostgreSQL commits are durable already.
   */
  void checkpoint(Connection c) throws SQLException {
    if (dialect != Dialect.H2) return;
    try (Statement st = c.createStatement()) {
      st.execute("CHECKPOINT");
    }
  }

  static boolean exists(Connection c, String docId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
      ps.setString(1, docId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  static int count(Connection c, String table) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  static void setMeta(Connection c, String k, String v) throws SQLException {
    try (PreparedStatement del = c.prepareStatement("DELETE FROM meta WHERE k = ?");
        PreparedStatement ins = c.prepareStatement("INSERT INTO meta(k, v) VALUES (?, ?)")) {
      del.setString(1, k);
      del.executeUpdate();
      ins.setString(1, k);
      ins.setString(2, v);
      ins.executeUpdate();
    }
  }

  /** The meta key of how many stories were written (saved, or rewritten by a full refresh) since the store was last compacted. */
  static final String WRITTEN = "written_since_compact";
  /**
   * Meta key: a number every transaction that changes stories, mentions or events adds one to
   * (saving documents, the end of a refresh), in the store itself so that every process sees it;
   * a reader keeps what it computed over the whole corpus until the number changes.
   */
  static final String GENERATION = "generation";

  /** Adds {@code n} to the number meta key {@code k} holds (0 when unset), in the caller's transaction. */
  static void addMeta(Connection c, String k, long n) throws SQLException {
    String v = getMeta(c, k);
    setMeta(c, k, Long.toString((v == null ? 0 : Long.parseLong(v)) + n));
  }

  static @Nullable String getMeta(Connection c, String k) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT v FROM meta WHERE k = ?")) {
      ps.setString(1, k);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  StoreException fail(String what, Exception e) {
    return new StoreException("store " + location + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
