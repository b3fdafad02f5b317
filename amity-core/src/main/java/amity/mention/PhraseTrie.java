package amity.mention;

import amity.model.Span;
import amity.text.Fold;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds every occurrence of many phrases at once, comparing folded characters (no case, no
 * diacritics). Phrases in spaced scripts match whole words only; Han phrases match anywhere.
 *
 * <p>Built once, then immutable and thread-safe for lookups.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTrie<V> {
  /** One occurrence: where, and the values of the phrase found there. */
  public record Match<V>(Span span, List<V> values) {}

  // Children as sorted parallel arrays rather than a map of boxed characters: lookups run at every
  // position of every text, and most nodes have one or two children.
  private static final class Node<V> {
    private static final char[] NO_KEYS = {};
    char[] keys = NO_KEYS;
    @SuppressWarnings("unchecked")
    Node<V>[] kids = new Node[0];
    List<V> values;

    @org.jspecify.annotations.Nullable Node<V> get(char c) {
      char[] k = keys;
      if (k.length <= 8) {
        for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
        return null;
      }
      int i = Arrays.binarySearch(k, c);
      return i >= 0 ? kids[i] : null;
    }

    Node<V> getOrAdd(char c) {
      int i = Arrays.binarySearch(keys, c);
      if (i >= 0) return kids[i];
      int at = -i - 1;
      Node<V> n = new Node<>();
      char[] k = new char[keys.length + 1];
      System.arraycopy(keys, 0, k, 0, at);
      System.arraycopy(keys, at, k, at + 1, keys.length - at);
      k[at] = c;
      Node<V>[] v = Arrays.copyOf(kids, kids.length + 1);
      System.arraycopy(kids, at, v, at + 1, kids.length - at);
      v[at] = n;
      keys = k;
      kids = v;
      return n;
    }
  }

  private final Node<V> root = new Node<>();
  // The folded characters a phrase starts with, one bit each: most positions of a text start
  // none, and this answers for them before the word-boundary checks.
  private final long[] firsts = new long[(Character.MAX_VALUE + 1) >>> 6];
  private final boolean keepMarks;
  private int size;

  /** A trie comparing folded text: no case, no diacritics ("Hernández" = "Hérnandez"). */
  public PhraseTrie() {
    this(false);
  }

  private PhraseTrie(boolean keepMarks) {
    this.keepMarks = keepMarks;
  }

  /**
   * {@return a trie that ignores case but keeps diacritics} For word lists where marks tell
   * words apart, as Vietnamese tones do.
   */
  public static <V> PhraseTrie<V> keepingMarks() {
    return new PhraseTrie<>(true);
  }

  private String norm(CharSequence s) {
    return keepMarks ? Fold.lowerKeepMarks(s) : Fold.fold(s);
  }

  /** Adds {@code phrase} with {@code value}; blank phrases are ignored. */
  public void add(String phrase, V value) {
    String f = norm(phrase.strip());
    if (f.isEmpty()) return;
    Node<V> n = root;
    firsts[f.charAt(0) >>> 6] |= 1L << f.charAt(0);
    for (int i = 0; i < f.length(); i++) n = n.getOrAdd(f.charAt(i));
    if (n.values == null) n.values = new ArrayList<>(1);
    if (!n.values.contains(value)) n.values.add(value);
    size++;
  }

  public int size() {
    return size;
  }

  /** {@return every occurrence in {@code text}, overlapping ones included, in start order} */
  public List<Match<V>> findAll(CharSequence original) {
    List<Match<V>> out = new ArrayList<>();
    CharSequence text = original;
    String folded = norm(original);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char first = folded.charAt(i);
      if ((firsts[first >>> 6] & 1L << first) == 0) continue;
      if (!Scripts.isBoundary(text, i) && !Scripts.isUnspacedScript(text.charAt(i))) continue;
      Node<V> node = root;
      for (int j = i; j < n; j++) {
        node = node.get(folded.charAt(j));
        if (node == null) break;
        if (node.values != null && (Scripts.isBoundary(text, j + 1) || Scripts.isUnspacedScript(text.charAt(j)))) {
          out.add(new Match<>(new Span(i, j + 1), List.copyOf(node.values)));
        }
      }
    }
    return out;
  }

  /** {@return the longest phrase starting exactly at {@code start}, if any} */
  public @org.jspecify.annotations.Nullable Match<V> longestAt(CharSequence text, int start) {
    Node<V> node = root;
    Match<V> best = null;
    for (int j = start; j < text.length(); j++) {
      char c = text.charAt(j);
      node = node.get(keepMarks ? Fold.lower(c) : Fold.fold(c));
      if (node == null) break;
      if (node.values != null && (Scripts.isBoundary(text, j + 1) || Scripts.isUnspacedScript(text.charAt(j)))) {
        best = new Match<>(new Span(start, j + 1), List.copyOf(node.values));
      }
    }
    return best;
  }

  /** Keeps the longest of overlapping matches, leftmost first among equals. */
  public static <V> List<Match<V>> longestNonOverlapping(List<Match<V>> matches) {
    List<Match<V>> sorted = new ArrayList<>(matches);
    sorted.sort(
        (a, b) ->
            a.span().length() != b.span().length()
                ? Integer.compare(b.span().length(), a.span().length())
                : Integer.compare(a.span().start(), b.span().start()));
    List<Match<V>> kept = new ArrayList<>();
    for (Match<V> m : sorted) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(m.span()))) kept.add(m);
    }
    kept.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    return kept;
  }
}
