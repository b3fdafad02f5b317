package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LineKind;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private final Headlines headlines = new Headlines(SeedLines.DATELINES);

  @Test
  void theShortLineAboveTheFirstParagraphIsTheHeadline() {
    var main = SeedLines.mainPart(SeedLines.of("001"));
    WorkingLines w = new WorkingLines(main);
    Line headline = headlines.choose(w, w.text(), null);
    assertThat(headline.text()).isEqualTo("PM Chính calls for expanded cooperation with Cuba in many fields");
    assertThat(w.now(headline).kind()).isEqualTo(LineKind.HEADLINE);
    assertThat(w.now(headline).reason()).isEqualTo("headline");
    assertThat(main.get(headline.index()).isText()).as("the step's input is left as it was").isTrue();
  }

  @Test
  void aPageWithoutAShortFirstLineHasNone() {
    var main = SeedLines.mainPart(SeedLines.of("000"));
    WorkingLines w = new WorkingLines(main);
    assertThat(headlines.choose(w, w.text(), null)).isNull();
    assertThat(w.lines()).isEqualTo(main);
  }

  @Test
  void theHeadlineIsTheLineThePageTitleNames() {
    String headline = SeedLines.line(SeedLines.of("001"), "PM Chính calls").text();
    assertThat(Headlines.isTitle(headline, headline + " | Vietnam Business Forum")).isTrue();
    assertThat(Headlines.isTitle("PM Chính calls", headline)).as("its opening three words").isTrue();
    assertThat(Headlines.isTitle("PM Chính", headline)).isFalse();
    assertThat(Headlines.repeatsTitle(headline + " - VNS", headline)).isTrue();
    assertThat(Headlines.repeatsTitle(headline, null)).isFalse();
  }
}
