package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.Labels;
import amity.ner.internal.Viterbi;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Label schemes: BIOES inside the model, BIO outside it. */
class LabelsTest {
  private final Labels bioes = new Labels(List.of("PER", "LOC"), Labels.Scheme.BIOES);

  @Test
  void bioesEncodesEndsAndSingletonsAndDecodesBackToBio() {
    List<String> bio = List.of("B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC");
    int[] ids = bioes.encode(bio);
    List<String> names = new java.util.ArrayList<>();
    for (int id : ids) names.add(bioes.name(id));
    assertThat(names).containsExactly("B-PER", "I-PER", "E-PER", "O", "S-LOC", "B-LOC", "E-LOC");
    assertThat(bioes.bio(ids)).isEqualTo(bio);
    assertThat(bioes.size()).isEqualTo(9);
    assertThat(bioes.type(bioes.id("S-LOC"))).isEqualTo(2);
  }

  @Test
  void bioesForbidsLeavingANameOpen() {
    assertThat(bioes.allowed(bioes.id("B-PER"), bioes.id("O"))).isFalse();
    assertThat(bioes.allowed(bioes.id("B-PER"), bioes.id("E-PER"))).isTrue();
    assertThat(bioes.allowed(bioes.id("E-PER"), bioes.id("I-PER"))).isFalse();
    assertThat(bioes.allowed(bioes.id("S-PER"), bioes.id("B-LOC"))).isTrue();
    assertThat(bioes.allowedEnd(bioes.id("I-LOC"))).isFalse();
    // one token that wants B-PER must become S-PER: a sentence cannot end on an open name
    float[] emit = new float[9];
    emit[bioes.id("B-PER")] = 5;
    emit[bioes.id("S-PER")] = 4;
    assertThat(Viterbi.decode(emit, 1, bioes, new float[81], new float[9])).containsExactly(bioes.id("S-PER"));
  }

  @Test
  void bioIsUnchanged() {
    Labels bio = new Labels(List.of("PER", "LOC"));
    assertThat(bio.toString()).isEqualTo("[O, B-PER, I-PER, B-LOC, I-LOC]");
    assertThat(bio.encode(List.of("B-PER", "I-PER", "B-LOC"))).containsExactly(1, 2, 3);
    assertThat(bio.allowed(bio.id("B-PER"), bio.id("O"))).isTrue();
    assertThat(bio.allowed(bio.id("I-PER"), bio.id("I-PER"))).isTrue();
  }
}
