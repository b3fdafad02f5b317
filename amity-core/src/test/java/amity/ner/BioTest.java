package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTest {
  @Test
  void iob1BecomesBio() {
    // CoNLL-2003: I- starts a chunk; B- only between two adjacent chunks of one type
    assertThat(Bio.normalise(List.of("I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG")))
        .containsExactly("B-PER", "I-PER", "B-PER", "O", "B-LOC", "B-ORG");
  }

  @Test
  void bioStaysAsItIs() {
    List<String> bio = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC");
    assertThat(Bio.normalise(bio)).isEqualTo(bio);
  }

  @Test
  void corpusTypesMapOntoOurs() {
    assertThat(Bio.normalise(List.of("B-NAME", "I-NAME", "B-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION", "B-AGE", "B-PATIENT_ID")))
        .containsExactly("B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG", "O", "O");
  }

  @Test
  void chunksFollowConlleval() {
    assertThat(Bio.chunks(List.of("B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG")))
        .containsExactly(
            new Bio.Chunk(0, 2, "PER"), new Bio.Chunk(3, 4, "LOC"), new Bio.Chunk(4, 5, "ORG"), new Bio.Chunk(5, 7, "ORG"));
    assertThat(Bio.chunks(List.of("O", "O"))).isEmpty();
    assertThat(Bio.chunks(List.of("I-MISC"))).containsExactly(new Bio.Chunk(0, 1, "MISC"));
  }
}
