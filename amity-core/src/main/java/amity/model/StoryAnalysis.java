package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline read from one story.
 *
 * @param story the story with its language and sentences
 * @param mentions linked mentions, in text order
 * @param events events read from it, each with one source
 * @param fields the fields of cooperation its title and text name ({@code vaccines}, {@code
 *     trade}), each once, in the order first found; the store indexes them with its events' fields
 */
public record StoryAnalysis(AnalyzedStory story, List<LinkedMention> mentions, List<Event> events, List<String> fields) {
  public StoryAnalysis {
    Objects.requireNonNull(story, "story must not be null");
    mentions = List.copyOf(mentions);
    events = List.copyOf(events);
    fields = List.copyOf(fields);
  }

  /** A story's analysis that names no field. */
  public StoryAnalysis(AnalyzedStory story, List<LinkedMention> mentions, List<Event> events) {
    this(story, mentions, events, List.of());
  }
}
