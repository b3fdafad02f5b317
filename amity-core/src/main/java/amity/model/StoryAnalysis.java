package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline read from one story.
 *
 * @param story the story with its language and sentences
 * @param mentions linked mentions, in text order
 * @param events events read from it, each with one source
 */
public record StoryAnalysis(AnalyzedStory story, List<LinkedMention> mentions, List<Event> events) {
  public StoryAnalysis {
    Objects.requireNonNull(story, "story must not be null");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
  }
}
