package amity.clean;

import amity.stage.Cleaner;
import amity.stage.CleanerContract;

/** {@link PageCleaner} against the {@link Cleaner} contract. */
class PageCleanerContractTest extends CleanerContract {
  private static final PageCleaner CLEANER = new PageCleaner();

  @Override
  protected Cleaner cleaner() {
    return CLEANER;
  }
}
