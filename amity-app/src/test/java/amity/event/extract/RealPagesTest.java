package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link RealPages} keeps the check half of the real-text gold out of every step's tests. */
class RealPagesTest {
  @Test
  void aPageOfTheCheckHalfIsRefused() {
    assertThatThrownBy(() -> RealPages.page("en-testa-090.txt")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("check half");
  }
}
