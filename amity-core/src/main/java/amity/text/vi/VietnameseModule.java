package amity.text.vi;

import amity.lang.LanguageModule;
import amity.lang.LanguagePack;
import amity.text.SyllableWords;

/**
 * Vietnamese, which writes a space between syllables, not between words: the segmenter's
 * syllables are joined into the words of the pack's {@code words.txt} ("Thủ tướng", "hợp tác").
 * Stateless and thread-safe.
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
}
