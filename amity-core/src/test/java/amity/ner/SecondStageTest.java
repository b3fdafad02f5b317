package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The second stage: features read off a first stage's labels of a document, training, the model file. */
class SecondStageTest {
  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void featuresSayHowTheFirstStageLabelledTheWordElsewhere() {
    Labels labels = new Labels(List.of("PER", "LOC", "ORG"));
    int o = labels.id("O");
    int bOrg = labels.id("B-ORG");
    int bPer = labels.id("B-PER");
    List<List<String>> doc = List.of(words("Ruch won"), words("Ruch lost to Widzew"), words("Ruch drew the ruch"));
    List<int[]> first = List.of(new int[] {bOrg, o}, new int[] {bOrg, o, o, bOrg}, new int[] {bPer, o, o, o});
    List<int[][]> f = DocumentFeatures.of(labels, doc, first);
    int org = labels.types().indexOf("ORG");
    // third sentence's Ruch: both other occurrences ORG (5 fifths), so ORG is the majority, with its own PER
    assertThat(f.get(2)[0])
        .contains(
            Hash.feature(DocumentFeatures.SELF, bPer),
            Hash.feature(DocumentFeatures.SHARE, org, 5),
            Hash.feature(DocumentFeatures.MAJORITY, org + 1),
            Hash.feature(DocumentFeatures.MAJORITY_SELF, org + 1, bPer),
            Hash.feature(DocumentFeatures.LOWER, 1)); // "ruch" in lower case too
    // first sentence's Ruch: one ORG and one PER among the others, no majority over a tie
    assertThat(f.get(0)[0]).contains(Hash.feature(DocumentFeatures.SHARE, org, 3)); // 1 of 2: round(2.5)
    // Widzew occurs once; "lost" is not capitalised, so it gets only its labels and neighbours'
    assertThat(f.get(1)[3]).contains(Hash.feature(DocumentFeatures.UNSEEN, bOrg), Hash.feature(DocumentFeatures.PREV2, o, o));
    assertThat(f.get(1)[1]).hasSize(5).contains(Hash.feature(DocumentFeatures.PREV, bOrg), Hash.feature(DocumentFeatures.NEXT2, o, bOrg));
  }

  @Test
  void stackedModelTagsDocumentsAndSentencesAndSurvivesSaveAndLoad() throws IOException {
    List<CorpusReader.Document> train = documents(TinyData.sentences(300, 1));
    List<CorpusReader.Document> dev = documents(TinyData.sentences(60, 2));
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(4).withSecondStage(3, 2)).trainStacked("en", train, dev, List.of(), 3, s -> {});
    assertThat(m.firstStage()).isNotNull();
    assertThat(m.firstStage().firstStage()).isNull();
    List<List<String>> doc = List.of(words("John Smith visited Paris ."), words("Mary Lopez left Reuters in Lima ."));
    List<List<String>> tags = m.tagDocument(doc);
    assertThat(tags.get(0)).containsExactly("B-PER", "I-PER", "O", "B-LOC", "O");
    assertThat(m.tag(doc.get(1))).isEqualTo(tags.get(1)); // a sentence alone is a document of one
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    m.save(b);
    NerModel back = NerModel.load(new ByteArrayInputStream(b.toByteArray()));
    assertThat(back.firstStage()).isNotNull();
    assertThat(back.tagDocument(doc)).isEqualTo(tags);
    assertThat(NerEvaluation.evaluate(CorpusReader.sentences(dev), NerEvaluation.predictDocuments(back, dev)).overall().f1()).isGreaterThan(0.95);
  }

  private static List<CorpusReader.Document> documents(List<TaggedSentence> sentences) {
    List<CorpusReader.Document> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += 5) out.add(new CorpusReader.Document(sentences.subList(i, Math.min(sentences.size(), i + 5)), true));
    return out;
  }
}
