package amity.ner.internal;

import amity.ner.vi.VietnameseFeatures;
import amity.ner.zh.CharTokenizer;
import amity.ner.zh.ChineseFeatures;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What the tagger needs to know about a language: its features, how its text is cut into tokens,
 * and which n-grams get word clusters.
 *
 * @param lang primary BCP 47 subtag
 * @param features makes the feature extractor from the model's clusters and the word classes of
 *     its lexicon
 * @param lexicon the dictionary whose word classes new models of the language read ({@link
 *     WordClasses#NO_LEXICON} for none); each model records the one it was trained with
 * @param tokenizer cuts running text into the corpus's tokens
 * @param clusterNgrams n-gram orders that clusters are built for
 * @param gazetteerMaxLen longest name, in tokens, that the gazetteer keeps
 * @param scheme how names are labelled inside the model (tags are BIO outside it either way)
 * @param secondStageFolds 0 for one tagger; otherwise a second-stage tagger reads the labels a
 *     first stage gave each document, trained on first-stage labels jackknifed over this many
 *     folds of the training documents (MODELS.md: +1.3 F1 for es on average over three seeds)
 */
public record NerLanguage(
    String lang,
    BiFunction<WordClusters, WordClasses, FeatureExtractor> features,
    String lexicon,
    Tokenizer tokenizer,
    int[] clusterNgrams,
    int gazetteerMaxLen,
    Labels.Scheme scheme,
    int secondStageFolds) {

  /** {@return the settings of a language; languages without their own use the Latin ones} */
  public static NerLanguage of(String lang) {
    String primary = primary(lang);
    return switch (primary) {
      case "zh" -> new NerLanguage(primary, (c, w) -> new ChineseFeatures(c), WordClasses.NO_LEXICON, new CharTokenizer(), new int[] {1, 2}, 10, Labels.Scheme.BIOES, 0);
      case "vi" -> new NerLanguage(primary, (c, w) -> new VietnameseFeatures(c), WordClasses.NO_LEXICON, new WordTokenizer(true, false), new int[] {1, 2}, 6, Labels.Scheme.BIO, 0);
      case "en" -> new NerLanguage(primary, LatinFeatures::new, WordClasses.NO_LEXICON, new WordTokenizer(false, true), new int[] {1}, 6, Labels.Scheme.BIO, 5);
      case "es" -> new NerLanguage(primary, LatinFeatures::new, WordClasses.SPANISH, new WordTokenizer(false, false), new int[] {1}, 6, Labels.Scheme.BIO, 5);
      default -> new NerLanguage(primary, LatinFeatures::new, WordClasses.NO_LEXICON, new WordTokenizer(false, false), new int[] {1}, 6, Labels.Scheme.BIO, 0);
    };
  }

  /** {@return the primary subtag of a BCP 47 tag, lower case: "zh-Hans" gives "zh"} */
  public static String primary(String lang) {
    int dash = lang.indexOf('-');
    String p = dash < 0 ? lang : lang.substring(0, dash);
    p = p.toLowerCase(Locale.ROOT);
    if (p.isEmpty()) throw new IllegalArgumentException("empty language tag: '" + lang + "'");
    return p;
  }

  /** {@return the feature extractor of a model with these clusters that was trained with {@code lexicon}} */
  public FeatureExtractor features(WordClusters clusters, String lexicon) {
    return features.apply(clusters, WordClasses.named(lexicon));
  }
}
