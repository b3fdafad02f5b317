package amity.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sentence with a part of speech for each token and a dependency tree over its tokens.
 *
 * <p>Tokens are numbered from 1, as in CoNLL-U: {@code heads.get(i - 1)} is the head of token
 * {@code i}, 0 for a token that hangs from the root. The tree is over exactly the sentence's
 * tokens; the canonical constructor checks sizes, ranges and that every token reaches the root
 * (no cycles). A parse by amity's parser has exactly one root token; a {@link #flat} parse has
 * every token at the root.
 *
 * <pre>{@code
 * ParsedSentence p = parser.parse(sentence, "en");
 * int said = p.root();                       // "said"
 * for (int c : p.children(said)) if (p.relation(c).equals("nsubj")) ...
 * Span clause = p.subtreeSpan(c);            // story offsets of the clause under c
 * }</pre>
 *
 * @param sentence the sentence, with its tokens and their spans in the story text
 * @param upos the Universal Dependencies part of speech of each token ({@code NOUN}, {@code
 *     VERB}, … ; {@code X} when unknown)
 * @param heads the head of each token: 0 for the root, else the 1-based index of another token
 * @param relations the relation of each token to its head: a universal relation ({@code nsubj},
 *     {@code obj}, {@code obl}, {@code conj}, {@code appos}, …) or one of the subtypes amity's
 *     parser keeps ({@code nsubj:pass}, {@code aux:pass}, {@code obl:agent}, {@code nmod:poss});
 *     {@code root} for the root
 */
public record ParsedSentence(Sentence sentence, List<String> upos, List<Integer> heads, List<String> relations) {
  public ParsedSentence {
    Objects.requireNonNull(sentence, "sentence must not be null");
    upos = List.copyOf(upos);
    heads = List.copyOf(heads);
    relations = List.copyOf(relations);
    int n = sentence.tokens().size();
    if (upos.size() != n || heads.size() != n || relations.size() != n) {
      throw new IllegalArgumentException(
          "a parse needs one part of speech, head and relation per token: " + n + " tokens, "
              + upos.size() + " parts of speech, " + heads.size() + " heads, " + relations.size() + " relations");
    }
    for (int i = 0; i < n; i++) {
      int h = heads.get(i);
      if (h < 0 || h > n || h == i + 1) {
        throw new IllegalArgumentException("bad head " + h + " of token " + (i + 1) + " in a sentence of " + n + " tokens");
      }
    }
    // every token reaches the root: walk up, marking tokens known to reach it
    byte[] state = new byte[n + 1]; // 0 unknown, 1 on the current walk, 2 reaches the root
    state[0] = 2;
    for (int i = 1; i <= n; i++) {
      int k = i;
      while (state[k] == 0) {
        state[k] = 1;
        k = heads.get(k - 1);
      }
      if (state[k] == 1) throw new IllegalArgumentException("the heads form a cycle through token " + k + ": " + heads);
      for (k = i; state[k] == 1; k = heads.get(k - 1)) state[k] = 2;
    }
  }

  /**
   * {@return a parse that knows nothing}: every token hangs from the root with relation {@code
   * dep} and part of speech {@code X} (what a parser without a model for the language gives)
   */
  public static ParsedSentence flat(Sentence sentence) {
    int n = sentence.tokens().size();
    return new ParsedSentence(
        sentence, Collections.nCopies(n, "X"), Collections.nCopies(n, 0), Collections.nCopies(n, "dep"));
  }

  /** {@return the number of tokens} */
  public int size() {
    return heads.size();
  }

  /** {@return token {@code i} (1-based)} */
  public Token token(int i) {
    return sentence.tokens().get(check(i) - 1);
  }

  /** {@return the head of token {@code i} (1-based): 0 for the root} */
  public int head(int i) {
    return heads.get(check(i) - 1);
  }

  /** {@return the relation of token {@code i} (1-based) to its head} */
  public String relation(int i) {
    return relations.get(check(i) - 1);
  }

  /** {@return the part of speech of token {@code i} (1-based)} */
  public String upos(int i) {
    return upos.get(check(i) - 1);
  }

  /** {@return the first token that hangs from the root (the only one in a parser's tree), or 0 when there are no tokens} */
  public int root() {
    return heads.indexOf(0) + 1;
  }

  /** {@return the dependents of token {@code i} (1-based; 0 gives the root's), in sentence order} */
  public List<Integer> children(int i) {
    if (i != 0) check(i);
    List<Integer> out = new ArrayList<>();
    for (int k = 0; k < heads.size(); k++) if (heads.get(k) == i) out.add(k + 1);
    return Collections.unmodifiableList(out);
  }

  /** {@return the tokens from {@code i} (1-based) up to its root token, both included} */
  public List<Integer> pathToRoot(int i) {
    List<Integer> out = new ArrayList<>();
    for (int k = check(i); k != 0; k = heads.get(k - 1)) out.add(k);
    return Collections.unmodifiableList(out);
  }

  /** {@return whether token {@code a} is {@code d} or above it in the tree (1-based)} */
  public boolean dominates(int a, int d) {
    check(a);
    for (int k = check(d); k != 0; k = heads.get(k - 1)) if (k == a) return true;
    return false;
  }

  /**
   * {@return the span in the story text from the first to the last token under {@code i}
   * (1-based), {@code i} included} (a subtree of a non-projective tree may leave gaps inside it)
   */
  public Span subtreeSpan(int i) {
    check(i);
    List<Token> tokens = sentence.tokens();
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (int k = 1; k <= tokens.size(); k++) {
      if (!dominates(i, k)) continue;
      Span s = tokens.get(k - 1).span();
      start = Math.min(start, s.start());
      end = Math.max(end, s.end());
    }
    return new Span(start, end);
  }

  private int check(int i) {
    if (i < 1 || i > heads.size()) {
      throw new IllegalArgumentException("token " + i + " out of range 1.." + heads.size());
    }
    return i;
  }
}
