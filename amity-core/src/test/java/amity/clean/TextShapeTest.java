package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextShapeTest {
  @Test
  void aSeedsHeadlineIsShortAndOpenItsParagraphsAreProse() {
    var lines = SeedLines.of("001");
    String headline = SeedLines.line(lines, "PM Chính calls for expanded cooperation").text();
    String paragraph = SeedLines.line(lines, "Cuban Minister Alberto thanked Việt Nam").text();
    assertThat(TextShape.isHeadlineLike(headline)).isTrue();
    assertThat(TextShape.isProse(headline)).isFalse();
    assertThat(TextShape.isProse(paragraph)).isTrue();
    assertThat(TextShape.isHeadlineLike(paragraph)).isFalse();
    assertThat(TextShape.words(headline)).isEqualTo(11);
    assertThat(TextShape.sentenceCount(paragraph)).isEqualTo(1);
    assertThat(TextShape.sentenceCount(SeedLines.line(SeedLines.of("000"), "Giang noted that leaders").text())).isEqualTo(3);
  }

  @Test
  void hanCharactersCountTwoAWord() {
    var lines = SeedLines.of("002");
    String headline = SeedLines.line(lines, "进一步加强河内市与古巴各领域的合作关系").text();
    assertThat(TextShape.words(headline)).isEqualTo(headline.length() / 2);
    assertThat(TextShape.isHeadlineLike(headline)).isTrue();
    String paragraph = SeedLines.line(lines, "双方还就社会主义建设经验开展了经验交流").text();
    assertThat(TextShape.isProse(paragraph)).isTrue();
  }

  @Test
  void whiteSpaceIsWhatCharacterSaysItIs() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertThat(TextShape.isWhitespace((char) c)).as("U+%04X", c).isEqualTo(Character.isWhitespace((char) c));
    }
  }
}
