package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.Sentence;
import amity.model.Token;
import amity.testkit.RealText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What any {@link Segmenter} owes its callers, in the manner of Lucene's
 * BaseTokenStreamTestCase: offsets never go backwards, stay inside the text, and the text at an
 * offset is the text reported.
 */
public abstract class SegmenterContract {
  /** {@return the implementation under test} */
  protected abstract Segmenter segmenter();

  private static final List<String> LANGS = List.of("en", "es", "vi", "zh", "und", "fr");

  /** Asserts the offsets of {@code sentences} against {@code text}. */
  public static void assertConsistentOffsets(String text, List<Sentence> sentences) {
    int lastSentenceEnd = 0;
    for (Sentence s : sentences) {
      assertThat(s.span().start()).as("sentence %s goes forward", s.span()).isGreaterThanOrEqualTo(lastSentenceEnd);
      assertThat(s.span().end()).as("sentence %s inside %d chars", s.span(), text.length()).isLessThanOrEqualTo(text.length());
      assertThat(s.text()).as("sentence text at %s", s.span()).isEqualTo(s.span().of(text));
      lastSentenceEnd = s.span().end();
      int lastTokenEnd = s.span().start();
      for (Token t : s.tokens()) {
        assertThat(t.span().start()).as("token %s goes forward in %s", t, s.span()).isGreaterThanOrEqualTo(lastTokenEnd);
        assertThat(s.span().contains(t.span())).as("token %s inside sentence %s", t, s.span()).isTrue();
        assertThat(t.span().length()).as("token %s is not empty", t).isPositive();
        assertThat(t.text()).as("token text at %s", t.span()).isEqualTo(t.span().of(text));
        lastTokenEnd = t.span().end();
      }
    }
  }

  @Test
  void nullsAreCallerBugs() {
    assertThrows(NullPointerException.class, () -> segmenter().segment(null, "en"));
    assertThrows(NullPointerException.class, () -> segmenter().segment("A sentence.", null));
  }

  @Test
  void anEmptyOrBlankTextHasNoSentences() {
    for (String lang : LANGS) {
      assertThat(segmenter().segment("", lang)).as(lang).isEmpty();
      assertThat(segmenter().segment(" \n\t ", lang)).as(lang).allSatisfy(s -> assertThat(s.tokens()).isEmpty());
    }
  }

  @Test
  void realNewsIsCutIntoSentencesAndWordsAtTheirOffsets() {
    Map<String, String> news = RealText.news();
    news.forEach((lang, text) -> {
      List<Sentence> sentences = segmenter().segment(text, lang);
      assertConsistentOffsets(text, sentences);
      assertThat(sentences).as(lang).hasSizeGreaterThan(3);
      assertThat(sentences.stream().flatMap(s -> s.tokens().stream()).filter(Token::isWord).count()).as(lang)
          .isGreaterThan(50);
      // Every letter or digit of the text is in some token.
      long letters = text.codePoints().filter(Character::isLetterOrDigit).count();
      long inTokens = sentences.stream().flatMap(s -> s.tokens().stream())
          .mapToLong(t -> t.text().codePoints().filter(Character::isLetterOrDigit).count()).sum();
      assertThat(inTokens).as(lang + ": letters and digits in tokens").isEqualTo(letters);
    });
  }

  @Test
  void theSameTextGivesTheSameSentencesInAnyLanguage() {
    Map<String, String> news = RealText.news();
    news.forEach((lang, text) -> {
      for (String as : LANGS) {
        List<Sentence> a = segmenter().segment(text, as);
        assertConsistentOffsets(text, a);
        assertThat(segmenter().segment(new String(text), as)).as(lang + " read as " + as).isEqualTo(a);
      }
    });
  }

  @Test
  void sentencesAndTokensCannotBeChangedByTheirReader() {
    List<Sentence> sentences = segmenter().segment(RealText.news().get("en"), "en");
    assertThat(sentences).isNotEmpty();
    assertThrows(UnsupportedOperationException.class, () -> sentences.get(0).tokens().clear());
  }

  @Test
  void oddTextIsCutWithoutAnException() {
    List<String> odd = List.of("a", ".", "...", "\u0301", "\u0301\u0301a", "\uD800", "\uDC00x", "😀 🇻🇳 👨‍👩‍👧",
        "x".repeat(100_000), "a.".repeat(5000), "Mr. U.S. No. 3.5% e.g. i.e.", "\u0000\t\u0000",
        "Thủ tướng Thủ tướng Thủ tướng", "国家主席。。。！！？？", "¡¿Sí?!", "http://example.org/x.y?z=1",
        "\u200B\u200C\u200D\uFEFF", "ПутинПутин", "العربية", "- - - -", "\n\n\n.\n\n\n");
    for (String lang : LANGS) {
      for (String s : odd) assertConsistentOffsets(s, segmenter().segment(s, lang));
    }
  }
}
