package amity.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the values of {@link StoryIndex#FACETS} over every hit, from doc values, by ordinal
 * within a segment. One instance per search thread; {@link Manager} merges them. Not API.
 */
final class FacetCounter extends SimpleCollector {
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();
  private final SortedSetDocValues[] values = new SortedSetDocValues[StoryIndex.FACETS.size()];
  private final int[][] ords = new int[StoryIndex.FACETS.size()][];
  private long hits;

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flush();
    for (int f = 0; f < values.length; f++) {
      values[f] = DocValues.getSortedSet(context.reader(), StoryIndex.FACETS.get(f));
      long n = values[f].getValueCount();
      ords[f] = new int[(int) Math.min(Integer.MAX_VALUE - 8, n)];
    }
  }

  @Override
  public void collect(int doc) throws IOException {
    hits++;
    for (int f = 0; f < values.length; f++) {
      SortedSetDocValues v = values[f];
      if (!v.advanceExact(doc)) continue;
      for (int i = 0; i < v.docValueCount(); i++) ords[f][(int) v.nextOrd()]++;
    }
  }

  private void flush() throws IOException {
    for (int f = 0; f < values.length; f++) {
      if (values[f] == null) continue;
      Map<String, Integer> m = counts.computeIfAbsent(StoryIndex.FACETS.get(f), k -> new HashMap<>());
      for (int o = 0; o < ords[f].length; o++) {
        if (ords[f][o] > 0) m.merge(values[f].lookupOrd(o).utf8ToString(), ords[f][o], Integer::sum);
      }
      values[f] = null;
    }
  }

  StoryIndex.Facets result(int top) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (String f : StoryIndex.FACETS) {
      Map<String, Integer> sorted = new LinkedHashMap<>();
      counts.getOrDefault(f, Map.of()).entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .limit(top)
          .forEach(e -> sorted.put(e.getKey(), e.getValue()));
      out.put(f, sorted);
    }
    return new StoryIndex.Facets(hits, out);
  }

  /** Runs one counter a slice and adds them up. */
  static final class Manager implements CollectorManager<FacetCounter, FacetCounter> {
    @Override
    public FacetCounter newCollector() {
      return new FacetCounter();
    }

    @Override
    public FacetCounter reduce(Collection<FacetCounter> collectors) throws IOException {
      FacetCounter all = new FacetCounter();
      for (FacetCounter c : collectors) {
        c.flush();
        all.hits += c.hits;
        c.counts.forEach((f, m) -> m.forEach((k, v) -> all.counts.computeIfAbsent(f, x -> new HashMap<>()).merge(k, v, Integer::sum)));
      }
      return all;
    }
  }
}
