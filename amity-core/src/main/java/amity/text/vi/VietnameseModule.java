package amity.text.vi;

import amity.lang.LanguageModule;
import amity.lang.LanguagePack;
import amity.ner.internal.Labels;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordTokenizer;
import amity.ner.vi.VietnameseFeatures;
import amity.text.SyllableWords;
import java.util.Optional;

/**
 * Vietnamese, which writes a space between syllables, not between words: the segmenter's
 * syllables are joined into the words of the pack's {@code words.txt} ("Thủ tướng", "hợp tác"),
 * and the recogniser reads syllables with their own features, hyphens split, and clusters of
 * syllable pairs. Stateless and thread-safe.
 */
public final class VietnameseModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "vi";

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public WordGrouping words(LanguagePack pack) {
    return SyllableWords.of(pack).<WordGrouping>map(w -> w::group).orElse(WordGrouping.NONE);
  }

  @Override
  public <T> Optional<T> settings(Class<T> type) {
    if (type == NerLanguage.class) {
      return Optional.of(type.cast(new NerLanguage(NAME, (c, w) -> new VietnameseFeatures(c), WordClasses.NO_LEXICON,
          new WordTokenizer(true, false), new int[] {1, 2}, 6, Labels.Scheme.BIO, 0)));
    }
    return Optional.empty();
  }
}
