package amity.event;

import amity.lang.LanguagePacks;
import amity.stage.FieldFinder;
import amity.stage.FieldFinderContract;

/** {@link Topics} over the bundled language packs against the {@link FieldFinder} contract. */
class TopicsContractTest extends FieldFinderContract {
  private static final Topics TOPICS = new Topics(LanguagePacks.bundled());

  @Override
  protected FieldFinder finder() {
    return TOPICS;
  }
}
