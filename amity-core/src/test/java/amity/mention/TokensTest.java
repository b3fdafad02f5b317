package amity.mention;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.Sentence;
import amity.text.IcuSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {
  private final IcuSegmenter segmenter = new IcuSegmenter();

  private List<String> words(String text, String lang) {
    Sentence s = segmenter.segment(text, lang).get(0);
    return Tokens.of(s).stream().map(Tokens.Tok::text).toList();
  }

  @Test
  void aNameKeepsTheInnerMarksTheSegmenterCutsAt() {
    assertThat(segmenter.segment("President Díaz-Canel met the U.S.-led group.", "en").get(0).tokens())
        .extracting(t -> t.text())
        .contains("Díaz", "-", "Canel");
    assertThat(words("President Díaz-Canel met the U.S.-led group.", "en"))
        .containsExactly("President", "Díaz-Canel", "met", "the", "U.S", ".", "-", "led", "group", ".");
  }

  @Test
  void possessivesStayWithTheirWordAndNumbersAreCutAtTheirCommas() {
    assertThat(words("The People's Daily counted 1,000 guests.", "en"))
        .containsExactly("The", "People's", "Daily", "counted", "1", ",", "000", "guests", ".");
  }

  @Test
  void aJoinedVietnameseWordIsReadASyllableAtATime() {
    Sentence s = segmenter.segment("Thủ tướng tiếp Đại sứ Nhật Bản.", "vi").get(0);
    assertThat(s.tokens()).extracting(t -> t.text()).contains("Thủ tướng");
    assertThat(Tokens.of(s)).extracting(Tokens.Tok::text)
        .containsExactly("Thủ", "tướng", "tiếp", "Đại", "sứ", "Nhật", "Bản", ".");
    assertThat(Tokens.of(s).get(1).span().start()).isEqualTo(4);
  }
}
