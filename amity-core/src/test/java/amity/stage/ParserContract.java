package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.testkit.RealText;
import amity.text.IcuSegmenter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What any {@link Parser} owes its callers, on the sentences of real news in four languages (the
 * per-model checks of trees stay in {@code ParserContractTest}).
 */
public abstract class ParserContract {
  /** {@return the implementation under test} */
  protected abstract Parser parser();

  /** Asserts that {@code p} is a tree over exactly the tokens of {@code s}. */
  public static void assertTreeOver(Sentence s, ParsedSentence p) {
    assertThat(p.sentence()).isSameAs(s);
    assertThat(p.size()).isEqualTo(s.tokens().size());
    for (int i = 1; i <= p.size(); i++) {
      assertThat(p.head(i)).as("head of %d", i).isBetween(0, p.size());
      assertThat(p.pathToRoot(i)).as("path of %d to the root", i).hasSizeLessThanOrEqualTo(p.size());
      assertThat(p.upos(i)).isNotBlank();
      assertThat(p.relation(i)).isNotBlank();
      assertThat(s.span().contains(p.subtreeSpan(i))).as("subtree of %d inside %s", i, s.span()).isTrue();
    }
    if (p.size() > 0) assertThat(p.children(0)).as("a root").isNotEmpty();
  }

  @Test
  void nullsAreCallerBugs() {
    Sentence s = new IcuSegmenter().segment("The minister arrived.", "en").get(0);
    assertThrows(NullPointerException.class, () -> parser().parse(null, "en"));
    assertThrows(NullPointerException.class, () -> parser().parse(s, null));
  }

  @Test
  void realSentencesGetATreeOverTheirTokensTheSameEachTime() {
    Map<String, String> news = RealText.news();
    news.forEach((lang, text) -> {
      for (Sentence s : new IcuSegmenter().segment(text, lang)) {
        ParsedSentence p = parser().parse(s, lang);
        assertTreeOver(s, p);
        assertThat(parser().parse(s, lang)).as(lang + ": " + s.text()).isEqualTo(p);
        assertThrows(UnsupportedOperationException.class, () -> p.heads().clear());
      }
    });
  }

  @Test
  void oddSentencesAreParsedWithoutAnException() {
    List<Token> odd = List.of(new Token(new Span(0, 1), "\u0301"), new Token(new Span(1, 3), "😀"), new Token(new Span(3, 4), "."));
    for (String lang : List.of("en", "es", "vi", "zh", "und")) {
      Sentence marks = new Sentence(new Span(0, 4), "\u0301😀.", odd);
      assertTreeOver(marks, parser().parse(marks, lang));
      Sentence empty = new Sentence(new Span(3, 3), "", List.of());
      assertThat(parser().parse(empty, lang).size()).isZero();
      String words = "word ".repeat(400);
      for (Sentence s : new IcuSegmenter().segment(words, lang)) assertTreeOver(s, parser().parse(s, lang));
    }
  }
}
