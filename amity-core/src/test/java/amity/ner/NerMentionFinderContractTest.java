package amity.ner;

import amity.stage.MentionFinder;
import amity.stage.MentionFinderContract;

/** {@link NerMentionFinder} with the models the pipeline loads against the {@link MentionFinder} contract. */
class NerMentionFinderContractTest extends MentionFinderContract {
  private static final NerMentionFinder FINDER = NerMentionFinder.withShippedModels();

  @Override
  protected MentionFinder finder() {
    return FINDER;
  }
}
