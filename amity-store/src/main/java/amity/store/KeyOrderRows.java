package amity.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one table that a full refresh writes, gathered over the whole refresh and inserted
 * in the order of the table's primary key {@code (x, y, item)}: {@code x} and {@code y} strings
 * from a small vocabulary, {@code item} one of a list of things (an event, a reading) whose own key
 * orders it. Each row is held as one long (the ranks of its three parts), so a refresh of a few
 * million rows holds a few tens of MB, and sorted as the database sorts the key.
 *
 * <p>Design decision: rows inserted in key order over the whole refresh fill each page of the
 * table's tree once, where rows sorted a chunk at a time still land on a random page each once
 * the table outgrows H2's page cache: then every row reads a page and every commit writes as many
 * pages as rows, a cost per row that grows with the store. Not API.
 */
final class KeyOrderRows {
  private static final int ITEM_BITS = 23;
  private static final int Y_BITS = 20;

  private final String[] itemKeys;
  private final Map<String, Integer> xs = new HashMap<>();
  private final Map<String, Integer> ys = new HashMap<>();
  /** Each row's x and y by insertion id (x in the high half), until ranks replace them. */
  private long[] rows = new long[1024];
  private final IntList items = new IntList();
  private int size;

  /** @param itemKeys what orders each item within one (x, y), by item index */
  KeyOrderRows(List<String> itemKeys) {
    this.itemKeys = itemKeys.toArray(new String[0]);
  }

  /** Adds the row {@code (x, y, item)}. */
  void add(String x, String y, int item) {
    int a = xs.computeIfAbsent(x, k -> xs.size());
    int b = ys.computeIfAbsent(y, k -> ys.size());
    if (size == rows.length) rows = Arrays.copyOf(rows, size * 2);
    rows[size++] = ((long) a << 32) | b;
    items.add(item);
  }

  int size() {
    return size;
  }

  /**
   * Inserts every row in key order with {@code ps} (whose parameters the row's values fill, as
   * {@code bind} says), a batch of {@code batch} rows a commit when {@code commit}.
   */
  void insert(Connection db, PreparedStatement ps, int batch, boolean commit, Binder bind) throws SQLException {
    String[] xv = sorted(xs);
    String[] yv = sorted(ys);
    int[] xr = ranks(xs, xv);
    int[] yr = ranks(ys, yv);
    Integer[] byKey = new Integer[itemKeys.length];
    for (int i = 0; i < byKey.length; i++) byKey[i] = i;
    Arrays.sort(byKey, (p, q) -> itemKeys[p].compareTo(itemKeys[q]));
    int[] itemRank = new int[itemKeys.length];
    for (int r = 0; r < byKey.length; r++) itemRank[byKey[r]] = r;
    if (xv.length < (1 << (63 - Y_BITS - ITEM_BITS)) && yv.length < (1 << Y_BITS) && itemKeys.length < (1 << ITEM_BITS)) {
      long[] keys = new long[size];
      for (int i = 0; i < size; i++) {
        int a = xr[(int) (rows[i] >>> 32)];
        int b = yr[(int) rows[i]];
        keys[i] = ((long) a << (Y_BITS + ITEM_BITS)) | ((long) b << ITEM_BITS) | itemRank[items.get(i)];
      }
      Arrays.sort(keys);
      for (int i = 0; i < size; i++) {
        long k = keys[i];
        int item = byKey[(int) (k & ((1 << ITEM_BITS) - 1))];
        bind.bind(ps, xv[(int) (k >>> (Y_BITS + ITEM_BITS))], yv[(int) ((k >>> ITEM_BITS) & ((1 << Y_BITS) - 1))], item);
        added(db, ps, i, batch, commit);
      }
    } else {
      // Too many to pack into a long: the same order, sorting objects.
      List<int[]> all = new ArrayList<>(size);
      for (int i = 0; i < size; i++) all.add(new int[] {xr[(int) (rows[i] >>> 32)], yr[(int) rows[i]], itemRank[items.get(i)]});
      all.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : p[1] != q[1] ? Integer.compare(p[1], q[1]) : Integer.compare(p[2], q[2]));
      for (int i = 0; i < size; i++) {
        int[] r = all.get(i);
        bind.bind(ps, xv[r[0]], yv[r[1]], byKey[r[2]]);
        added(db, ps, i, batch, commit);
      }
    }
    ps.executeBatch();
    if (commit) db.commit();
    rows = new long[0];
    size = 0;
  }

  /** Adds the bound row {@code i} (from 0) to the batch, sent (and committed when {@code commit}) every {@code batch} rows. */
  private static void added(Connection db, PreparedStatement ps, int i, int batch, boolean commit) throws SQLException {
    ps.addBatch();
    if ((i + 1) % batch == 0) {
      ps.executeBatch();
      if (commit) db.commit();
    }
  }

  /** Sets a statement's parameters from a row. */
  interface Binder {
    void bind(PreparedStatement ps, String x, String y, int item) throws SQLException;
  }

  private static String[] sorted(Map<String, Integer> vocab) {
    String[] out = vocab.keySet().toArray(new String[0]);
    Arrays.sort(out);
    return out;
  }

  /** {@return for each insertion id of {@code vocab}, the rank of its string in {@code sorted}} */
  private static int[] ranks(Map<String, Integer> vocab, String[] sorted) {
    int[] out = new int[vocab.size()];
    for (int r = 0; r < sorted.length; r++) out[vocab.get(sorted[r])] = r;
    return out;
  }

  /** A growable list of ints. */
  private static final class IntList {
    private int[] a = new int[1024];
    private int n;

    void add(int v) {
      if (n == a.length) a = Arrays.copyOf(a, n * 2);
      a[n++] = v;
    }

    int get(int i) {
      return a[i];
    }
  }
}
