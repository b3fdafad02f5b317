package amity.mention;

import amity.stage.MentionFinder;
import amity.stage.MentionFinderContract;
import amity.testkit.Analyze;

/** {@link RuleMentionFinder} over the bundled knowledge base against the {@link MentionFinder} contract. */
class RuleMentionFinderContractTest extends MentionFinderContract {
  private static final RuleMentionFinder FINDER = new RuleMentionFinder(new Gazetteer(Analyze.kb()));

  @Override
  protected MentionFinder finder() {
    return FINDER;
  }
}
