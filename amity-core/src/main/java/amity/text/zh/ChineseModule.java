package amity.text.zh;

import amity.lang.LanguageModule;
import amity.ner.internal.NerCode;
import amity.ner.zh.CharTokenizer;
import amity.ner.zh.ChineseFeatures;
import java.util.Optional;

/**
 * Chinese, written without spaces between words: the recogniser reads it character by character
 * ({@link CharTokenizer}) with features of characters and their bigrams ({@link ChineseFeatures}).
 * Stateless and thread-safe.
 */
public final class ChineseModule implements LanguageModule {
  /** The tag served. */
  public static final String NAME = "zh";

  private static final NerCode NER = new NerCode((clusters, classes) -> new ChineseFeatures(clusters), new CharTokenizer());

  @Override
  public String tag() {
    return NAME;
  }

  @Override
  public <T> Optional<T> code(Class<T> kind) {
    return LanguageModule.offer(kind, NER);
  }
}
