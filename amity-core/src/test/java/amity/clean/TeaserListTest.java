package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LineKind;
import amity.model.StoryKind;
import org.junit.jupiter.api.Test;

class TeaserListTest {
  private final TeaserList teasers = new TeaserList(SeedLines.RULES, SeedLines.DATELINES);

  @Test
  void shortParagraphsInBlocksOfTheirOwnAreAList() {
    var lines = SeedLines.of("003");
    var paragraphs = lines.stream().filter(Line::isText).toList();
    assertThat(teasers.isUntitledList(paragraphs)).isTrue();
    assertThat(teasers.isList(lines, paragraphs, false)).isTrue();
    WorkingLines w = new WorkingLines(lines);
    assertThat(teasers.teasers(w)).hasSize(20).allMatch(d -> d.kind() == StoryKind.TEASER && d.body().size() == 1);
  }

  @Test
  void anArticlesParagraphsAreNot() {
    var lines = SeedLines.mainPart(SeedLines.of("000"));
    var paragraphs = lines.stream().filter(Line::isText).toList();
    assertThat(teasers.isUntitledList(paragraphs)).isFalse();
    assertThat(TeaserList.titledBlocks(lines)).isZero();
  }

  @Test
  void titledBlocksAreCountedAndTheirTitlesTakenForHeadlines() {
    var tail = SeedLines.tail(SeedLines.of("002"));
    assertThat(TeaserList.titledBlocks(tail)).isZero(); // a blank line parts each title from its text
    WorkingLines w = new WorkingLines(tail);
    var drafts = teasers.teasers(w);
    assertThat(drafts).isNotEmpty().allMatch(d -> d.headline() != null);
    assertThat(w.now(drafts.get(0).headline()).kind()).isEqualTo(LineKind.HEADLINE);
    assertThat(drafts.get(0).headline().text()).isEqualTo("进一步深化越南与白俄罗斯之间的友谊");
  }
}
