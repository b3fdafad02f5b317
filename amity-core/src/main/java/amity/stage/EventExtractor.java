package amity.stage;

import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.Event;
import amity.model.LinkedMention;
import java.util.List;

/** Reads typed, dated events with their actors from a story. */
public interface EventExtractor {
  /** {@return events, each with the one sentence it was read from as its source} */
  List<Event> extract(Document document, AnalyzedStory story, List<LinkedMention> mentions);
}
