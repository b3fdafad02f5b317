package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import amity.ner.internal.TopicWords;
import amity.ner.internal.WordClasses;
import amity.ner.train.NerTrainer;
import amity.testkit.TinyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    List<int[][]> f = DocumentFeatures.of(labels, doc, first, TopicWords.NONE, WordClasses.NONE);
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
  void featuresPairTheLabelsWithWhetherTheDocumentIsAboutATopic() {
    Labels labels = new Labels(List.of("PER", "LOC", "ORG"));
    int o = labels.id("O");
    int bLoc = labels.id("B-LOC");
    TopicWords sport = new TopicWords(List.of("sport"), Map.of("goal", 0, "league", 0));
    // 2 topic words of 10 tokens: about sport; "Parma" is read as a place by the first stage
    List<List<String>> doc = List.of(words("Parma scored a late goal ."), words("Parma top the league"));
    List<int[]> first = List.of(new int[] {bLoc, o, o, o, o, o}, new int[] {bLoc, o, o, o});
    List<int[][]> f = DocumentFeatures.of(labels, doc, first, sport, WordClasses.NONE);
    int loc = labels.types().indexOf("LOC");
    assertThat(f.get(0)[0])
        .contains(
            Hash.feature(DocumentFeatures.TOPIC_SELF, 0, 1, bLoc),
            Hash.feature(DocumentFeatures.TOPIC_WORD, 0, 1, Hash.of("parma")),
            Hash.feature(DocumentFeatures.TOPIC_MAJORITY, 0, 1, (loc + 1) * 64 + bLoc));
    assertThat(f.get(0)[2]).contains(Hash.feature(DocumentFeatures.TOPIC_SELF, 0, 1, o)); // every token has its label's
    // a sentence without topic words: not about sport
    List<int[][]> none = DocumentFeatures.of(labels, List.of(words("Parma won in Rome")), List.of(new int[] {bLoc, o, o, bLoc}), sport, WordClasses.NONE);
    assertThat(none.get(0)[0]).contains(Hash.feature(DocumentFeatures.TOPIC_SELF, 0, 0, bLoc));
    assertThat(DocumentFeatures.of(labels, doc, first, TopicWords.NONE, WordClasses.NONE).get(0)[0]).hasSize(f.get(0)[0].length - 3);

    // with the Spanish dictionary, a place name in a sports story: "sport, a place, read as LOC"
    WordClasses es = WordClasses.named(WordClasses.SPANISH);
    assertThat(es.of("Parma") & WordClasses.PLACE).isNotZero();
    List<List<String>> story = List.of(words("El Parma marcó dos goles"), words("Parma ganó la liga"));
    List<int[]> read = List.of(new int[] {o, bLoc, o, o, o}, new int[] {bLoc, o, o, o});
    int names = es.of("Parma") & WordClasses.NAMES;
    assertThat(DocumentFeatures.of(labels, story, read, TopicWords.of(amity.lang.LanguagePacks.bundled().get("es").orElseThrow()), es).get(0)[1])
        .contains(Hash.feature(DocumentFeatures.TOPIC_CLASS, 1, names, bLoc), Hash.feature(DocumentFeatures.TOPIC_SELF, 0, 1, bLoc));
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
    NerModelFormat.write(m, b);
    NerModel back = NerModelFormat.read(new ByteArrayInputStream(b.toByteArray()));
    assertThat(back.firstStage()).isNotNull();
    assertThat(m.topics().topics()).containsExactly("sport"); // en's topics.tsv
    assertThat(back.topics()).isEqualTo(m.topics());
    assertThat(back.tagDocument(doc)).isEqualTo(tags);
    assertThat(NerEvaluation.evaluate(CorpusReader.sentences(dev), NerEvaluation.predictDocuments(back, dev)).overall().f1()).isGreaterThan(0.95);
  }

  @Test
  void theSecondStageLearnsThatATownNamesAClubInASportsStory() {
    // "<town> ganó ayer ." is a club in a story with sports words and a place in one without:
    // the sentence alone cannot tell, so the first stage cannot; the second reads es's topics.tsv
    String[] towns = {"Parma", "Bolonia", "Toledo", "Mérida", "Getafe", "Eibar", "Lleida", "Badajoz"};
    List<CorpusReader.Document> train = clubsAndTowns(towns, 0, 160);
    List<CorpusReader.Document> dev = clubsAndTowns(towns, 1, 40);
    NerModel m = new NerTrainer(NerTrainer.Config.defaults().withEpochs(6).withSecondStage(3, 1)).trainStacked("es", train, dev, List.of(), 3, s -> {});
    List<List<String>> sport = List.of(words("Los goles dieron la liga al equipo ."), words("Getafe ganó ayer ."));
    List<List<String>> town = List.of(words("El alcalde recorrió la ciudad ."), words("Getafe ganó ayer ."));
    assertThat(m.tagDocument(sport).get(1)).startsWith("B-ORG");
    assertThat(m.tagDocument(town).get(1)).startsWith("B-LOC");
    assertThat(m.firstStage().tagDocument(sport).get(1)).isEqualTo(m.firstStage().tagDocument(town).get(1));
  }

  private static List<CorpusReader.Document> clubsAndTowns(String[] towns, int offset, int n) {
    List<CorpusReader.Document> out = new ArrayList<>();
    for (int d = 0; d < n; d++) {
      boolean sport = (d + offset) % 2 == 0;
      String name = towns[(d / 2) % towns.length];
      TaggedSentence lead = sport
          ? new TaggedSentence(words("Los goles dieron la liga al equipo ."), List.of("O", "O", "O", "O", "O", "O", "O", "O"))
          : new TaggedSentence(words("El alcalde recorrió la ciudad ."), List.of("O", "O", "O", "O", "O", "O"));
      TaggedSentence won = new TaggedSentence(words(name + " ganó ayer ."), List.of(sport ? "B-ORG" : "B-LOC", "O", "O", "O"));
      out.add(new CorpusReader.Document(List.of(lead, won), true));
    }
    return out;
  }

  private static List<CorpusReader.Document> documents(List<TaggedSentence> sentences) {
    List<CorpusReader.Document> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i += 5) out.add(new CorpusReader.Document(sentences.subList(i, Math.min(sentences.size(), i + 5)), true));
    return out;
  }
}
