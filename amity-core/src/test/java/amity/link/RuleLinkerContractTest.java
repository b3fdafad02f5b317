package amity.link;

import amity.mention.Gazetteer;
import amity.mention.RuleMentionFinder;
import amity.stage.Linker;
import amity.stage.LinkerContract;
import amity.stage.MentionFinder;
import amity.testkit.Analyze;

/** {@link RuleLinker} over the bundled knowledge base against the {@link Linker} contract. */
class RuleLinkerContractTest extends LinkerContract {
  private static final RuleLinker LINKER = new RuleLinker(Analyze.kb());
  private static final RuleMentionFinder FINDER = new RuleMentionFinder(new Gazetteer(Analyze.kb()));

  @Override
  protected Linker linker() {
    return LINKER;
  }

  @Override
  protected MentionFinder finder() {
    return FINDER;
  }
}
