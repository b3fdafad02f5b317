package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import amity.model.LineKind;
import org.junit.jupiter.api.Test;

class WorkingLinesTest {
  @Test
  void aRelabelledLineIsReadBackByItsIndexAndTheInputStaysAsItWas() {
    var tail = SeedLines.tail(SeedLines.of("001"));
    WorkingLines w = new WorkingLines(tail);
    Line headline = SeedLines.line(tail, "Vietnam, RoK step up trade");
    w.set(headline, LineKind.RELATED, "headline");
    assertThat(w.now(headline).kind()).isEqualTo(LineKind.RELATED);
    assertThat(w.now(headline).span()).isEqualTo(headline.span());
    assertThat(headline.isText()).isTrue();
    assertThat(w.text()).doesNotContain(headline).hasSize((int) tail.stream().filter(Line::isText).count() - 1);
    assertThatThrownBy(() -> w.lines().add(headline)).isInstanceOf(UnsupportedOperationException.class);
  }
}
