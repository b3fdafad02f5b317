package amity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedSentenceTest {
  /** "Kohl met Chirac and Blair ." with offsets 100 characters into a story. */
  private static Sentence sentence() {
    String text = "Kohl met Chirac and Blair .";
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      tokens.add(new Token(new Span(100 + at, 100 + at + w.length()), w));
      at += w.length() + 1;
    }
    return new Sentence(new Span(100, 100 + text.length()), text, tokens);
  }

  private static ParsedSentence parsed() {
    return new ParsedSentence(sentence(),
        List.of("PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "PUNCT"),
        List.of(2, 0, 2, 5, 3, 2),
        List.of("nsubj", "root", "obj", "cc", "conj", "punct"));
  }

  @Test
  void accessorsAreOneBasedAndFollowTheTree() {
    ParsedSentence p = parsed();
    assertThat(p.size()).isEqualTo(6);
    assertThat(p.root()).isEqualTo(2);
    assertThat(p.token(2).text()).isEqualTo("met");
    assertThat(p.head(5)).isEqualTo(3);
    assertThat(p.relation(5)).isEqualTo("conj");
    assertThat(p.upos(4)).isEqualTo("CCONJ");
    assertThat(p.children(2)).containsExactly(1, 3, 6);
    assertThat(p.children(0)).containsExactly(2);
    assertThat(p.children(4)).isEmpty();
    assertThat(p.pathToRoot(4)).containsExactly(4, 5, 3, 2);
    assertThat(p.dominates(3, 4)).isTrue();
    assertThat(p.dominates(4, 3)).isFalse();
    // "Chirac and Blair" in story offsets
    assertThat(p.subtreeSpan(3)).isEqualTo(new Span(109, 125));
    assertThat(p.subtreeSpan(2)).isEqualTo(new Span(100, 127));
  }

  @Test
  void theTreeIsChecked() {
    Sentence s = sentence();
    List<String> upos = List.of("X", "X", "X", "X", "X", "X");
    List<String> rels = List.of("dep", "dep", "dep", "dep", "dep", "dep");
    assertThrows(IllegalArgumentException.class, () -> new ParsedSentence(s, upos, List.of(2, 0, 2), rels));
    assertThrows(IllegalArgumentException.class, () -> new ParsedSentence(s, upos, List.of(2, 0, 2, 5, 3, 7), rels));
    assertThrows(IllegalArgumentException.class, () -> new ParsedSentence(s, upos, List.of(2, 0, 3, 5, 3, 2), rels));
    // 3 -> 5 -> 3: a cycle
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ParsedSentence(s, upos, List.of(2, 0, 5, 5, 3, 2), rels));
    assertThat(e).hasMessageContaining("cycle");
    assertThrows(IllegalArgumentException.class, () -> parsed().token(0));
    assertThrows(IllegalArgumentException.class, () -> parsed().children(7));
  }

  @Test
  void aFlatParseHasEveryTokenAtTheRoot() {
    ParsedSentence p = ParsedSentence.flat(sentence());
    assertThat(p.heads()).containsOnly(0);
    assertThat(p.relations()).containsOnly("dep");
    assertThat(p.upos()).containsOnly("X");
    assertThat(p.root()).isEqualTo(1);
    assertThat(p.children(0)).hasSize(6);
    ParsedSentence empty = ParsedSentence.flat(new Sentence(new Span(0, 0), "", List.of()));
    assertThat(empty.size()).isZero();
    assertThat(empty.root()).isZero();
  }

  @Test
  void listsAreImmutable() {
    ParsedSentence p = parsed();
    assertThrows(UnsupportedOperationException.class, () -> p.heads().set(0, 0));
    assertThrows(UnsupportedOperationException.class, () -> p.children(2).clear());
  }
}
