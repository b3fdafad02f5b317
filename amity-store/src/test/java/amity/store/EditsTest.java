package amity.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditsTest {
  @Test
  void countsInsertionsDeletionsSubstitutionsAndSwaps() {
    assertThat(Edits.distance("castro", "castro", 2)).isZero();
    assertThat(Edits.distance("castor", "castro", 2)).as("a swap of neighbours is one edit").isEqualTo(1);
    assertThat(Edits.distance("fidell", "fidel", 2)).isEqualTo(1);
    assertThat(Edits.distance("kastro", "castro", 2)).isEqualTo(1);
    assertThat(Edits.distance("cstr", "castro", 2)).isEqualTo(2);
    assertThat(Edits.distance("", "ab", 2)).isEqualTo(2);
    assertThat(Edits.distance("卡斯特罗", "卡斯特洛", 2)).isEqualTo(1);
  }

  @Test
  void stopsAtTheBound() {
    assertThat(Edits.distance("castro", "havana", 2)).isEqualTo(3);
    assertThat(Edits.distance("a", "abcdef", 2)).isEqualTo(3);
    // The early stop never cuts off a distance within the bound: the same as unbounded.
    String[] words = {"castro", "castor", "cstroa", "acsrto", "xastrp", "castroo", "astro", "ca", "tsacro"};
    for (String a : words) {
      for (String b : words) {
        int exact = Edits.distance(a, b, 100);
        assertThat(Edits.distance(a, b, 2)).as(a + " " + b).isEqualTo(Math.min(exact, 3));
      }
    }
  }
}
