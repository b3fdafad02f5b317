package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.Featurizer;
import amity.ner.internal.Gazetteer;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import amity.ner.train.NerTrainer;
import amity.testkit.Seeds;
import amity.testkit.TinyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * A model is read against the features it was trained with: the file records their
 * specification, code that computes other features refuses it, and the features each
 * specification names are pinned here on real sentences, so that a change to feature code that
 * forgets to bump the version fails this test instead of silently changing what the shipped
 * models mean.
 */
class FeatureSpecTest {
  @Test
  void theShippedModelsReadTheFeaturesThisCodeComputes() {
    assertThat(Models.bundled("en").orElseThrow().featureSpec()).isEqualTo("latin/1 gazetteer/1 document/1");
    assertThat(Models.bundled("es").orElseThrow().featureSpec()).isEqualTo("latin/1 gazetteer/1 document/1");
    assertThat(Models.bundled("zh").orElseThrow().featureSpec()).isEqualTo("zh-char/1 gazetteer/1");
  }

  @Test
  void aModelTrainedWithOtherFeaturesIsRefusedSayingWhich() throws Exception {
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(2)).train("en", TinyData.sentences(60, 3), List.of(), s -> {});
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    NerModelFormat.write(m, saved);
    assertThat(NerModelFormat.read(new ByteArrayInputStream(saved.toByteArray())).featureSpec()).isEqualTo(m.featureSpec());

    byte[] other = patched(saved.toByteArray(), "latin/1", "latin/7");
    assertThatThrownBy(() -> NerModelFormat.read(new ByteArrayInputStream(other)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("trained with features [latin/7")
        .hasMessageContaining("this code computes [latin/1")
        .hasMessageContaining("amity train-ner");
  }

  @Test
  void filesWrittenBeforeTheSpecificationWasRecordedReadAsTheFirstVersions() {
    assertThat(NerModelFormat.firstVersions("latin/3 gazetteer/2 document/1")).isEqualTo("latin/1 gazetteer/1 document/1");
  }

  // Fingerprints of the features of the first 300 sentences of each dev corpus, by specification.
  // A failure here means the features changed: if you changed feature code, bump the extractor's
  // spec() version and retrain the shipped models (MODELS.md); if you retrained a model (new
  // clusters or gazetteer), put the new fingerprint here.
  @Test
  void englishFeaturesAreTheOnesTheirSpecificationNames() {
    assertFingerprint("en", "en/eng.testa", -2633958519408673503L);
  }

  @Test
  void spanishFeaturesAreTheOnesTheirSpecificationNames() {
    assertFingerprint("es", "es/esp.testa", 3318496769764739347L);
  }

  @Test
  void chineseFeaturesAreTheOnesTheirSpecificationNames() {
    assertFingerprint("zh", "zh/peoples-daily.dev", -4360295339688454208L);
  }

  @Test
  void vietnameseFeaturesAreTheOnesTheirSpecificationNames() {
    assertFingerprint("vi", "vi/dev_syllable.conll", -4854021704398662769L);
  }

  private static void assertFingerprint(String lang, String corpusFile, long expected) {
    Path corpus = Seeds.data(corpusFile);
    Featurizer fx = Models.bundled(lang)
        .map(NerModel::featurizer)
        .orElseGet(() -> new Featurizer(NerLanguage.of(lang).features(WordClusters.none(), WordClasses.NO_LEXICON), Gazetteer.empty()));
    List<TaggedSentence> sentences = CorpusReader.read(corpus, lang);
    long h = 17;
    Featurizer.Buffers buffers = new Featurizer.Buffers();
    for (TaggedSentence s : sentences.subList(0, Math.min(300, sentences.size()))) {
      if (s.tokens().isEmpty()) continue;
      FeatureBuffer b = fx.extract(s.tokens(), buffers);
      for (int t = 0; t < b.tokens(); t++) {
        h = h * 31 + (b.end(t) - b.start(t));
        for (int k = b.start(t); k < b.end(t); k++) h = h * 31 + b.features()[k];
      }
    }
    assertThat(h).as("fingerprint of %s features %s (see the comment above the tests)", lang, fx.spec()).isEqualTo(expected);
  }

  private static byte[] patched(byte[] model, String from, String to) throws IOException {
    byte[] raw = new GZIPInputStream(new ByteArrayInputStream(model)).readAllBytes();
    String text = new String(raw, StandardCharsets.ISO_8859_1).replace(from, to);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
    return out.toByteArray();
  }
}
