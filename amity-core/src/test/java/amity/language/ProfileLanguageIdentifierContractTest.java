package amity.language;

import amity.stage.LanguageIdentifier;
import amity.stage.LanguageIdentifierContract;

/** {@link ProfileLanguageIdentifier} against the {@link LanguageIdentifier} contract. */
class ProfileLanguageIdentifierContractTest extends LanguageIdentifierContract {
  private static final ProfileLanguageIdentifier IDENTIFIER = new ProfileLanguageIdentifier();

  @Override
  protected LanguageIdentifier identifier() {
    return IDENTIFIER;
  }
}
