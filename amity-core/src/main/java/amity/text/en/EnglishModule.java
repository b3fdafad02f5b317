package amity.text.en;

import amity.lang.LanguageModule;
import amity.ner.internal.Labels;
import amity.ner.internal.LatinFeatures;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordTokenizer;
import amity.parse.en.Clitics;
import amity.parse.internal.ParseLanguage;
import java.util.Optional;

/**
 * English: the recogniser splits the possessive ending off a word and runs a second-stage tagger
 * (five folds); the parser cuts clitics ("don't" as do | n't) and heads a cut word by its last
 * piece. Stateless and thread-safe.
 */
public final class EnglishModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "en";

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public <T> Optional<T> settings(Class<T> type) {
    if (type == NerLanguage.class) {
      return Optional.of(type.cast(new NerLanguage(NAME, LatinFeatures::new, WordClasses.NO_LEXICON,
          new WordTokenizer(false, true), new int[] {1}, 6, Labels.Scheme.BIO, 5)));
    }
    if (type == ParseLanguage.class) return Optional.of(type.cast(new ParseLanguage(NAME, false, new Clitics())));
    return Optional.empty();
  }
}
