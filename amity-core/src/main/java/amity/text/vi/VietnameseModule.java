package amity.text.vi;

import amity.lang.LanguageModule;
import amity.lang.LanguagePack;
import amity.ner.internal.NerCode;
import amity.ner.vi.VietnameseFeatures;
import amity.text.SyllableWords;
import java.util.Optional;

/**
 * Vietnamese, which writes a space between syllables, not between words: the segmenter's
 * syllables are joined into the words of the pack's {@code words.txt} ("Thủ tướng", "hợp tác"),
 * and the recogniser reads syllables with features of their own ({@link VietnameseFeatures}).
 * Stateless and thread-safe.
 */
public final class VietnameseModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "vi";

  private static final NerCode NER = new NerCode((clusters, classes) -> new VietnameseFeatures(clusters), null);

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public WordGrouping words(LanguagePack pack) {
    return SyllableWords.of(pack).<WordGrouping>map(w -> w::group).orElse(WordGrouping.NONE);
  }

  @Override
  public <T> Optional<T> code(Class<T> kind) {
    return LanguageModule.offer(kind, NER);
  }
}
