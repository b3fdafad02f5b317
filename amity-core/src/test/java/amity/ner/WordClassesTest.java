package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.LatinFeatures;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import amity.ner.train.NerTrainer;
import amity.testkit.TinyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The Spanish dictionary's word classes, read from LanguageTool's data on the class path, and the models that use them. */
class WordClassesTest {
  private static final WordClasses ES = WordClasses.named(WordClasses.SPANISH);

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
    LatinFeatures es = (LatinFeatures) NerLanguage.of("es").features(WordClusters.none(), WordClasses.SPANISH);
    LatinFeatures en = (LatinFeatures) NerLanguage.of("en").features(WordClusters.none(), WordClasses.NO_LEXICON);
    // a known place and an unknown word of the same shape differ in more features with the dictionary
    assertThat(differing(es, sentence, unknown, 2)).isGreaterThan(differing(en, sentence, unknown, 2));
  }

  @Test
  void aModelRecordsTheLexiconItWasTrainedWith() throws Exception {
    assertThat(Models.bundled("es").orElseThrow().lexicon()).isEqualTo(WordClasses.SPANISH);
    assertThat(Models.bundled("en").orElseThrow().lexicon()).isEmpty();
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(3)).train("es", TinyData.sentences(120, 5), List.of(), s -> {});
    assertThat(m.lexicon()).isEqualTo(WordClasses.SPANISH);
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    NerModelFormat.write(m, saved);
    NerModel back = NerModelFormat.read(new ByteArrayInputStream(saved.toByteArray()));
    assertThat(back.lexicon()).isEqualTo(WordClasses.SPANISH);
    List<String> sentence = List.of("Ana", "Lopez", "visited", "Madrid");
    assertThat(back.tag(sentence)).isEqualTo(m.tag(sentence));

    // a model naming a lexicon this version does not know is refused, saying which
    byte[] raw = new GZIPInputStream(new ByteArrayInputStream(saved.toByteArray())).readAllBytes();
    String text = new String(raw, StandardCharsets.ISO_8859_1).replace(WordClasses.SPANISH, "languagetool-xx");
    ByteArrayOutputStream patched = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(patched)) {
      gz.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    assertThatThrownBy(() -> NerModelFormat.read(new ByteArrayInputStream(patched.toByteArray())))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("unknown lexicon 'languagetool-xx'");
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
