package amity.stage;

import amity.model.AnalyzedStory;
import amity.model.LinkedMention;
import amity.model.Mention;
import java.util.List;

/** Decides which entity each mention names, within a story and against the knowledge base. */
public interface Linker {
  List<LinkedMention> link(AnalyzedStory story, List<Mention> mentions);
}
