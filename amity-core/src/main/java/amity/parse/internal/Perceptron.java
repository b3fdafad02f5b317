package amity.parse.internal;

import amity.ner.internal.WeightTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights of a multi-class averaged perceptron while it learns: a row of weights per hashed
 * feature, added when the feature is first updated (features come and go with the states a
 * dynamic oracle explores, so they cannot all be known beforehand). The average is kept by the
 * usual trick: beside each weight {@code w}, the sum {@code u} of each update times the clock, so
 * that the average is {@code w - u / clock}. Not thread-safe.
 *
 * <pre>{@code
 * Perceptron p = new Perceptron(4);
 * p.score(feats, n, scores);
 * if (predicted != gold) p.update(feats, n, gold, predicted);
 * p.tick();
 * WeightTable table = p.average(0f);
 * }</pre>
 */
public final class Perceptron {
  private final int classes;
  private int[] slotKey = new int[1 << 12]; // open addressing: feature key (0 = empty) ...
  private int[] slotRow = new int[1 << 12]; // ... and its row
  private int[] rowKey = new int[1 << 10];
  private float[] w;
  private double[] u;
  private int rows;
  private long clock = 1;

  /** Starts with no features, for {@code classes} classes. */
  public Perceptron(int classes) {
    if (classes < 1) throw new IllegalArgumentException("classes must be at least 1: " + classes);
    this.classes = classes;
    w = new float[rowKey.length * classes];
    u = new double[w.length];
  }

  /** {@return the number of classes} */
  public int classes() {
    return classes;
  }

  /** {@return the number of features with weights} */
  public int size() {
    return rows;
  }

  /** Writes the current (not averaged) score of each class for the features {@code f[0, count)} to {@code out}. */
  public void score(int[] f, int count, float[] out) {
    Arrays.fill(out, 0, classes, 0f);
    for (int k = 0; k < count; k++) {
      int r = find(WeightTable.key(f[k]));
      if (r < 0) continue;
      int at = r * classes;
      for (int y = 0; y < classes; y++) out[y] += w[at + y];
    }
  }

  /** Moves the weights of the features {@code f[0, count)} towards {@code good} and away from {@code bad}. */
  public void update(int[] f, int count, int good, int bad) {
    if (good == bad) return;
    for (int k = 0; k < count; k++) {
      int at = row(WeightTable.key(f[k])) * classes;
      w[at + good] += 1;
      u[at + good] += clock;
      w[at + bad] -= 1;
      u[at + bad] -= clock;
    }
  }

  /** Counts one decision: the average weighs weights by how many decisions they stood for. */
  public void tick() {
    clock++;
  }

  /**
   * {@return the averaged weights, quantised}: rows whose averaged weights are all below {@code
   * minWeight} in magnitude are left out (0 keeps every row that does not round to zero)
   */
  public WeightTable average(float minWeight) {
    return averaged().table(minWeight);
  }

  /** {@return the averaged weights, row by row} */
  public Rows averaged() {
    float[] dense = new float[rows * classes];
    for (int i = 0; i < dense.length; i++) dense[i] = (float) (w[i] - u[i] / clock);
    return new Rows(Arrays.copyOf(rowKey, rows), dense, classes);
  }

  /**
   * Weights by feature.
   *
   * @param keys the feature key of each row
   * @param dense {@code keys.length * classes} weights, row after row
   * @param classes the number of classes
   */
  public record Rows(int[] keys, float[] dense, int classes) {
    /** {@return the weights quantised, without the rows whose weights are all below {@code minWeight} in magnitude} */
    public WeightTable table(float minWeight) {
      int[] k = new int[keys.length];
      float[] d = new float[dense.length];
      int kept = 0;
      for (int r = 0; r < keys.length; r++) {
        float max = 0;
        for (int y = 0; y < classes; y++) max = Math.max(max, Math.abs(dense[r * classes + y]));
        if (max == 0 || max < minWeight) continue;
        System.arraycopy(dense, r * classes, d, kept * classes, classes);
        k[kept++] = keys[r];
      }
      return WeightTable.quantise(Arrays.copyOf(k, kept), Arrays.copyOf(d, kept * classes), classes);
    }

    /** {@return the mean of several sets of weights over the same classes (a feature missing from one weighs 0 there)} */
    public static Rows mean(List<Rows> all) {
      int classes = all.get(0).classes();
      Map<Integer, Integer> index = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (Rows r : all) for (int key : r.keys()) if (index.putIfAbsent(key, order.size()) == null) order.add(key);
      float[] sum = new float[order.size() * classes];
      for (Rows r : all) {
        for (int i = 0; i < r.keys().length; i++) {
          int at = index.get(r.keys()[i]) * classes;
          for (int y = 0; y < classes; y++) sum[at + y] += r.dense()[i * classes + y] / all.size();
        }
      }
      int[] keys = new int[order.size()];
      for (int i = 0; i < keys.length; i++) keys[i] = order.get(i);
      return new Rows(keys, sum, classes);
    }
  }

  private int find(int key) {
    int mask = slotKey.length - 1;
    for (int i = spread(key) & mask; ; i = (i + 1) & mask) {
      int k = slotKey[i];
      if (k == key) return slotRow[i];
      if (k == 0) return -1;
    }
  }

  /** {@return the row of {@code key}, added with zero weights if it is new} */
  private int row(int key) {
    int mask = slotKey.length - 1;
    int i = spread(key) & mask;
    while (slotKey[i] != 0) {
      if (slotKey[i] == key) return slotRow[i];
      i = (i + 1) & mask;
    }
    if (rows == rowKey.length) {
      rowKey = Arrays.copyOf(rowKey, rows * 2);
      w = Arrays.copyOf(w, rowKey.length * classes);
      u = Arrays.copyOf(u, rowKey.length * classes);
    }
    slotKey[i] = key;
    slotRow[i] = rows;
    rowKey[rows] = key;
    if (++rows * 2 > slotKey.length) rehash();
    return rows - 1;
  }

  private void rehash() {
    slotKey = new int[slotKey.length * 2];
    slotRow = new int[slotKey.length];
    int mask = slotKey.length - 1;
    for (int r = 0; r < rows; r++) {
      int i = spread(rowKey[r]) & mask;
      while (slotKey[i] != 0) i = (i + 1) & mask;
      slotKey[i] = rowKey[r];
      slotRow[i] = r;
    }
  }

  private static int spread(int h) {
    return h * 0x9E3779B1 >>> 7 ^ h;
  }
}
