package amity.parse.internal;

import java.util.Arrays;

/**
 * The arc-eager transition system (Nivre 2003) without a root token on the stack, and its dynamic
 * oracle (Goldberg and Nivre 2012, with the refinement of their 2013 paper that a stack token
 * which already has a head cannot lose one).
 *
 * <p>Tokens are numbered 1..n. Parsing starts with an empty stack and all tokens in the buffer and
 * ends when the buffer is empty; tokens left without a head then hang from the root ({@link
 * State#heads}). Every projective tree is reachable, and a token whose gold head is the root is
 * simply never given a head.
 *
 * <p>Design decision: with no root token on the stack the parser cannot commit early to a root
 * by a right arc from it; the root is whatever stays headless (the caller picks one if several
 * do).
 */
public final class ArcEager {
  /** Push the front of the buffer. */
  public static final int SHIFT = 0;
  /** Pop the top of the stack (it has a head). */
  public static final int REDUCE = 1;
  /** The front of the buffer becomes the head of the top of the stack, which is popped. */
  public static final int LEFT = 2;
  /** The top of the stack becomes the head of the front of the buffer, which is pushed. */
  public static final int RIGHT = 3;
  /** The number of moves. */
  public static final int MOVES = 4;

  private static final String[] NAMES = {"SHIFT", "REDUCE", "LEFT", "RIGHT"};

  private ArcEager() {}

  /** {@return the name of a move} */
  public static String name(int move) {
    return NAMES[move];
  }

  /** A configuration: stack, buffer and the arcs made so far, with what features read of them. Not thread-safe. */
  public static final class State {
    private final int n;
    private final int[] stack;
    private int depth;
    private int next = 1;
    private final boolean[] inStack;
    /** Head of each token (index 1..n), -1 while it has none. */
    final int[] head;
    /** Relation id of each token's arc, -1 while it has none. */
    final int[] label;
    /** Leftmost and second leftmost, rightmost and second rightmost dependents, -1 when none. */
    final int[] lc1;
    final int[] lc2;
    final int[] rc1;
    final int[] rc2;
    /** Number of left and right dependents. */
    final int[] nLeft;
    final int[] nRight;
    /** Relations of the left and right dependents, as bit sets. */
    final long[] leftLabels;
    final long[] rightLabels;

    /** The initial state of a sentence of {@code n} tokens. */
    public State(int n) {
      this.n = n;
      stack = new int[n + 1];
      inStack = new boolean[n + 2];
      head = new int[n + 1];
      label = new int[n + 1];
      lc1 = new int[n + 1];
      lc2 = new int[n + 1];
      rc1 = new int[n + 1];
      rc2 = new int[n + 1];
      nLeft = new int[n + 1];
      nRight = new int[n + 1];
      leftLabels = new long[n + 1];
      rightLabels = new long[n + 1];
      Arrays.fill(head, -1);
      Arrays.fill(label, -1);
      Arrays.fill(lc1, -1);
      Arrays.fill(lc2, -1);
      Arrays.fill(rc1, -1);
      Arrays.fill(rc2, -1);
    }

    /** {@return the number of tokens} */
    public int size() {
      return n;
    }

    /** {@return the k-th token from the top of the stack (0: the top), or -1} */
    public int stack(int k) {
      return k < depth ? stack[depth - 1 - k] : -1;
    }

    /** {@return the k-th token of the buffer (0: the front), or -1} */
    public int buffer(int k) {
      return next + k <= n ? next + k : -1;
    }

    /** {@return the number of tokens on the stack} */
    public int depth() {
      return depth;
    }

    /** {@return whether the buffer is empty (parsing is over)} */
    public boolean terminal() {
      return next > n;
    }

    /** {@return the head of token {@code t} so far, or -1} */
    public int head(int t) {
      return head[t];
    }

    /** {@return the relation id of token {@code t} so far, or -1} */
    public int label(int t) {
      return label[t];
    }

    /** {@return whether {@code move} may be made now} */
    public boolean legal(int move) {
      if (next > n) return false;
      return switch (move) {
        case SHIFT -> true;
        case REDUCE -> depth > 0 && head[stack[depth - 1]] >= 0;
        case LEFT -> depth > 0 && head[stack[depth - 1]] < 0;
        case RIGHT -> depth > 0;
        default -> false;
      };
    }

    /** {@return the head {@code move} would attach, or -1 for a move that makes no arc} */
    public int arcHead(int move) {
      return move == LEFT ? next : move == RIGHT ? stack[depth - 1] : -1;
    }

    /** {@return the dependent {@code move} would attach, or -1 for a move that makes no arc} */
    public int arcDependent(int move) {
      return move == LEFT ? stack[depth - 1] : move == RIGHT ? next : -1;
    }

    /**
     * Makes a legal move; {@code relation} is the id of the arc's relation for {@link #LEFT} and
     * {@link #RIGHT} (ignored otherwise).
     */
    public void apply(int move, int relation) {
      if (!legal(move)) throw new IllegalStateException(name(move) + " is not legal now");
      switch (move) {
        case SHIFT -> push(next++);
        case REDUCE -> pop();
        case LEFT -> arc(next, pop(), relation);
        case RIGHT -> {
          arc(stack[depth - 1], next, relation);
          push(next++);
        }
        default -> throw new IllegalArgumentException("no move " + move);
      }
    }

    private void push(int t) {
      stack[depth++] = t;
      inStack[t] = true;
    }

    private int pop() {
      int t = stack[--depth];
      inStack[t] = false;
      return t;
    }

    /**
     * Gives a token left without a head at the end of parsing the head {@code h} (the parser's
     * way to keep to one root).
     */
    public void attach(int h, int d, int relation) {
      if (!terminal() || head[d] >= 0 || h < 1 || h > n || h == d) {
        throw new IllegalStateException("cannot attach " + d + " to " + h + " now");
      }
      arc(h, d, relation);
    }

    /** Sets the relation of a token without a head (the root). */
    public void setRootRelation(int t, int relation) {
      if (head[t] >= 0) throw new IllegalStateException("token " + t + " has a head");
      label[t] = relation;
    }

    /** Adds the arc {@code h -> d}. */
    void arc(int h, int d, int relation) {
      head[d] = h;
      label[d] = relation;
      long bit = 1L << (relation & 63);
      if (d < h) {
        nLeft[h]++;
        leftLabels[h] |= bit;
        if (lc1[h] < 0 || d < lc1[h]) {
          lc2[h] = lc1[h];
          lc1[h] = d;
        } else if (lc2[h] < 0 || d < lc2[h]) {
          lc2[h] = d;
        }
      } else {
        nRight[h]++;
        rightLabels[h] |= bit;
        if (d > rc1[h]) {
          rc2[h] = rc1[h];
          rc1[h] = d;
        } else if (d > rc2[h]) {
          rc2[h] = d;
        }
      }
    }

    /** {@return the heads of tokens 1..n at index 0..n-1, headless tokens at 0 (the root)} */
    public int[] heads() {
      int[] out = new int[n];
      for (int t = 1; t <= n; t++) out[t - 1] = Math.max(0, head[t]);
      return out;
    }

    /**
     * {@return how many arcs of the gold tree a legal {@code move} makes unreachable}
     *
     * @param gold the gold head of each token (index 1..n; 0 for the root)
     * @param deps the gold dependents of each token (index 1..n)
     */
    public int cost(int move, int[] gold, int[][] deps) {
      int b = next;
      int s = depth > 0 ? stack[depth - 1] : -1;
      int c = 0;
      switch (move) {
        case LEFT -> {
          // s loses a head still to come in the buffer (or the root), and its dependents there
          int g = gold[s];
          if (g == 0 || g > b) c++;
          for (int k : deps[s]) if (k >= b) c++;
        }
        case RIGHT -> {
          int g = gold[b];
          if (g != s && (g == 0 || g > b || inStack[g])) c++;
          for (int k : deps[b]) if (inStack[k] && head[k] < 0) c++;
        }
        case REDUCE -> {
          for (int k : deps[s]) if (k >= b) c++;
        }
        case SHIFT -> {
          int g = gold[b];
          if (g > 0 && inStack[g]) c++;
          for (int k : deps[b]) if (inStack[k] && head[k] < 0) c++;
        }
        default -> throw new IllegalArgumentException("no move " + move);
      }
      return c;
    }
  }

  /** {@return the dependents of each token (index 0..n) of a tree given by {@code gold} (index 1..n)} */
  public static int[][] dependents(int[] gold) {
    int n = gold.length - 1;
    int[] count = new int[n + 1];
    for (int t = 1; t <= n; t++) count[gold[t]]++;
    int[][] out = new int[n + 1][];
    for (int t = 0; t <= n; t++) out[t] = new int[count[t]];
    int[] fill = new int[n + 1];
    for (int t = 1; t <= n; t++) out[gold[t]][fill[gold[t]]++] = t;
    return out;
  }

  /**
   * {@return the moves of the static oracle for a projective tree}: at each step the first
   * zero-cost move in the order LEFT, RIGHT, REDUCE, SHIFT
   *
   * @param gold the gold head of each token (index 1..n; 0 for the root)
   * @throws IllegalArgumentException when no move is free of cost (the tree is not projective)
   */
  public static int[] oracle(int[] gold) {
    int n = gold.length - 1;
    int[][] deps = dependents(gold);
    State st = new State(n);
    int[] moves = new int[2 * n];
    int m = 0;
    int[] order = {LEFT, RIGHT, REDUCE, SHIFT};
    while (!st.terminal()) {
      int chosen = -1;
      for (int mv : order) {
        if (st.legal(mv) && st.cost(mv, gold, deps) == 0) {
          chosen = mv;
          break;
        }
      }
      if (chosen < 0) throw new IllegalArgumentException("no zero-cost move: the tree is not projective");
      st.apply(chosen, 0);
      moves[m++] = chosen;
    }
    return Arrays.copyOf(moves, m);
  }
}
