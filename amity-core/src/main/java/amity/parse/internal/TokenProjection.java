package amity.parse.internal;

import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Carries a gold tree over treebank words to other tokens of the same text (amity's segmenter's),
 * by character spans. Stateless.
 *
 * <p>Each token stands for the highest word it overlaps (nearest the root; the first on a tie), so
 * a token that joins words (Spanish "del" = de + el, English "Kohl's" = Kohl + 's) takes the head
 * and relation of the word that heads the others ("de": {@code case}; "Kohl": {@code nmod:poss}).
 * The tokens that stand for one word (a word cut in pieces: Vietnamese "phỏng vấn" as two
 * syllables, Chinese 发言人 as 发言 | 人) hang from one of them, chosen by {@link ParseLanguage},
 * with {@code flat} for a proper noun, {@code compound} for another word, {@code punct} for a piece
 * without letters or digits; that piece heads them and takes the word's head and relation.
 */
public final class TokenProjection {
  private TokenProjection() {}

  /**
   * A tree over tokens.
   *
   * @param heads head of each token (index 0..m-1; 0 for the root, else a 1-based token)
   * @param relations relation of each token
   * @param upos part of speech of each token
   */
  public record Tree(int[] heads, String[] relations, String[] upos) {}

  /**
   * {@return the tree over {@code tokens}, or null when it cannot be carried over (no token covers
   * a word, or the result is not a tree)}; a token that covers no word (a no-break space the
   * segmenter kept) is punctuation of the token before it
   *
   * @param words spans of the words (multiword parts share their token's span)
   * @param heads gold head of each word (index 0..n-1; 0 for the root, else 1-based)
   * @param relations gold relation of each word
   * @param upos gold part of speech of each word
   * @param tokens spans of the tokens, in the same text
   * @param texts the tokens' text
   */
  public static @Nullable Tree project(
      List<Span> words, int[] heads, List<String> relations, List<String> upos, List<Span> tokens, List<String> texts, ParseLanguage language) {
    int n = words.size();
    int m = tokens.size();
    int[] depth = new int[n + 1];
    for (int w = 1; w <= n; w++) {
      int d = 0;
      for (int a = w; a != 0; a = heads[a - 1]) if (++d > n) return null;
      depth[w] = d;
    }
    int[] rep = new int[m];
    List<List<Integer>> groups = new ArrayList<>(n + 1);
    for (int w = 0; w <= n; w++) groups.add(new ArrayList<>());
    for (int t = 0; t < m; t++) {
      int best = sameSpan(words, tokens, t);
      if (best == 0) {
        for (int w = 1; w <= n; w++) {
          if (words.get(w - 1).overlaps(tokens.get(t)) && (best == 0 || depth[w] < depth[best])) best = w;
        }
      }
      rep[t] = best;
      if (best > 0) groups.get(best).add(t);
    }
    int orphans = 0;
    for (int r : rep) if (r == 0) orphans++;
    if (orphans == m) return null;
    int[] headToken = new int[n + 1]; // 0-based token heading each word's group, -1 for none
    for (int w = 1; w <= n; w++) headToken[w] = pick(groups.get(w), texts, "PROPN".equals(upos.get(w - 1)) || language.headFirst());
    int[] out = new int[m];
    String[] rel = new String[m];
    String[] pos = new String[m];
    for (int t = 0; t < m; t++) {
      int w = rep[t];
      if (w == 0) {
        // a token covering no word (white space the segmenter kept): punctuation of the token before
        out[t] = neighbour(rep, t) + 1;
        rel[t] = "punct";
        pos[t] = "PUNCT";
        continue;
      }
      int ht = headToken[w];
      boolean word = isWord(texts.get(t));
      if (t != ht) {
        out[t] = ht + 1;
        pos[t] = word ? upos.get(w - 1) : "PUNCT";
        rel[t] = !word ? "punct" : "PROPN".equals(upos.get(w - 1)) ? "flat" : "compound";
        continue;
      }
      pos[t] = upos.get(w - 1);
      rel[t] = relations.get(w - 1);
      int g = heads[w - 1];
      if (g == 0) {
        out[t] = 0;
      } else if (headToken[g] >= 0) {
        out[t] = headToken[g] + 1;
      } else {
        int first = -1;
        for (int k = 0; k < m && first < 0; k++) if (words.get(g - 1).overlaps(tokens.get(k))) first = k;
        if (first < 0) return null;
        out[t] = headToken[rep[first]] + 1;
      }
    }
    for (int t = 0; t < m; t++) {
      int steps = 0;
      for (int a = t + 1; a != 0; a = out[a - 1]) if (++steps > m || out[a - 1] == a) return null;
    }
    return new Tree(out, rel, pos);
  }

  /**
   * {@return the word that token {@code t} stands for when k tokens and k words (k &gt; 1) share
   * its span — the words of a multiword token and the pieces a {@link Splitter} cut it into — by
   * their order; 0 otherwise}
   */
  private static int sameSpan(List<Span> words, List<Span> tokens, int t) {
    Span span = tokens.get(t);
    int before = 0;
    int count = 0;
    for (int k = 0; k < tokens.size(); k++) {
      if (tokens.get(k).equals(span)) {
        count++;
        if (k < t) before++;
      }
    }
    if (count < 2) return 0;
    int seen = 0;
    int found = 0;
    for (int w = 0; w < words.size(); w++) {
      if (words.get(w).equals(span)) {
        if (seen == before) found = w + 1;
        seen++;
      }
    }
    return seen == count ? found : 0;
  }

  /** {@return the nearest token before {@code t} that covers a word, else the nearest after it} */
  private static int neighbour(int[] rep, int t) {
    for (int k = t - 1; k >= 0; k--) if (rep[k] != 0) return k;
    for (int k = t + 1; k < rep.length; k++) if (rep[k] != 0) return k;
    throw new IllegalStateException("no token covers a word");
  }

  /** {@return the first (or last) token of a group that holds a letter or digit, else its first; -1 for none} */
  private static int pick(List<Integer> group, List<String> texts, boolean first) {
    if (group.isEmpty()) return -1;
    int chosen = -1;
    for (int t : group) {
      if (isWord(texts.get(t))) {
        chosen = t;
        if (first) break;
      }
    }
    return chosen >= 0 ? chosen : group.get(0);
  }

  private static boolean isWord(String s) {
    return s.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
