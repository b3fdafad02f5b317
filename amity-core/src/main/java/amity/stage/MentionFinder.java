package amity.stage;

import amity.model.AnalyzedStory;
import amity.model.Mention;
import java.util.List;

/** Finds names of people, organisations and places in a story. */
public interface MentionFinder {
  /** {@return mentions in text order; overlapping mentions are allowed and resolved later} */
  List<Mention> find(AnalyzedStory story);
}
