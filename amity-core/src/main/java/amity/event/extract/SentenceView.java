package amity.event.extract;

import amity.model.AnalyzedStory;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.LinkedMention;
import amity.model.Sentence;
import amity.model.Span;
import amity.time.DateMention;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One sentence with what the steps read from it: its story, the mentions and date expressions in
 * it, and its language's lexicon. Spans are in story text.
 *
 * @param mentions the linked mentions inside the sentence, in text order
 * @param dates the date expressions inside the sentence, in text order
 * @param syntax its dependency parse, or null when none was made (no model for the language)
 */
public record SentenceView(
    Document document, AnalyzedStory story, Sentence sentence, List<LinkedMention> mentions, List<DateMention> dates,
    EventLexicon lexicon, @Nullable Syntax syntax) {
  public SentenceView {
    Objects.requireNonNull(document, "document must not be null");
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    Objects.requireNonNull(lexicon, "lexicon must not be null");
    mentions = List.copyOf(mentions);
    dates = List.copyOf(dates);
  }

  /** {@return this view with a parse} */
  public SentenceView withSyntax(@Nullable Syntax s) {
    return new SentenceView(document, story, sentence, mentions, dates, lexicon, s);
  }

  /** {@return the story text, which every span indexes} */
  public String text() {
    return story.story().text();
  }

  public Span span() {
    return sentence.span();
  }

  public String lang() {
    return story.lang();
  }

  /** {@return the story's publication date, which relative dates count from} */
  public @Nullable DateValue anchor() {
    return story.story().published().date();
  }

  /** {@return the characters of the story between two offsets} */
  public String between(int from, int to) {
    return text().substring(Math.max(0, from), Math.max(from, Math.min(to, text().length())));
  }
}
