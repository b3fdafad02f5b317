package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameWordsTest {
  @Test
  void theRequiredRunLeavesOutOptionalLettersAndBoundaries() {
    assertThat(NameWords.requiredRun("\\bads?\\b")).isEqualTo("ad");
    assertThat(NameWords.requiredRun("pull-?quote")).isEqualTo("quote");
    assertThat(NameWords.requiredRun("most-?read")).isEqualTo("most");
    assertThat(NameWords.requiredRun("top-nav")).isEqualTo("top");
  }

  @Test
  void findsAsTheExpressionDoes() {
    NameWords words = new NameWords("comment|\\bads?\\b|pull-?quote|\\bnav");
    assertThat(words.find("post-comments wrapper")).isTrue();
    assertThat(words.find("ad slot")).isTrue();
    assertThat(words.find("ads")).isTrue();
    // "ad" inside a word is no advert, though the run "ad" is there.
    assertThat(words.find("header loaded")).isFalse();
    assertThat(words.find("pullquote")).isTrue();
    assertThat(words.find("main-nav")).isTrue();
    assertThat(words.find("canvas")).isFalse();
    assertThat(words.find("article-body")).isFalse();
  }
}
