package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.Labels;
import amity.ner.internal.Viterbi;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViterbiTest {
  private final Labels labels = new Labels(List.of("PER", "LOC")); // O B-PER I-PER B-LOC I-LOC

  @Test
  void followsEmissionsWhenTransitionsAreNeutral() {
    float[] emit = {
      0, 5, 0, 0, 0, // B-PER
      0, 0, 5, 0, 0, // I-PER
      5, 0, 0, 0, 0, // O
      0, 0, 0, 5, 0 // B-LOC
    };
    int[] best = Viterbi.decode(emit, 4, labels, new float[25], new float[5]);
    assertThat(best).containsExactly(1, 2, 0, 3);
  }

  @Test
  void neverStartsWithInsideNorCrossesTypes() {
    float[] emit = {
      0, 0, 9, 0, 0, // I-PER wanted at the start: forbidden
      0, 0, 0, 0, 9 // I-LOC after PER: forbidden
    };
    int[] best = Viterbi.decode(emit, 2, labels, new float[25], new float[5]);
    // the best valid path opens the LOC chunk so that I-LOC may follow
    assertThat(best).containsExactly(3, 4);
    assertThat(labels.allowedStart(2)).isFalse();
    assertThat(labels.allowed(1, 4)).isFalse();
  }

  @Test
  void transitionsCanOverrideWeakEmissions() {
    float[] emit = {
      0, 3, 0, 0, 0, // B-PER
      1, 0, 0.9f, 0, 0 // slightly O
    };
    float[] trans = new float[25];
    trans[1 * 5 + 2] = 1; // B-PER -> I-PER is likely
    assertThat(Viterbi.decode(emit, 2, labels, trans, new float[5])).containsExactly(1, 2);
  }

  @Test
  void positionDependentEdgeScoresCount() {
    float[] emit = {
      0, 3, 0, 0, 0, // B-PER
      1, 0, 0.9f, 0, 0 // slightly O
    };
    float[] edge = new float[2 * 25];
    edge[25 + 1 * 5 + 2] = 1; // into token 1: B-PER -> I-PER
    assertThat(Viterbi.decode(emit, 2, labels, new float[25], new float[5], null)).containsExactly(1, 0);
    assertThat(Viterbi.decode(emit, 2, labels, new float[25], new float[5], edge)).containsExactly(1, 2);
  }

  @Test
  void emptySentence() {
    assertThat(Viterbi.decode(new float[0], 0, labels, new float[25], new float[5])).isEmpty();
  }
}
