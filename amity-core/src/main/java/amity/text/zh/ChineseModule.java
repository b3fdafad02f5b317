package amity.text.zh;

import amity.lang.LanguageModule;
import amity.ner.internal.Labels;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.zh.CharTokenizer;
import amity.ner.zh.ChineseFeatures;
import amity.parse.internal.ParseLanguage;
import amity.parse.internal.Splitter;
import java.util.Optional;

/**
 * Chinese, written without spaces between words: the recogniser reads characters (its own
 * features, character and bigram clusters, BIOES labels, names up to ten characters), and the
 * parser heads a word amity cuts in pieces by its last piece (发言人 as 发言 | 人). Stateless and
 * thread-safe.
 */
public final class ChineseModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "zh";

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public <T> Optional<T> settings(Class<T> type) {
    if (type == NerLanguage.class) {
      return Optional.of(type.cast(new NerLanguage(NAME, (c, w) -> new ChineseFeatures(c), WordClasses.NO_LEXICON,
          new CharTokenizer(), new int[] {1, 2}, 10, Labels.Scheme.BIOES, 0)));
    }
    if (type == ParseLanguage.class) return Optional.of(type.cast(new ParseLanguage(NAME, false, Splitter.NONE)));
    return Optional.empty();
  }
}
