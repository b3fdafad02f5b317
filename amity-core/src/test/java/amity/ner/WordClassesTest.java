package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.LatinFeatures;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Spanish dictionary's word classes, read from LanguageTool's data on the class path. */
class WordClassesTest {
  private static final WordClasses ES = WordClasses.load("/org/languagetool/resource/es/es-ES.dict");

  @Test
  void properNounsAreClassedByWhatTheyName() {
    assertThat(ES.of("Barcelona") & WordClasses.PLACE).isNotZero();
    assertThat(ES.of("Pedro") & WordClasses.PERSON).isNotZero();
    assertThat(ES.of("Pedro") & WordClasses.PLACE).isZero();
    // case matters: the common noun is no name
    assertThat(ES.of("casa") & WordClasses.NOUN).isNotZero();
    assertThat(ES.of("casa") & WordClasses.NAMES).isZero();
    assertThat(ES.of("de") & WordClasses.FUNCTION_WORD).isNotZero();
    assertThat(ES.of("Zxqwv")).isZero();
    assertThat(WordClasses.NONE.of("Barcelona")).isZero();
    assertThat(WordClasses.NONE.present()).isFalse();
  }

  @Test
  void spanishFeaturesReadTheDictionaryAndEnglishOnesDoNot() {
    List<String> sentence = List.of("Llegó", "a", "Guadalajara", "ayer");
    List<String> unknown = List.of("Llegó", "a", "Xqzwrt", "ayer");
    LatinFeatures es = (LatinFeatures) NerLanguage.of("es").features().apply(WordClusters.none());
    LatinFeatures en = (LatinFeatures) NerLanguage.of("en").features().apply(WordClusters.none());
    // a known place and an unknown word of the same shape differ in more features with the dictionary
    assertThat(differing(es, sentence, unknown, 2)).isGreaterThan(differing(en, sentence, unknown, 2));
  }

  private static long differing(LatinFeatures fx, List<String> a, List<String> b, int i) {
    FeatureBuffer ba = new FeatureBuffer();
    FeatureBuffer bb = new FeatureBuffer();
    fx.extract(a, ba);
    fx.extract(b, bb);
    int[] fa = ba.copy(i);
    int[] fb = bb.copy(i);
    return Arrays.stream(fa).filter(x -> Arrays.stream(fb).noneMatch(y -> y == x)).count();
  }
}
