package amity.ner.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.ner.corpus.TaggedSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {
  private static TaggedSentence gold(String... tags) {
    List<String> t = List.of(tags);
    return new TaggedSentence(t.stream().map(x -> "w").toList(), t);
  }

  @Test
  void matchesHandComputedConllevalNumbers() {
    // gold: PER[0,2) LOC[3,4) | ORG[0,3) PER[4,5)            = 4 entities
    // pred: PER[0,2) LOC[3,5) | ORG[0,3) PER[4,5) LOC[5,6)   = 5 entities, 3 exact
    List<TaggedSentence> gold =
        List.of(gold("B-PER", "I-PER", "O", "B-LOC", "O"), gold("B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "O"));
    List<List<String>> pred =
        List.of(
            List.of("B-PER", "I-PER", "O", "B-LOC", "I-LOC"),
            List.of("B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "B-LOC"));
    NerEvaluation.Report r = NerEvaluation.evaluate(gold, pred);
    assertThat(r.overall().gold()).isEqualTo(4);
    assertThat(r.overall().predicted()).isEqualTo(5);
    assertThat(r.overall().correct()).isEqualTo(3);
    assertThat(r.overall().precision()).isCloseTo(0.6, within(1e-9));
    assertThat(r.overall().recall()).isCloseTo(0.75, within(1e-9));
    assertThat(r.overall().f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-9));
    assertThat(r.types().get("PER").f1()).isEqualTo(1.0);
    assertThat(r.types().get("LOC").precision()).isEqualTo(0.0);
    assertThat(r.types().get("LOC").recall()).isEqualTo(0.0);
    assertThat(r.types().get("LOC").predicted()).isEqualTo(2);
    assertThat(r.types().get("ORG").f1()).isEqualTo(1.0);
    assertThat(r.accuracy()).isCloseTo(9.0 / 11, within(1e-9));
    assertThat(r.types().keySet()).containsExactly("LOC", "ORG", "PER");
    assertThat(r.format())
        .contains("processed 11 tokens with 4 phrases; found: 5 phrases; correct: 3.")
        .contains("precision:  60.00%; recall:  75.00%; FB1:  66.67")
        .contains("LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  2");
  }

  @Test
  void strayInsideTagStartsAChunkAsInConlleval() {
    NerEvaluation.Report r = NerEvaluation.evaluate(List.of(gold("B-PER", "I-PER")), List.of(List.of("I-PER", "I-PER")));
    assertThat(r.overall().correct()).isEqualTo(1);
  }

  @Test
  void lengthsMustAgree() {
    assertThrows(
        IllegalArgumentException.class,
        () -> NerEvaluation.evaluate(List.of(gold("O", "O")), List.of(List.of("O"))));
  }
}
