package amity.ner.internal;

import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The recogniser's code for a language whose features or tokens are not the Latin ones, given by
 * the language's {@link amity.lang.LanguageModule#code} (Chinese, Vietnamese). Its values (lexicon,
 * cluster orders, scheme, …) are in the pack's {@code language.tsv}, read by {@link NerLanguage}.
 *
 * <p>What a model's features are is part of what the model means: a model file records their
 * specification ({@code FeatureExtractor.spec()}) and {@code NerModelFormat} refuses it when these
 * features no longer give it.
 *
 * @param features makes the feature extractor from a model's clusters and the word classes of its
 *     lexicon
 * @param tokenizer how running text is cut into tokens; null for words ({@link WordTokenizer} as
 *     {@code language.tsv} sets it)
 */
public record NerCode(BiFunction<WordClusters, WordClasses, FeatureExtractor> features, @Nullable Tokenizer tokenizer) {
  /** Checks the features are given. */
  public NerCode {
    Objects.requireNonNull(features, "features must not be null");
  }
}
