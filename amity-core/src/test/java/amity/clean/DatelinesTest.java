package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {
  private final Datelines datelines = SeedLines.DATELINES;

  @Test
  void aPlaceAndAnAgencyOpenTheFirstParagraph() {
    var vi = SeedLines.of("002");
    Line first = SeedLines.line(vi, "越通社河内");
    var d = datelines.of(first).orElseThrow();
    assertThat(d.agency()).isEqualTo("越通社");
    assertThat(d.span().start()).isEqualTo(first.span().start());
    assertThat(datelines.length(first)).isEqualTo(d.span().end() - d.span().start()).isPositive();

    Line en = SeedLines.line(SeedLines.of("000"), "The state visit to Việt Nam");
    assertThat(datelines.of(en).orElseThrow().place()).isEqualTo("HÀ NỘI");
  }

  @Test
  void aParagraphWithoutOneHasNone() {
    Line plain = SeedLines.line(SeedLines.of("000"), "So said Deputy Foreign Minister");
    assertThat(datelines.of(plain)).isEmpty();
    assertThat(datelines.length(plain)).isZero();
    assertThat(datelines.day(plain)).isNull();
  }
}
