package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.parse.internal.ArcEager;
import amity.parse.internal.Projectivizer;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The transition system and its oracles. */
class ArcEagerTest {
  /** {@return the heads (index 1..n) the moves build} */
  static int[] run(int n, int[] moves) {
    ArcEager.State s = new ArcEager.State(n);
    for (int m : moves) s.apply(m, 0);
    assertThat(s.terminal()).isTrue();
    int[] h = new int[n + 1];
    System.arraycopy(s.heads(), 0, h, 1, n);
    return h;
  }

  /** A random projective tree over n tokens (index 1..n, 0 the root), built by recursive splitting. */
  static int[] randomProjective(int n, Random r) {
    int[] h = new int[n + 1];
    build(1, n, 0, h, r);
    return h;
  }

  private static void build(int from, int to, int head, int[] h, Random r) {
    if (from > to) return;
    int root = from + r.nextInt(to - from + 1);
    h[root] = head;
    build(from, root - 1, root, h, r);
    build(root + 1, to, root, h, r);
  }

  @Test
  void theStaticOracleRebuildsAProjectiveTree() {
    // "Foreign Minister X said on Tuesday that President Y would visit China ."
    int[] gold = {0, 2, 3, 4, 0, 6, 4, 11, 9, 11, 11, 4, 11, 4};
    int[] moves = ArcEager.oracle(gold);
    assertThat(run(gold.length - 1, moves)).containsExactly(gold);
    // every token enters the stack once (shift or right arc); left arcs and reduces pop
    long pops = Arrays.stream(moves).filter(m -> m == ArcEager.LEFT || m == ArcEager.REDUCE).count();
    assertThat(moves.length).isEqualTo(gold.length - 1 + (int) pops);
  }

  @Test
  void theStaticOracleRebuildsRandomProjectiveTrees() {
    Random r = new Random(5);
    for (int k = 0; k < 2000; k++) {
      int[] gold = randomProjective(1 + r.nextInt(40), r);
      assertThat(Projectivizer.isProjective(gold)).isTrue();
      assertThat(run(gold.length - 1, ArcEager.oracle(gold))).containsExactly(gold);
    }
  }

  @Test
  void anyPathOfZeroCostMovesRebuildsTheTree() {
    Random r = new Random(11);
    for (int k = 0; k < 500; k++) {
      int[] gold = randomProjective(1 + r.nextInt(30), r);
      int[][] deps = ArcEager.dependents(gold);
      ArcEager.State s = new ArcEager.State(gold.length - 1);
      while (!s.terminal()) {
        int[] free = new int[ArcEager.MOVES];
        int nFree = 0;
        for (int m = 0; m < ArcEager.MOVES; m++) if (s.legal(m) && s.cost(m, gold, deps) == 0) free[nFree++] = m;
        assertThat(nFree).as("a zero-cost move exists").isPositive();
        s.apply(free[r.nextInt(nFree)], 0);
      }
      int[] h = new int[gold.length];
      System.arraycopy(s.heads(), 0, h, 1, gold.length - 1);
      assertThat(h).containsExactly(gold);
    }
  }

  @Test
  void aCostIsTheNumberOfGoldArcsLost() {
    Random r = new Random(3);
    for (int k = 0; k < 300; k++) {
      int[] gold = randomProjective(2 + r.nextInt(25), r);
      int[][] deps = ArcEager.dependents(gold);
      ArcEager.State s = new ArcEager.State(gold.length - 1);
      int lost = 0;
      while (!s.terminal()) {
        int[] legal = java.util.stream.IntStream.range(0, ArcEager.MOVES).filter(s::legal).toArray();
        int m = legal[r.nextInt(legal.length)];
        lost += s.cost(m, gold, deps);
        s.apply(m, 0);
      }
      int right = 0;
      int[] heads = s.heads();
      for (int t = 1; t < gold.length; t++) if (heads[t - 1] == gold[t]) right++;
      // the costs of a random path add up to the arcs it got wrong (arc-decomposition)
      assertThat(lost).isEqualTo(gold.length - 1 - right);
    }
  }

  @Test
  void illegalMovesAreRefused() {
    ArcEager.State s = new ArcEager.State(2);
    assertThat(s.legal(ArcEager.LEFT)).isFalse();
    assertThat(s.legal(ArcEager.REDUCE)).isFalse();
    assertThrows(IllegalStateException.class, () -> s.apply(ArcEager.RIGHT, 0));
    s.apply(ArcEager.SHIFT, 0);
    s.apply(ArcEager.LEFT, 0);
    assertThat(s.head(1)).isEqualTo(2);
    assertThat(s.legal(ArcEager.REDUCE)).isFalse();
  }

  @Test
  void nonProjectiveTreesAreLiftedForTraining() {
    // "A hearing is scheduled on the issue today ." (the classic crossing arc: "on" -> "hearing")
    int[] gold = {0, 2, 4, 4, 0, 2, 7, 5, 4, 4};
    assertThat(Projectivizer.isProjective(gold)).isFalse();
    assertThrows(IllegalArgumentException.class, () -> ArcEager.oracle(gold));
    int[] lifted = Projectivizer.lift(gold);
    assertThat(Projectivizer.isProjective(lifted)).isTrue();
    // "on the issue" moves up from "hearing" to "scheduled"; nothing else changes
    assertThat(lifted).containsExactly(0, 2, 4, 4, 0, 4, 7, 5, 4, 4);
    assertThat(run(gold.length - 1, ArcEager.oracle(lifted))).containsExactly(lifted);
  }
}
