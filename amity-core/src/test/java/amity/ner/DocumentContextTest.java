package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ner.corpus.ConllTagging;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import amity.ner.internal.Labels;
import amity.ner.train.NerTrainer;
import amity.ner.train.TrainNer;
import amity.testkit.TinyData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Document context: the second pass, documents in {@code amity tag} and in evaluation, the model field. */
class DocumentContextTest {
  private static NerModel model;

  @BeforeAll
  static void train() {
    model = new NerTrainer(NerTrainer.Config.defaults().withEpochs(5)).train("en", TinyData.sentences(300, 1), List.of(), s -> {});
  }

  private static final List<List<String>> DOC =
      List.of(words("Mary Lopez visited Zorg ."), words("Tom Kim left Zorg ."), words("Zorg praised Reuters ."));

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void biasLeansEachCapitalisedWordTowardsItsOtherOccurrences() {
    Labels labels = new Labels(List.of("PER", "LOC", "ORG"));
    List<List<String>> doc = List.of(words("Ruch won"), words("Ruch lost to Widzew"), words("Ruch drew"));
    int o = labels.id("O");
    int bOrg = labels.id("B-ORG");
    int bPer = labels.id("B-PER");
    List<int[]> first = List.of(new int[] {bOrg, o}, new int[] {bOrg, o, o, bOrg}, new int[] {bPer, o});
    Map<String, int[]> counts = DocumentContext.counts(labels, doc, first);
    assertThat(counts.get("Ruch")).containsExactly(1, 0, 2, 3); // PER, LOC, ORG, occurrences
    assertThat(counts).doesNotContainKey("won");

    int l = labels.size();
    // third sentence: the other two occurrences are both ORG, whatever this one was
    float[] third = DocumentContext.bias(labels, doc.get(2), first.get(2), counts, 10f);
    assertThat(third[labels.id("B-ORG")]).isEqualTo(10f);
    assertThat(third[labels.id("I-ORG")]).isEqualTo(10f);
    assertThat(third[bPer]).isZero();
    assertThat(third[o]).isZero();
    assertThat(third[l + o]).isZero(); // "drew" is not capitalised
    // first sentence: the others are one ORG and one PER
    float[] firstBias = DocumentContext.bias(labels, doc.get(0), first.get(0), counts, 10f);
    assertThat(firstBias[bOrg]).isEqualTo(5f);
    assertThat(firstBias[bPer]).isEqualTo(5f);
    // a word that occurs once ("Widzew") leans nowhere; nor does a sentence without repeated words
    float[] second = DocumentContext.bias(labels, doc.get(1), first.get(1), counts, 10f);
    for (int y = 0; y < l; y++) assertThat(second[3 * l + y]).isZero();
    assertThat(DocumentContext.bias(labels, words("Widzew won"), new int[] {bOrg, o}, counts, 10f)).isNull();
  }

  @Test
  void otherOccurrencesTaggedOLeanTowardsO() {
    Labels labels = new Labels(List.of("PER", "LOC"));
    List<List<String>> doc = List.of(words("The end"), words("The start"), words("The Lima"));
    int o = labels.id("O");
    List<int[]> first = List.of(new int[] {o, o}, new int[] {o, o}, new int[] {labels.id("B-LOC"), labels.id("I-LOC")});
    Map<String, int[]> counts = DocumentContext.counts(labels, doc, first);
    float[] third = DocumentContext.bias(labels, doc.get(2), first.get(2), counts, 4f);
    assertThat(third[o]).isEqualTo(4f);
    assertThat(third[labels.id("B-LOC")]).isZero();
  }

  @Test
  void withoutWeightADocumentIsTaggedSentenceBySentence() {
    assertThat(model.documentWeight()).isZero();
    List<List<String>> doc = List.of(words("John Smith visited Paris ."), words("Paris praised Reuters ."), words("Reuters left Lima ."));
    List<List<String>> expected = new ArrayList<>();
    for (List<String> s : doc) expected.add(model.tag(s));
    assertThat(model.tagDocument(doc)).isEqualTo(expected);
  }

  @Test
  void weightMakesAWordAgreeWithItsOtherOccurrences() {
    List<List<String>> doc = DOC;
    // first pass: the unknown Zorg is a place twice, but a person where a first name stands
    assertThat(model.tag(doc.get(0)).get(3)).isEqualTo("B-LOC");
    assertThat(model.tag(doc.get(1)).get(3)).isEqualTo("B-LOC");
    assertThat(model.tag(doc.get(2))).containsExactly("B-PER", "O", "B-ORG", "O");
    List<List<String>> tags = model.withDocumentWeight(1000f).tagDocument(doc);
    assertThat(tags.get(2)).containsExactly("B-LOC", "O", "B-ORG", "O");
    assertThat(tags.get(0)).isEqualTo(model.tag(doc.get(0)));
  }

  @Test
  void documentWeightSurvivesSaveAndLoad() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    NerModelFormat.write(model.withDocumentWeight(24f), b);
    NerModel back = NerModelFormat.read(new ByteArrayInputStream(b.toByteArray()));
    assertThat(back.documentWeight()).isEqualTo(24f);
    assertThat(back.featureCount()).isEqualTo(model.featureCount());
  }

  @Test
  void oldModelFilesLoadWithoutDocumentContext() {
    // zh.bin was written as version 2, before the document weight existed
    NerModel zh = Models.bundled("zh").orElseThrow();
    assertThat(zh.documentWeight()).isZero();
    assertThat(zh.tag(List.of("李", "强", "在", "北", "京"))).hasSize(5);
  }

  private static String conll(List<List<String>> doc) {
    StringBuilder b = new StringBuilder();
    for (List<String> s : doc) {
      for (String w : s) b.append(w).append(' ').append(w.equals("Zorg") ? "B-LOC" : "O").append('\n');
      b.append('\n');
    }
    return b.toString();
  }

  @Test
  void tagUsesDocumentsOnlyWhenTheInputMarksThemAndEvaluationAgrees(@TempDir Path dir) throws IOException {
    NerModel m = model.withDocumentWeight(1000f);
    String plain = conll(DOC);
    // no -DOCSTART-: sentence by sentence (the third sentence's Zorg stays a person)
    assertThat(tags(tag(plain, m)).get(10)).isEqualTo("B-PER");
    // the document before the first -DOCSTART- (as in this project's copy of CoNLL-2003), and after the last
    String marked = plain + "-DOCSTART- -X- O O\n\n" + plain;
    String out = tag(marked, m);
    String[] lines = out.split("\n", -1);
    assertThat(lines).hasSize(marked.split("\n", -1).length);
    assertThat(lines[17]).isEqualTo("-DOCSTART- -X- O O\tO");
    assertThat(lines[12]).isEqualTo("Zorg B-LOC\tB-LOC");
    assertThat(tags(out).get(10)).isEqualTo("B-LOC");
    assertThat(tags(out).get(14 + 10)).isEqualTo("B-LOC");

    // amity eval ner reads the same documents and predicts the same tags
    Path file = dir.resolve("dev.conll");
    Files.writeString(file, marked, StandardCharsets.UTF_8);
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(file, "en");
    assertThat(docs).hasSize(2);
    assertThat(docs).allMatch(CorpusReader.Document::context);
    List<String> fromTag = tags(out);
    List<String> fromEval = new ArrayList<>();
    for (List<String> s : NerEvaluation.predictDocuments(m, docs)) fromEval.addAll(s);
    assertThat(fromEval).isEqualTo(fromTag);

    Path unmarked = dir.resolve("plain.conll");
    Files.writeString(unmarked, plain, StandardCharsets.UTF_8);
    assertThat(CorpusReader.readDocuments(unmarked, "en")).singleElement().matches(d -> !d.context() && d.sentences().size() == 3);
  }

  @Test
  void trainingChoosesTheDocumentWeightOnDevDocuments() {
    List<TaggedSentence> gold =
        List.of(
            new TaggedSentence(DOC.get(0), List.of("B-PER", "I-PER", "O", "B-LOC", "O")),
            new TaggedSentence(DOC.get(1), List.of("B-PER", "I-PER", "O", "B-LOC", "O")),
            new TaggedSentence(DOC.get(2), List.of("B-LOC", "O", "B-ORG", "O")));
    List<String> log = new ArrayList<>();
    NerModel chosen = TrainNer.documentWeight(model, List.of(new CorpusReader.Document(gold, true)), log::add);
    assertThat(chosen.documentWeight()).isPositive();
    assertThat(log).singleElement().asString().startsWith("document weight on dev F1: 0 ");
    assertThat(NerEvaluation.evaluate(gold, chosen.tagDocument(DOC)).overall().f1()).isEqualTo(1.0);
    assertThat(NerEvaluation.evaluate(gold, NerEvaluation.predict(model, gold)).overall().f1()).isLessThan(1.0);
    // dev data that marks no documents: no weight
    assertThat(TrainNer.documentWeight(model, List.of(new CorpusReader.Document(gold, false)), log::add)).isSameAs(model);
  }

  @Test
  void efeDatelinesOpenStories() {
    assertThat(CorpusReader.opensStory(words("Sao Paulo ( Brasil ) , 23 may ( EFECOM ) ."))).isTrue();
    assertThat(CorpusReader.opensStory(words("Madrid , 23 may ( EFE ) ."))).isTrue();
    assertThat(CorpusReader.opensStory(words("La agencia EFE informó ."))).isFalse();
    assertThat(CorpusReader.opensStory(words("a b c d e f g h i j k l m n o p q r s t ( EFE ) ."))).isFalse();
  }

  @Test
  void withoutDocstartDatelinesMarkTheDocuments(@TempDir Path dir) throws IOException {
    NerModel m = model.withDocumentWeight(1000f);
    String story = "Lima B-LOC\n( O\nEFE B-ORG\n) O\n. O\n\n" + conll(DOC);
    String in = story + story;
    Path file = dir.resolve("esp.conll");
    Files.writeString(file, in, StandardCharsets.UTF_8);
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(file, "es");
    assertThat(docs).extracting(d -> d.sentences().size()).containsExactly(4, 4);
    assertThat(docs).allMatch(CorpusReader.Document::context);
    String out = tag(in, m);
    assertThat(out.split("\n", -1)).hasSize(in.split("\n", -1).length);
    List<String> tags = tags(out);
    assertThat(tags.get(5 + 10)).isEqualTo("B-LOC");
    assertThat(tags.get(19 + 5 + 10)).isEqualTo("B-LOC");
    List<String> fromEval = new ArrayList<>();
    for (List<String> s : NerEvaluation.predictDocuments(m, docs)) fromEval.addAll(s);
    assertThat(fromEval).isEqualTo(tags);
    // without a dateline (nor -DOCSTART-): sentence by sentence
    assertThat(tags(tag(conll(DOC) + conll(DOC), m)).get(10)).isEqualTo("B-PER");
  }

  @Test
  void longRunsOfSentencesAreCut(@TempDir Path dir) throws IOException {
    StringBuilder b = new StringBuilder("-DOCSTART- -X- O O\n\n");
    for (int i = 0; i < NerModel.MAX_DOCUMENT_SENTENCES + 5; i++) b.append("Paris B-LOC\n. O\n\n");
    Path file = dir.resolve("long.conll");
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(file, "en");
    assertThat(docs).extracting(d -> d.sentences().size()).containsExactly(NerModel.MAX_DOCUMENT_SENTENCES, 5);
    String out = tag(b.toString(), model.withDocumentWeight(8f));
    assertThat(out.split("\n", -1)).hasSize(b.toString().split("\n", -1).length);
  }

  private static String tag(String in, NerModel m) throws IOException {
    StringWriter out = new StringWriter();
    ConllTagging.tagConll(new StringReader(in), out, m);
    return out.toString();
  }

  /** {@return the tags of the token lines} */
  private static List<String> tags(String out) {
    List<String> tags = new ArrayList<>();
    for (String line : out.split("\n")) if (line.contains("\t") && !line.startsWith("-DOCSTART-")) tags.add(line.substring(line.lastIndexOf('\t') + 1));
    return tags;
  }
}
