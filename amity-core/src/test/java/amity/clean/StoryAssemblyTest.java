package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateBasis;
import amity.model.PublicationDate;
import amity.model.StoryKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryAssemblyTest {
  private final StoryAssembly assembly =
      new StoryAssembly(SeedLines.RULES, SeedLines.DATELINES, new PublicationDates(SeedLines.RULES));

  @Test
  void theDatelineAndASignOffTailAreLeftOutOfTheText() {
    var doc = SeedLines.doc("002");
    var lines = SeedLines.of("002");
    Line first = SeedLines.line(lines, "越通社河内");
    Line last = SeedLines.line(lines, "2018年");
    Line headline = SeedLines.line(lines, "进一步加强河内市与古巴各领域的合作关系");
    var draft = new StoryDraft(StoryKind.MAIN, headline, List.of(first, last), SeedLines.DATELINES.of(first).orElseThrow(), null, null);
    StoryAssembly.Body body = assembly.body(draft);
    assertThat(body.parts()).hasSize(2);
    assertThat(body.parts().get(0).start()).isEqualTo(first.span().start() + SeedLines.DATELINES.length(first));
    assertThat(body.signedOff()).containsExactly(last);
    assertThat(body.parts().get(1).end()).isLessThan(last.span().end());

    var story = assembly.story(doc, 0, draft, body, PublicationDate.UNKNOWN);
    assertThat(story.title()).isEqualTo(headline.text());
    assertThat(story.text()).doesNotStartWith("越通社").contains("\n\n2018年");
    assertThat(story.published().date().year()).as("the latest year its own text names").isEqualTo(2018);
    assertThat(story.published().basis()).isEqualTo(DateBasis.TEXT);
    int at = story.text().indexOf("2018年");
    assertThat(story.alignment().toOriginal(at)).isEqualTo(last.span().start());
  }
}
