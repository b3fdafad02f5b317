package amity.text;

import static org.assertj.core.api.Assertions.assertThat;

import amity.lang.LanguageModule;
import amity.ner.internal.Labels;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.zh.CharTokenizer;
import amity.parse.internal.ParseLanguage;
import org.junit.jupiter.api.Test;

/** The code each language needs beyond its data comes from its module, found by ServiceLoader. */
class LanguageModulesTest {
  @Test
  void theRecognisersSettingsOfEachLanguageComeFromItsModule() {
    for (String tag : new String[] {"en", "vi", "zh", "es"}) {
      assertThat(LanguageModule.of(tag)).as(tag).isPresent();
      assertThat(NerLanguage.of(tag).lang()).isEqualTo(tag);
    }
    NerLanguage zh = NerLanguage.of("zh-Hans");
    assertThat(zh.scheme()).isEqualTo(Labels.Scheme.BIOES);
    assertThat(zh.tokenizer()).isInstanceOf(CharTokenizer.class);
    assertThat(zh.clusterNgrams()).containsExactly(1, 2);
    assertThat(zh.gazetteerMaxLen()).isEqualTo(10);
    assertThat(NerLanguage.of("vi").clusterNgrams()).containsExactly(1, 2);
    assertThat(NerLanguage.of("en").secondStageFolds()).isEqualTo(5);
    assertThat(NerLanguage.of("es").lexicon()).isEqualTo(WordClasses.SPANISH);
    assertThat(NerLanguage.of("es").secondStageFolds()).isEqualTo(5);
    // A language without a module reads as Latin script with one tagger.
    NerLanguage de = NerLanguage.of("de");
    assertThat(LanguageModule.of("de")).isEmpty();
    assertThat(de.lang()).isEqualTo("de");
    assertThat(de.secondStageFolds()).isZero();
    assertThat(de.lexicon()).isEqualTo(WordClasses.NO_LEXICON);
  }

  @Test
  void theParsersSettingsOfEachLanguageComeFromItsModule() {
    assertThat(ParseLanguage.of("en").headFirst()).isFalse();
    assertThat(ParseLanguage.of("en").splitter().name()).isEqualTo("en-clitics");
    assertThat(ParseLanguage.of("es").headFirst()).isTrue();
    assertThat(ParseLanguage.of("es").splitter().name()).isEqualTo("es-contractions");
    assertThat(ParseLanguage.of("zh").headFirst()).isFalse();
    assertThat(ParseLanguage.of("zh").splitter().name()).isEqualTo("none");
    assertThat(ParseLanguage.of("vi").headFirst()).isTrue();
    assertThat(ParseLanguage.of("vi").splitter().name()).isEqualTo("none");
  }
}
