package amity.ner.internal;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.vi.VietnameseFeatures;
import amity.ner.zh.CharTokenizer;
import amity.ner.zh.ChineseFeatures;
import org.junit.jupiter.api.Test;

/** Each language's recogniser settings, read from its pack, are the ones its models were trained with. */
class NerLanguageTest {
  @Test
  void theBundledLanguagesHaveTheSettingsTheirModelsWereTrainedWith() {
    assertSettings("en", LatinFeatures.class, WordClasses.NO_LEXICON, new int[] {1}, 6, Labels.Scheme.BIO, 5);
    assertSettings("es", LatinFeatures.class, WordClasses.SPANISH, new int[] {1}, 6, Labels.Scheme.BIO, 5);
    assertSettings("zh", ChineseFeatures.class, WordClasses.NO_LEXICON, new int[] {1, 2}, 10, Labels.Scheme.BIOES, 0);
    assertSettings("vi", VietnameseFeatures.class, WordClasses.NO_LEXICON, new int[] {1, 2}, 6, Labels.Scheme.BIO, 0);
    assertSettings("de", LatinFeatures.class, WordClasses.NO_LEXICON, new int[] {1}, 6, Labels.Scheme.BIO, 0);
    assertSettings("xq", LatinFeatures.class, WordClasses.NO_LEXICON, new int[] {1}, 6, Labels.Scheme.BIO, 0);
    assertThat(NerLanguage.of("zh-Hans").lang()).isEqualTo("zh");
  }

  @Test
  void theTokensAreCutAsTheModelsWereTrainedOn() {
    assertThat(NerLanguage.of("zh").tokenizer()).isInstanceOf(CharTokenizer.class);
    String en = "the e-mail's sender";
    assertThat(cut("en", en)).containsExactly("the", "e-mail", "'s", "sender");
    assertThat(cut("es", en)).containsExactly(cut("de", en).toArray(String[]::new));
    assertThat(cut("vi", en)).isEqualTo(words(new WordTokenizer(true, false), en));
    assertThat(cut("es", en)).isEqualTo(words(new WordTokenizer(false, false), en));
  }

  private static void assertSettings(String lang, Class<?> features, String lexicon, int[] ngrams, int gazetteer, Labels.Scheme scheme, int folds) {
    NerLanguage l = NerLanguage.of(lang);
    assertThat(l.features(WordClusters.none(), lexicon)).as(lang).isInstanceOf(features);
    assertThat(l.lexicon()).as(lang).isEqualTo(lexicon);
    assertThat(l.clusterNgrams()).as(lang).containsExactly(ngrams);
    assertThat(l.gazetteerMaxLen()).as(lang).isEqualTo(gazetteer);
    assertThat(l.scheme()).as(lang).isEqualTo(scheme);
    assertThat(l.secondStageFolds()).as(lang).isEqualTo(folds);
  }

  private static java.util.List<String> cut(String lang, String text) {
    return words(NerLanguage.of(lang).tokenizer(), text);
  }

  private static java.util.List<String> words(Tokenizer t, String text) {
    return t.tokenize(text).stream().map(s -> s.of(text)).toList();
  }
}
