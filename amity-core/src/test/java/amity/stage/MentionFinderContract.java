package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.AnalyzedStory;
import amity.model.Mention;
import amity.testkit.Docs;
import amity.testkit.RealText;
import amity.testkit.RealText.Named;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link MentionFinder} owes its callers, checked on the stories of real news. */
public abstract class MentionFinderContract {
  /** {@return the implementation under test} */
  protected abstract MentionFinder finder();

  /** Asserts that every mention stands where it says, in text order, inside the story text. */
  public static void assertMentionsInside(AnalyzedStory story, List<Mention> mentions) {
    String text = story.story().text();
    int lastStart = 0;
    for (Mention m : mentions) {
      assertThat(m.span().end()).as("%s inside %d chars", m, text.length()).isLessThanOrEqualTo(text.length());
      assertThat(m.span().length()).as("%s is not empty", m).isPositive();
      assertThat(m.span().start()).as("%s in text order", m).isGreaterThanOrEqualTo(lastStart);
      assertThat(m.text()).as("text at %s", m.span()).isEqualTo(m.span().of(text));
      if (m.titleSpan() != null) assertThat(m.titleSpan().end()).as("title of %s", m).isLessThanOrEqualTo(text.length());
      assertThat(m.finder()).isNotBlank();
      lastStart = m.span().start();
    }
  }

  @Test
  void aNullStoryIsACallerBug() {
    assertThrows(NullPointerException.class, () -> finder().find(null));
  }

  @Test
  void aStoryWithoutSentencesHasNoMentions() {
    for (AnalyzedStory s : RealText.stories(Docs.text("empty.txt", "Headline\n\nA line."))) {
      AnalyzedStory empty = new AnalyzedStory(s.story(), s.lang(), List.of());
      assertThat(finder().find(empty)).isEmpty();
    }
  }

  @Test
  void realStoriesGiveMentionsWhereTheySay() {
    int total = 0;
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Mention> found = finder().find(s.value());
      assertMentionsInside(s.value(), found);
      total += found.size();
    }
    assertThat(total).as("mentions in all the real stories").isGreaterThan(20);
  }

  @Test
  void theSameStoryGivesTheSameMentionsAndTheyCannotBeChanged() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Mention> a = finder().find(s.value());
      assertThat(finder().find(s.value())).as(s.name()).isEqualTo(a);
      assertThrows(UnsupportedOperationException.class, () -> a.add(a.isEmpty() ? null : a.get(0)), s.name());
      a.forEach(m -> assertThrows(UnsupportedOperationException.class, () -> m.roles().clear()));
    }
  }

  @Test
  void oddStoriesGiveNoException() {
    List<String> odd = List.of("A", "Ông", "总统", "President President President President of of of",
        "Cuba Cuba Cuba Cuba Cuba Cuba Cuba", "(((Hà Nội)))", "Miguel Díaz-Canel-Bermúdez-Díaz-Canel",
        "\u0301Hà\u0301 Nội\u0301", "😀 Cuba 😀", "Mr. X. Y. Z.", "Thủ tướng Thủ tướng Thủ tướng Chính",
        "El Rey Felipe VI de España y el Rey", "Đại sứ  \t  Cuba", "国家主席国家主席国家主席习近平习近平");
    for (String s : odd) {
      for (AnalyzedStory story : RealText.stories(Docs.text("odd.txt", "Headline\n\n" + s))) {
        assertMentionsInside(story, finder().find(story));
      }
    }
  }
}
