package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Span;
import amity.text.IcuSegmenter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gold trees carried over to amity's tokens. */
class AmityTokensTest {
  private static final IcuSegmenter SEGMENTER = new IcuSegmenter();

  /** A sentence whose words are the space-separated parts of {@code text}, "_" standing for a space inside a word. */
  private static UdSentence sentence(String text, String upos, int[] heads, String rels) {
    List<String> forms = new ArrayList<>();
    List<Span> spans = new ArrayList<>();
    StringBuilder t = new StringBuilder();
    for (String w : text.split(" ")) {
      if (t.length() > 0) t.append(' ');
      String f = w.replace('_', ' ');
      spans.add(new Span(t.length(), t.length() + f.length()));
      t.append(f);
      forms.add(f);
    }
    List<Integer> h = new ArrayList<>();
    for (int x : heads) h.add(x);
    return new UdSentence("t", t.toString(), forms, List.of(upos.split(" ")), h, List.of(rels.split(" ")), spans);
  }

  @Test
  void aWordCutIntoSyllablesHangsFromItsFirst() {
    // Vietnamese: "Thủ tướng" is in amity's lexicon and stays whole, "phê duyệt" is not and is cut
    UdSentence s = sentence("Thủ_tướng Phạm_Minh_Chính phê_duyệt dự_án .", "NOUN PROPN VERB NOUN PUNCT",
        new int[] {3, 1, 0, 3, 3}, "nsubj appos root obj punct");
    UdSentence c = AmityTokens.project(s, "vi", SEGMENTER).orElseThrow();
    assertThat(c.forms()).containsExactly("Thủ tướng", "Phạm", "Minh", "Chính", "phê", "duyệt", "dự án", ".");
    // a proper noun's syllables are flat under the first, another word's compound under the first
    assertThat(c.heads()).containsExactly(5, 1, 2, 2, 0, 5, 5, 5);
    assertThat(c.relations()).containsExactly("nsubj", "appos", "flat", "flat", "root", "compound", "obj", "punct");
    assertThat(c.upos()).containsExactly("NOUN", "PROPN", "PROPN", "PROPN", "VERB", "VERB", "NOUN", "PUNCT");
    assertThat(c.spans().get(4)).isEqualTo(new Span(26, 29));
  }

  @Test
  void aTokenJoiningWordsTakesTheHighestWordsPlace() {
    // English: "Kohl 's visit ended ." where amity keeps "Kohl's" whole
    UdSentence s = new UdSentence("t", "Kohl's visit ended .", List.of("Kohl", "'s", "visit", "ended", "."),
        List.of("PROPN", "PART", "NOUN", "VERB", "PUNCT"), List.of(3, 1, 4, 0, 4),
        List.of("nmod:poss", "case", "nsubj", "root", "punct"),
        List.of(new Span(0, 4), new Span(4, 6), new Span(7, 12), new Span(13, 18), new Span(19, 20)));
    UdSentence c = AmityTokens.project(s, "en", SEGMENTER).orElseThrow();
    assertThat(c.forms()).containsExactly("Kohl's", "visit", "ended", ".");
    assertThat(c.heads()).containsExactly(2, 3, 0, 3);
    assertThat(c.relations()).containsExactly("nmod:poss", "nsubj", "root", "punct");
  }

  @Test
  void aSpanishContractionIsItsPreposition() throws Exception {
    UdSentence c = AmityTokens.project(ConlluTest.sample().get(0), "es", SEGMENTER).orElseThrow();
    assertThat(c.forms()).containsExactly("El", "presidente", "del", "Gobierno", "dijo", "que", "visitará", "Cuba", ".");
    assertThat(c.relations().get(2)).isEqualTo("case");
    assertThat(c.heads()).containsExactly(2, 5, 4, 2, 0, 7, 5, 7, 5);
  }

  @Test
  void theWordsAModelReadsFollowTheTreebank() throws Exception {
    // Spanish "del" is cut again into de + el, whose gold tree comes back whole
    UdSentence es = ConlluTest.sample().get(0);
    UdSentence words = AmityTokens.projectWords(es, "es", SEGMENTER).orElseThrow();
    assertThat(words.forms()).containsExactly("El", "presidente", "de", "el", "Gobierno", "dijo", "que", "visitará", "Cuba", ".");
    assertThat(words.heads()).isEqualTo(es.heads());
    assertThat(words.relations()).isEqualTo(es.relations());
    // English "Kohl's" as Kohl + 's, each with its part of the span
    UdSentence en = AmityTokens.projectWords(ConlluTest.sample().get(1), "en", SEGMENTER).orElseThrow();
    assertThat(en.forms()).containsExactly("Kohl", "'s", "visit");
    assertThat(en.relations()).containsExactly("nmod:poss", "case", "root");
    assertThat(en.spans()).containsExactly(new Span(0, 4), new Span(4, 6), new Span(7, 12));
  }

  @Test
  void aChineseWordCutInTwoHangsFromItsLastPiece() {
    // 发言人 is one treebank word; ICU's dictionary cuts it 发言 | 人
    UdSentence s = sentence("发言人 说", "NOUN VERB", new int[] {2, 0}, "nsubj root");
    List<String> tokens = AmityTokens.tokens(s, "zh", SEGMENTER).stream().map(t -> t.text()).toList();
    UdSentence c = AmityTokens.project(s, "zh", SEGMENTER).orElseThrow();
    assertThat(c.forms()).isEqualTo(tokens);
    if (tokens.equals(List.of("发言", "人", "说"))) {
      assertThat(c.heads()).containsExactly(2, 3, 0);
      assertThat(c.relations()).containsExactly("compound", "nsubj", "root");
    }
  }

  @Test
  void aTokenCoveringNoWordIsPunctuationOfTheOneBefore() {
    // the segmenter keeps a no-break space as a token; no word covers it
    UdSentence s = new UdSentence("t", "they have\u00A0been", List.of("they", "have", "been"), List.of("PRON", "AUX", "AUX"),
        List.of(3, 3, 0), List.of("nsubj", "aux", "root"), List.of(new Span(0, 4), new Span(5, 9), new Span(10, 14)));
    UdSentence c = AmityTokens.project(s, "en", SEGMENTER).orElseThrow();
    assertThat(c.forms()).containsExactly("they", "have", "\u00A0", "been");
    assertThat(c.heads()).containsExactly(4, 4, 2, 0);
    assertThat(c.relations()).containsExactly("nsubj", "aux", "punct", "root");
    // what a model reads leaves it out, as the parser does
    assertThat(AmityTokens.projectWords(s, "en", SEGMENTER).orElseThrow().forms()).containsExactly("they", "have", "been");
  }

  @Test
  void aSentenceWhoseWordsAreNotInItsTextIsLeftOut() {
    UdSentence s = new UdSentence("t", "a b", List.of("a", "b"), List.of("X", "X"), List.of(0, 1), List.of("root", "dep"), List.of());
    assertThat(AmityTokens.project(s, "en", SEGMENTER)).isEmpty();
  }
}
