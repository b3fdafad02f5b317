package amity.clean;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.LineKind;
import amity.model.StoryKind;
import org.junit.jupiter.api.Test;

class MainPartTest {
  private final MainPart mainPart =
      new MainPart(SeedLines.DATELINES, new Headlines(SeedLines.DATELINES), new TeaserList(SeedLines.RULES, SeedLines.DATELINES));

  @Test
  void anArticleIsOneStoryWithItsHeadlineAndDatelineAndALedeShownTwiceOnce() {
    var main = SeedLines.mainPart(SeedLines.of("002"));
    MainPart.Result r = mainPart.read(main, null);
    assertThat(r.stories()).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(StoryKind.MAIN);
      assertThat(s.headline().text()).isEqualTo("进一步加强河内市与古巴各领域的合作关系");
      assertThat(s.dateline().agency()).isEqualTo("越通社");
      assertThat(s.body()).allMatch(Line::isText).first().satisfies(l -> assertThat(l.text()).startsWith("越通社河内"));
    });
    Line lede = r.lines().stream().filter(l -> l.reason().equals("repeated-lede")).findFirst().orElseThrow();
    assertThat(lede.kind()).isEqualTo(LineKind.NAVIGATION);
    assertThat(r.lines()).hasSameSizeAs(main);
  }

  @Test
  void aPageOfShortUntitledParagraphsIsTeasers() {
    var main = SeedLines.mainPart(SeedLines.of("003"));
    MainPart.Result r = mainPart.read(main, null);
    assertThat(r.stories()).hasSize(20).allMatch(s -> s.kind() == StoryKind.TEASER);
  }

  @Test
  void aPageThatIsOnlyItsTitleHasNoStory() {
    var main = SeedLines.mainPart(SeedLines.of("001"));
    Line title = SeedLines.line(main, "PM Chính calls");
    var onlyTitle = main.subList(title.index(), title.index() + 1);
    assertThat(mainPart.read(onlyTitle, title.text()).stories()).isEmpty();
    assertThat(mainPart.read(onlyTitle, null).stories()).singleElement().satisfies(s -> assertThat(s.body()).containsExactly(title));
  }
}
