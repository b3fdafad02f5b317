package amity.ner;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.Featurizer;
import amity.ner.internal.Gazetteer;
import amity.ner.internal.Hash;
import amity.ner.internal.Labels;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.TopicWords;
import amity.ner.internal.Viterbi;
import amity.ner.internal.WeightTable;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A trained named-entity tagger for one language: tokens in, BIO tags over PER, LOC, ORG and MISC
 * out. Immutable and thread-safe.
 *
 * <pre>{@code
 * NerModel model = NerModelFormat.read(in);
 * List<String> tags = model.tag(List.of("Vietnamese", "Prime", "Minister", "Phạm", "Minh", "Chính"));
 * }</pre>
 *
 * <p>Tokens must be cut as the training corpus was: words for English and Spanish, syllables for
 * Vietnamese, characters for Chinese ({@link NerMentionFinder} does this for running text).
 */
public final class NerModel {
  /** Longest document {@link #tagDocument} reads at once, in sentences: callers cut longer ones. */
  public static final int MAX_DOCUMENT_SENTENCES = 2000;

  private final String lang;
  private final String lexicon;
  private final Labels labels;
  private final WordClusters clusters;
  private final Gazetteer gazetteer;
  private final WeightTable weights;
  private final int edgeK;
  private final WeightTable edgeWeights;
  private final float[] transitions;
  private final float[] start;
  private final float documentWeight;
  private final TopicWords topics;
  private final @Nullable NerModel firstStage;
  private final Featurizer features;
  private final ThreadLocal<Featurizer.Buffers> buffers = ThreadLocal.withInitial(Featurizer.Buffers::new);
  private final ThreadLocal<FeatureBuffer> merged = ThreadLocal.withInitial(FeatureBuffer::new);

  /**
   * A model from its parts, as the trainer ({@link amity.ner.train.NerTrainer}) and the file format
   * ({@link NerModelFormat}) make it; the features are this code's for {@code lang}.
   *
   * @throws IllegalArgumentException when the parts do not fit together
   */
  public NerModel(
      String lang,
      String lexicon,
      Labels labels,
      WordClusters clusters,
      Gazetteer gazetteer,
      WeightTable weights,
      int edgeK,
      WeightTable edgeWeights,
      float[] transitions,
      float[] start,
      float documentWeight,
      TopicWords topics,
      @Nullable NerModel firstStage) {
    if (!(documentWeight >= 0 && documentWeight < 1e6)) throw new IllegalArgumentException("bad document weight " + documentWeight);
    if (firstStage == null && topics.size() > 0) throw new IllegalArgumentException("topic words without a first stage");
    this.documentWeight = documentWeight;
    this.topics = topics;
    this.firstStage = firstStage;
    if (firstStage != null && !firstStage.labels.toString().equals(labels.toString())) {
      throw new IllegalArgumentException("first stage labels " + firstStage.labels + " differ from " + labels);
    }
    this.lang = NerLanguage.primary(lang);
    this.lexicon = lexicon;
    this.labels = labels;
    this.clusters = clusters;
    this.gazetteer = gazetteer;
    this.weights = weights;
    this.edgeK = edgeK;
    this.edgeWeights = edgeWeights;
    this.transitions = transitions.clone();
    this.start = start.clone();
    if (transitions.length != labels.size() * labels.size() || start.length != labels.size()) {
      throw new IllegalArgumentException("transition table does not fit " + labels);
    }
    this.features = new Featurizer(NerLanguage.of(this.lang).features(clusters, lexicon), gazetteer);
  }

  /** {@return the primary language subtag this model tags, e.g. "en"} */
  public String lang() {
    return lang;
  }

  /**
   * {@return the name of the dictionary whose word classes this model's features read} (empty
   * for none; see {@link amity.ner.internal.WordClasses#named})
   */
  public String lexicon() {
    return lexicon;
  }

  /** {@return the entity types this model predicts, e.g. [PER, LOC, ORG]} */
  public List<String> types() {
    return labels.types();
  }

  /** {@return the labels this model decodes over} */
  public Labels labels() {
    return labels;
  }

  /** {@return the number of weighted features} */
  public int featureCount() {
    return weights.size() + edgeWeights.size();
  }

  /**
   * {@return the weight of document context (0: none)}: how strongly a token leans towards the
   * labels its word got elsewhere in the document, in {@link #tagDocument}
   */
  public float documentWeight() {
    return documentWeight;
  }

  /** {@return this model with another document weight} */
  public NerModel withDocumentWeight(float w) {
    return new NerModel(lang, lexicon, labels, clusters, gazetteer, weights, edgeK, edgeWeights, transitions, start, w, topics, firstStage);
  }

  /**
   * {@return this model as the second stage of {@code first}}: its features then include the
   * labels {@code first} gave the document and the document's {@code topics} ({@link
   * DocumentFeatures})
   */
  public NerModel withFirstStage(NerModel first, TopicWords topics) {
    return new NerModel(lang, lexicon, labels, clusters, gazetteer, weights, edgeK, edgeWeights, transitions, start, documentWeight, topics, first);
  }

  /** {@return the words whose share of a document its second stage reads (none for one stage)} */
  public TopicWords topics() {
    return topics;
  }

  /** {@return the first-stage model whose labels this one reads, or null for a single-stage model} */
  @Nullable NerModel firstStage() {
    return firstStage;
  }

  /**
   * {@return one BIO tag per token of each sentence of one document (a news story)}: with a
   * {@link #documentWeight()}, a word tagged as a name elsewhere in the document leans towards the
   * same label (see {@code DocumentContext}); without one, the same as {@link #tag} on each
   * sentence. Documents longer than 2,000 sentences should be cut.
   */
  public List<List<String>> tagDocument(List<List<String>> sentences) {
    return DocumentContext.tag(this, sentences);
  }

  /** {@return one BIO tag per token} */
  public List<String> tag(List<String> tokens) {
    return labels.bio(decode(tokens));
  }

  int[] decode(List<String> tokens) {
    return decode(tokens, null);
  }

  /** {@return the label ids of the best sequence, {@code bias[i * L + y]} added to token i's score for label y} */
  int[] decode(List<String> tokens, float @Nullable [] bias) {
    if (tokens.isEmpty()) return new int[0];
    if (firstStage != null) return decode(documentScores(List.of(tokens)).get(0), bias);
    return decode(scores(tokens), bias);
  }

  /**
   * {@return the label ids this model gives a document, as a first stage hands them to a second}
   * (with its document context, if it has a weight; the shipped first stages have none: labelling
   * the training folds with document context made the second stage worse, MODELS.md)
   */
  public List<int[]> labelIds(List<List<String>> document) {
    List<int[]> out = new ArrayList<>(document.size());
    for (List<String> tags : tagDocument(document)) out.add(labels.encode(tags));
    return out;
  }

  /**
   * {@return the scores of each sentence of a document}: a second-stage model first lets its
   * first stage label the document, sentence by sentence, and reads features off those labels
   */
  List<Scores> documentScores(List<List<String>> document) {
    List<Scores> out = new ArrayList<>(document.size());
    if (firstStage == null) {
      for (List<String> s : document) out.add(s.isEmpty() ? new Scores(0, new float[0], null) : scores(s));
      return out;
    }
    List<int[]> first = firstStage.labelIds(document);
    List<int[][]> extra = DocumentFeatures.of(labels, document, first, topics, WordClasses.named(lexicon));
    for (int k = 0; k < document.size(); k++) {
      List<String> s = document.get(k);
      out.add(s.isEmpty() ? new Scores(0, new float[0], null) : scores(s, extra.get(k)));
    }
    return out;
  }

  /**
   * Emission scores ({@code emit[i * L + y]}) and position-dependent transition scores (or null)
   * of a sentence, kept so that a second pass need not score its features again.
   */
  record Scores(int n, float[] emit, float @Nullable [] edge) {}

  /** {@return the scores of a non-empty sentence} */
  Scores scores(List<String> tokens) {
    return scores(tokens, null);
  }

  /** {@return the scores of a non-empty sentence, each token's {@code extra[i]} features added (or none)} */
  private Scores scores(List<String> tokens, int @Nullable [][] extra) {
    FeatureBuffer buf = features.extract(tokens, buffers.get());
    if (extra != null) buf = FeatureBuffer.merge(buf, extra, merged.get());
    int l = labels.size();
    float[] emit = new float[tokens.size() * l];
    weights.score(buf, emit);
    float[] edge = null;
    if (edgeK > 0 && edgeWeights.size() > 0) {
      edge = new float[tokens.size() * l * l];
      edgeWeights.score(buf, edgeK, Hash.EDGE, edge);
    }
    return new Scores(tokens.size(), emit, edge);
  }

  /** {@return the label ids of the best sequence under {@code s}, {@code bias} (or null) added to its emissions} */
  int[] decode(Scores s, float @Nullable [] bias) {
    if (s.n() == 0) return new int[0];
    float[] emit = s.emit();
    if (bias != null) {
      emit = emit.clone();
      for (int i = 0; i < emit.length; i++) emit[i] += bias[i];
    }
    return Viterbi.decode(emit, s.n(), labels, transitions, start, s.edge());
  }

  /**
   * {@return the specification of the features this model reads, as this code computes them}
   * (e.g. "latin/1 gazetteer/1 document/1"); {@link NerModelFormat} refuses a file trained with
   * another
   */
  public String featureSpec() {
    return features.spec() + (firstStage == null ? "" : " " + DocumentFeatures.SPEC);
  }

  /** {@return the features this model reads (without the second stage's document features)} */
  Featurizer featurizer() {
    return features;
  }

  WordClusters clusters() {
    return clusters;
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  WeightTable weights() {
    return weights;
  }

  int edgeK() {
    return edgeK;
  }

  WeightTable edgeWeights() {
    return edgeWeights;
  }

  float[] transitions() {
    return transitions.clone();
  }

  float[] start() {
    return start.clone();
  }

  @Override
  public String toString() {
    return "NerModel[" + lang + ", " + Arrays.toString(types().toArray()) + ", " + weights.size() + " features, "
        + (lexicon.isEmpty() ? "" : "lexicon " + lexicon + ", ")
        + clusters.size() + " clustered words, " + gazetteer.size() + " listed names" + (documentWeight > 0 ? ", document weight " + documentWeight : "") + (topics.size() > 0 ? ", topics " + topics.topics() : "") + (firstStage != null ? ", second stage of " + firstStage : "") + "]";
  }
}
