package amity.event;

import amity.mention.Gazetteer;
import amity.link.RuleLinker;
import amity.mention.RuleMentionFinder;
import amity.model.AnalyzedStory;
import amity.model.LinkedMention;
import amity.stage.EventExtractor;
import amity.stage.EventExtractorContract;
import amity.testkit.Analyze;
import java.util.List;

/** {@link RuleEventExtractor} over the bundled knowledge base against the {@link EventExtractor} contract. */
class RuleEventExtractorContractTest extends EventExtractorContract {
  private static final RuleEventExtractor EXTRACTOR = new RuleEventExtractor(Analyze.kb());
  private static final RuleMentionFinder FINDER = new RuleMentionFinder(new Gazetteer(Analyze.kb()));
  private static final RuleLinker LINKER = new RuleLinker(Analyze.kb());

  @Override
  protected EventExtractor extractor() {
    return EXTRACTOR;
  }

  @Override
  protected List<LinkedMention> mentions(AnalyzedStory story) {
    return LINKER.link(story, FINDER.find(story));
  }
}
