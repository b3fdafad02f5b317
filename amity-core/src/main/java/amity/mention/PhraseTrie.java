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

  // Children in parallel arrays rather than a map of boxed characters, since lookups run at every
  // position of every text: a scan while there are few (most nodes have one or two), an
  // open-addressing table once there are many (the root has hundreds).
  private static final class Node<V> {
    private static final char[] NO_KEYS = {};
    private static final int SCANNED = 8;
    char[] keys = NO_KEYS;
    @SuppressWarnings("unchecked")
    Node<V>[] kids = new Node[0];
    char @org.jspecify.annotations.Nullable [] slotKeys;
    Node<V> @org.jspecify.annotations.Nullable [] slotKids;
    int shift;
    List<V> values;

    @org.jspecify.annotations.Nullable Node<V> get(char c) {
      Node<V>[] table = slotKids;
      if (table == null) {
        char[] k = keys;
        for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
        return null;
      }
      int mask = table.length - 1;
      Node<V> n;
      for (int i = (c * 0x9E3779B1) >>> shift; (n = table[i]) != null; i = (i + 1) & mask) {
        if (slotKeys[i] == c) return n;
      }
      return null;
    }

    Node<V> getOrAdd(char c) {
      Node<V> found = get(c);
      if (found != null) return found;
      Node<V> n = new Node<>();
      keys = Arrays.copyOf(keys, keys.length + 1);
      keys[keys.length - 1] = c;
      kids = Arrays.copyOf(kids, kids.length + 1);
      kids[kids.length - 1] = n;
      if (keys.length > SCANNED) {
        if (slotKids == null || keys.length * 2 > slotKids.length) {
          rehash(Integer.highestOneBit(keys.length) << 2);
        } else {
          put(c, n);
        }
      }
      return n;
    }

    @SuppressWarnings("unchecked")
    private void rehash(int capacity) {
      slotKeys = new char[capacity];
      slotKids = new Node[capacity];
      shift = 32 - Integer.numberOfTrailingZeros(capacity);
      for (int i = 0; i < keys.length; i++) put(keys[i], kids[i]);
    }

    private void put(char c, Node<V> n) {
      int mask = slotKids.length - 1;
      int i = (c * 0x9E3779B1) >>> shift;
      while (slotKids[i] != null) i = (i + 1) & mask;
      slotKeys[i] = c;
      slotKids[i] = n;
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

  /**
   * A text's chars and its folded chars under one fold, never written to once made: a caller that
   * looks one text (a story's, a sentence's) up in one trie after another makes it once ({@link
   * #text}, {@link #folded}, {@link #keepingMarks}) and hands it to each {@link #findAll(Text)},
   * rather than have every lookup fold the text again.
   *
   * @param keepMarks whether {@code folded} keeps diacritics (lower case only) or drops them too
   */
  public record Text(String text, boolean keepMarks, char[] chars, char[] folded) {
    /** {@return {@code text} folded as {@link PhraseTrie#PhraseTrie()} tries compare it: no case, no diacritics} */
    public static Text folded(String text) {
      char[] chars = text.toCharArray();
      return new Text(text, false, chars, Fold.fold(chars));
    }

    /** {@return {@code text} folded as {@link PhraseTrie#keepingMarks()} tries compare it: no case} */
    public static Text keepingMarks(String text) {
      char[] chars = text.toCharArray();
      return new Text(text, true, chars, Fold.lowerKeepMarks(chars));
    }
  }

  /** {@return {@code text} folded as this trie compares it, to hand to {@link #findAll(Text)} and tries that fold alike} */
  public Text text(String text) {
    return keepMarks ? Text.keepingMarks(text) : Text.folded(text);
  }

  /** {@return every occurrence in {@code text}, overlapping ones included, in start order} */
  public List<Match<V>> findAll(CharSequence original) {
    return findAll(text(original.toString()));
  }

  /**
   * {@return every occurrence in {@code t}, overlapping ones included, in start order} A text
   * folded the other way (with or without marks) than this trie compares is folded again.
   */
  public List<Match<V>> findAll(Text t) {
    Text f = t.keepMarks() == keepMarks ? t : text(t.text());
    List<Match<V>> out = new ArrayList<>();
    // Both texts as arrays: this runs over every position of every text, and String.charAt on
    // non-Latin-1 text (Vietnamese, Chinese) is a call with its own index check each time.
    char[] text = f.chars();
    char[] folded = f.folded();
    int n = text.length;
    for (int i = 0; i < n; i++) {
      char first = folded[i];
      if ((firsts[first >>> 6] & 1L << first) == 0) continue;
      if (!Scripts.isBoundary(text, i) && !Scripts.isUnspacedScript(text[i])) continue;
      Node<V> node = root;
      for (int j = i; j < n; j++) {
        node = node.get(folded[j]);
        if (node == null) break;
        if (node.values != null && (Scripts.isBoundary(text, j + 1) || Scripts.isUnspacedScript(text[j]))) {
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
