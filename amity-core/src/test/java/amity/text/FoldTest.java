package amity.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void tonesOfOpenOaOeUyArePlacedOneWayKeepingCaseAndLength() {
    assertThat(Fold.placeTones("hòa bình, hoà bình")).isEqualTo("hoà bình, hoà bình");
    assertThat(Fold.placeTones("Thủy, thuỷ, khỏe, khoẻ, HÒA, Hòa")).isEqualTo("Thuỷ, thuỷ, khoẻ, khoẻ, HOÀ, Hoà");
    assertThat(Fold.placeTones("Ủy ban, Uỷ viên")).isEqualTo("Uỷ ban, Uỷ viên");
    // Closed syllables have one spelling only and are left alone.
    assertThat(Fold.placeTones("toàn, hoàng, xoài, quý")).isEqualTo("toàn, hoàng, xoài, quý");
    String s = "Chủ tịch Hồ Chí Minh, hòa hợp";
    assertThat(Fold.placeTones(s)).hasSameSizeAs(s);
  }

  @Test
  void lowerKeepMarksIsLowerCaseWithTonesPlaced() {
    assertThat(Fold.lowerKeepMarks("HÒA Bình Thủy")).isEqualTo("hoà bình thuỷ");
    assertThat(Fold.lowerKeepMarks("Hòa")).isEqualTo(Fold.placeTones("hòa"));
    assertThat(Fold.fold("Hoà")).isEqualTo(Fold.fold("hòa")).isEqualTo("hoa");
    assertThat(Fold.same("Việt Nam", "Viet Nam")).isTrue();
  }
}
