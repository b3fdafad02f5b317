package amity.store;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A small pool of read connections beside the one write connection, so that queries from several
 * HTTP clients run side by side while writes stay serialised. Thread-safe. Not API.
 */
final class Connections implements AutoCloseable {
  /** Work done with a connection. */
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  private final Driver driver;
  private final String url;
  private final Properties props;
  private final int max;
  private final BlockingQueue<Connection> idle;
  private final List<Connection> all = new ArrayList<>();
  private boolean closed;

  /**
   * @param driverClass the JDBC driver, loaded by name and used directly: DriverManager's
   *     service scan stops at the first driver whose loading fails, hiding the others
   */
  Connections(String driverClass, String url, Properties props, int max) throws SQLException {
    try {
      this.driver = (Driver) Class.forName(driverClass).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new SQLException("JDBC driver " + driverClass + " is missing from the build: " + e, e);
    }
    this.url = url;
    this.props = props;
    this.max = max;
    this.idle = new ArrayBlockingQueue<>(max);
  }

  Connection open() throws SQLException {
    Connection c = driver.connect(url, props);
    if (c == null) throw new SQLException("driver " + driver.getClass().getName() + " does not accept " + url);
    return c;
  }

  <T> T read(Work<T> work) throws SQLException {
    Connection c = take();
    boolean ok = false;
    try {
      T t = work.run(c);
      ok = true;
      return t;
    } finally {
      give(c, ok);
    }
  }

  private Connection take() throws SQLException {
    Connection c = idle.poll();
    if (c != null) return c;
    synchronized (this) {
      if (closed) throw new SQLException("store is closed");
      if (all.size() < max) {
        Connection n = open();
        n.setReadOnly(true);
        all.add(n);
        return n;
      }
    }
    try {
      c = idle.poll(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a connection", e);
    }
    if (c == null) throw new SQLException("no database connection free after 60 s");
    return c;
  }

  private void give(Connection c, boolean ok) {
    try {
      if (!ok && !c.getAutoCommit()) c.rollback();
      if (!c.getAutoCommit()) c.setAutoCommit(true);
    } catch (SQLException e) {
      // a broken connection is dropped below
      ok = false;
    }
    synchronized (this) {
      if (!closed && (ok || isValid(c))) {
        idle.offer(c);
        return;
      }
      all.remove(c);
    }
    try {
      c.close();
    } catch (SQLException ignored) {
      // already broken
    }
  }

  private static boolean isValid(Connection c) {
    try {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  @Override
  public synchronized void close() throws SQLException {
    closed = true;
    SQLException first = null;
    for (Connection c : all) {
      try {
        c.close();
      } catch (SQLException e) {
        if (first == null) first = e;
      }
    }
    all.clear();
    idle.clear();
    if (first != null) throw first;
  }
}
