package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.AnalyzedStory;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.testkit.RealText;
import amity.testkit.RealText.Named;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link Linker} owes its callers, checked on the mentions found in real news. */
public abstract class LinkerContract {
  /** {@return the implementation under test} */
  protected abstract Linker linker();

  /** {@return the finder whose mentions are linked} */
  protected abstract MentionFinder finder();

  @Test
  void nullsAreCallerBugs() {
    AnalyzedStory s = RealText.realStories().get(0).value();
    assertThrows(NullPointerException.class, () -> linker().link(null, List.of()));
    assertThrows(NullPointerException.class, () -> linker().link(s, null));
  }

  @Test
  void noMentionsLinkToNothing() {
    for (Named<AnalyzedStory> s : RealText.realStories()) assertThat(linker().link(s.value(), List.of())).as(s.name()).isEmpty();
  }

  @Test
  void everyMentionGivenIsLinkedAtMostOnce() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<LinkedMention> links = linker().link(s.value(), finder().find(s.value()));
      assertThat(links).extracting(l -> l.mention().span()).as(s.name()).doesNotHaveDuplicates();
    }
  }

  @Test
  void everyLinkStandsInsideTheStoryAndNamesAnEntity() {
    int linked = 0;
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Mention> mentions = finder().find(s.value());
      List<LinkedMention> links = linker().link(s.value(), mentions);
      for (LinkedMention l : links) {
        assertThat(l.entityId()).as(s.name()).isNotBlank();
        assertThat(l.entityName()).as(s.name()).isNotBlank();
        String text = s.value().story().text();
        assertThat(l.mention().span().end()).as("%s: %s inside the story", s.name(), l).isLessThanOrEqualTo(text.length());
        assertThat(l.mention().text()).as("%s: %s", s.name(), l).isEqualTo(l.mention().span().of(text));
        // A link need not be of a mention it was given: a linker may find short references
        // itself ("Giang" after "Đặng Hoàng Giang"), but they stand where they say, as above.
        assertThat(l.mention().span().length()).as("%s: %s", s.name(), l).isPositive();
      }
      linked += links.size();
    }
    assertThat(linked).as("links in all the real stories").isGreaterThan(10);
  }

  @Test
  void theSameInputGivesTheSameLinksAndLeavesTheMentionsAlone() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Mention> mentions = new ArrayList<>(finder().find(s.value()));
      List<Mention> before = List.copyOf(mentions);
      List<LinkedMention> a = linker().link(s.value(), mentions);
      assertThat(mentions).as(s.name() + ": the mentions given").isEqualTo(before);
      assertThat(linker().link(s.value(), List.copyOf(before))).as(s.name()).isEqualTo(a);
    }
  }

  @Test
  void oddMentionListsGiveNoException() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Mention> mentions = finder().find(s.value());
      List<Mention> twice = new ArrayList<>(mentions);
      twice.addAll(mentions);
      linker().link(s.value(), twice);
      List<Mention> reversed = new ArrayList<>(mentions);
      java.util.Collections.reverse(reversed);
      linker().link(s.value(), reversed);
    }
  }
}
