package amity.text.es;

import amity.lang.LanguageModule;
import amity.ner.internal.Labels;
import amity.ner.internal.LatinFeatures;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordTokenizer;
import amity.parse.es.Contractions;
import amity.parse.internal.ParseLanguage;
import java.util.Optional;

/**
 * Spanish: the recogniser reads the word classes of the LanguageTool Spanish dictionary and runs a
 * second-stage tagger (five folds); the parser cuts contractions ("del" as de | el) and heads a
 * cut word by its first piece. Stateless and thread-safe.
 */
public final class SpanishModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "es";

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public <T> Optional<T> settings(Class<T> type) {
    if (type == NerLanguage.class) {
      return Optional.of(type.cast(new NerLanguage(NAME, LatinFeatures::new, WordClasses.SPANISH,
          new WordTokenizer(false, false), new int[] {1}, 6, Labels.Scheme.BIO, 5)));
    }
    if (type == ParseLanguage.class) return Optional.of(type.cast(new ParseLanguage(NAME, true, new Contractions())));
    return Optional.empty();
  }
}
