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

  @Test
  void aStringAndOtherCharSequencesFoldAlike() {
    String s = "Thủy, HÒA bình – Hernández ‘quoted’ 习近平 Ủy ban hòa";
    StringBuilder b = new StringBuilder(s);
    assertThat(Fold.fold(b)).isEqualTo(Fold.fold(s)).isEqualTo("thuy, hoa binh - hernandez 'quoted' 习近平 uy ban hoa");
    assertThat(Fold.lowerKeepMarks(b)).isEqualTo(Fold.lowerKeepMarks(s)).isEqualTo("thuỷ, hoà bình - hernández 'quoted' 习近平 uỷ ban hoà");
    assertThat(Fold.placeTones(b)).isEqualTo(Fold.placeTones(s)).isEqualTo("Thuỷ, HOÀ bình – Hernández ‘quoted’ 习近平 Uỷ ban hoà");
  }

  @Test
  void onlyATonedOOrUBeforeAnOpenVowelMoves() {
    // Every char before "a", "e" and "y" at a syllable's end: only the ten toned o and u change.
    String moving = "òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ";
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (Character.isSurrogate((char) c)) continue;
      for (String after : new String[] {"a", "e", "y", "A", "Y"}) {
        String s = (char) c + after;
        String placed = Fold.placeTones(s);
        if (moving.indexOf(c) < 0) assertThat(placed).isEqualTo(s);
        else assertThat(placed).hasSize(2);
      }
    }
    assertThat(Fold.placeTones("ÙY, ÒE, óa")).isEqualTo("UỲ, OÈ, oá");
  }
}
