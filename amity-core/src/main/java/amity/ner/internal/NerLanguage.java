package amity.ner.internal;

import amity.lang.LanguageModule;
import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
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

  /**
   * {@return the settings of a language: the values its pack's {@code language.tsv} sets (the
   * Latin ones where it sets none, and for a language without a pack) and the features and tokens
   * of its {@link NerCode}, if its {@link LanguageModule} gives one}
   */
  public static NerLanguage of(String lang) {
    String primary = primary(lang);
    return LanguagePacks.bundled().get(primary)
        .map(pack -> pack.derived(NerLanguage.class, NerLanguage::of))
        .orElseGet(() -> latin(primary));
  }

  private static NerLanguage of(LanguagePack pack) {
    String primary = primary(pack.tag());
    Optional<NerCode> code = pack.module().flatMap(m -> m.code(NerCode.class));
    Tokenizer words = new WordTokenizer(yes(pack, "ner_split_hyphens"), yes(pack, "ner_split_possessive"));
    return new NerLanguage(
        primary,
        code.<BiFunction<WordClusters, WordClasses, FeatureExtractor>>map(NerCode::features).orElse(LatinFeatures::new),
        pack.value("ner_lexicon").filter(v -> !v.equals("none")).orElse(WordClasses.NO_LEXICON),
        code.map(NerCode::tokenizer).orElse(words),
        Arrays.stream(pack.value("ner_cluster_ngrams").orElse("1").split(" ")).mapToInt(Integer::parseInt).toArray(),
        Integer.parseInt(pack.value("ner_gazetteer_max_len").orElse("6")),
        Labels.Scheme.valueOf(pack.value("ner_scheme").orElse("bio").toUpperCase(Locale.ROOT)),
        Integer.parseInt(pack.value("ner_second_stage_folds").orElse("0")));
  }

  private static boolean yes(LanguagePack pack, String key) {
    return pack.value(key).orElse("no").equals("yes");
  }

  private static NerLanguage latin(String primary) {
    return new NerLanguage(primary, LatinFeatures::new, WordClasses.NO_LEXICON, new WordTokenizer(false, false), new int[] {1}, 6, Labels.Scheme.BIO, 0);
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
