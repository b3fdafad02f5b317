package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.testkit.RealText;
import amity.testkit.RealText.Named;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link EventExtractor} owes its callers, checked on real news. */
public abstract class EventExtractorContract {
  /** {@return the implementation under test} */
  protected abstract EventExtractor extractor();

  /** {@return the mentions, linked, of a story} */
  protected abstract List<LinkedMention> mentions(AnalyzedStory story);

  /** Asserts that every event is read from a sentence of {@code doc} that stands where it says. */
  public static void assertEvidenceInside(Document doc, AnalyzedStory story, List<Event> events) {
    for (Event e : events) {
      assertThat(e.sources()).as("%s has its sentence", e.id()).isNotEmpty();
      assertThat(e.confidence()).isBetween(0.0, 1.0);
      assertThat(e.type()).isNotBlank();
      assertThat(e.form()).isNotBlank();
      for (Evidence ev : e.sources()) {
        assertThat(ev.doc()).isEqualTo(doc.id());
        assertThat(ev.story()).isEqualTo(story.story().id());
        assertThat(ev.span().end()).as("%s: %s inside %d chars", e.id(), ev.span(), doc.text().length())
            .isLessThanOrEqualTo(doc.text().length());
        assertThat(ev.sentence()).as("%s: the sentence is not empty", e.id()).isNotBlank();
      }
    }
  }

  @Test
  void nullsAreCallerBugs() {
    Named<AnalyzedStory> s = RealText.realStories().get(0);
    List<LinkedMention> m = mentions(s.value());
    assertThrows(NullPointerException.class, () -> extractor().extract(null, s.value(), m));
    assertThrows(NullPointerException.class, () -> extractor().extract(s.document(), null, m));
    assertThrows(NullPointerException.class, () -> extractor().extract(s.document(), s.value(), null));
  }

  @Test
  void aStoryWithoutSentencesHasNoEvents() {
    Named<AnalyzedStory> s = RealText.realStories().get(0);
    AnalyzedStory empty = new AnalyzedStory(s.value().story(), s.value().lang(), List.of());
    assertThat(extractor().extract(s.document(), empty, List.of())).isEmpty();
  }

  @Test
  void realNewsGivesEventsReadFromItsOwnSentences() {
    int total = 0;
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Event> events = extractor().extract(s.document(), s.value(), mentions(s.value()));
      assertEvidenceInside(s.document(), s.value(), events);
      total += events.size();
    }
    assertThat(total).as("events in the seeds (each reports a visit or a meeting)").isGreaterThanOrEqualTo(5);
  }

  @Test
  void theSameStoryGivesTheSameEventsWhoseListsCannotBeChanged() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<LinkedMention> m = mentions(s.value());
      List<Event> a = extractor().extract(s.document(), s.value(), m);
      assertThat(extractor().extract(s.document(), s.value(), List.copyOf(m))).as(s.name()).isEqualTo(a);
      for (Event e : a) {
        assertThrows(UnsupportedOperationException.class, () -> e.actors().clear());
        assertThrows(UnsupportedOperationException.class, () -> e.sources().clear());
      }
    }
  }

  @Test
  protected void theListOfEventsCannotBeChanged() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      List<Event> a = extractor().extract(s.document(), s.value(), mentions(s.value()));
      assertThrows(UnsupportedOperationException.class, () -> a.clear(), s.name());
    }
  }

  @Test
  void withoutMentionsNoExceptionAndStillWellFormed() {
    for (Named<AnalyzedStory> s : RealText.realStories()) {
      assertEvidenceInside(s.document(), s.value(), extractor().extract(s.document(), s.value(), List.of()));
    }
  }
}
