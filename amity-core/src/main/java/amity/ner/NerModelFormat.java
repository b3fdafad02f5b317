package amity.ner;

import amity.ner.internal.Gazetteer;
import amity.ner.internal.Labels;
import amity.ner.internal.ModelInput;
import amity.ner.internal.TopicWords;
import amity.ner.internal.WeightTable;
import amity.ner.internal.WordClasses;
import amity.ner.internal.WordClusters;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The file format of an {@link NerModel}: gzip over a {@link DataOutputStream}, a magic number, a
 * version, and the model's parts. Since version 7 the file records the specification of the
 * features the model was trained with ({@link NerModel#featureSpec()}), and {@link #read} refuses a
 * model whose features this code no longer computes the same way: its weights would be read
 * against other features and tag nonsense without a word.
 *
 * <pre>{@code
 * NerModel model;
 * try (InputStream in = Files.newInputStream(Path.of("en.bin"))) {
 *   model = NerModelFormat.read(in);
 * }
 * }</pre>
 */
public final class NerModelFormat {
  private static final int MAGIC = 0x414D4E52; // "AMNR"
  // 2: without the document weight; 3: without the label scheme (BIO) and first stage; 4: without the lexicon;
  // 5: without topic words; 6: without the feature specification
  static final int VERSION = 7;

  private NerModelFormat() {}

  /** Writes {@code model}, gzip-compressed; {@link #read} reads it back. Does not close {@code out}. */
  public static void write(NerModel model, OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    write(model, d);
    d.flush();
    gz.finish();
  }

  private static void write(NerModel m, DataOutputStream d) throws IOException {
    d.writeUTF(m.lang());
    d.writeUTF(m.featureSpec());
    List<String> types = m.labels().types();
    d.writeInt(types.size());
    for (String t : types) d.writeUTF(t);
    d.writeUTF(m.labels().scheme().name());
    d.writeUTF(m.lexicon());
    m.clusters().write(d);
    m.gazetteer().write(d);
    for (float t : m.transitions()) d.writeFloat(t);
    for (float s : m.start()) d.writeFloat(s);
    m.weights().write(d);
    d.writeInt(m.edgeK());
    m.edgeWeights().write(d);
    d.writeFloat(m.documentWeight());
    m.topics().write(d);
    NerModel first = m.firstStage();
    d.writeBoolean(first != null);
    if (first != null) write(first, d);
  }

  /**
   * Reads a model written by {@link #write}. Does not close {@code in}.
   *
   * @throws IOException when the stream is not a model of a version this code reads, or when the
   *     model was trained with features this code computes differently
   */
  public static NerModel read(InputStream in) throws IOException {
    DataInputStream d = ModelInput.gunzipping(in);
    int magic = d.readInt();
    if (magic != MAGIC) throw new IOException("not an amity NER model (magic " + Integer.toHexString(magic) + ")");
    int version = d.readInt();
    if (version < 2 || version > VERSION) throw new IOException("NER model version " + version + ", expected 2 to " + VERSION);
    return read(d, version);
  }

  private static NerModel read(DataInputStream d, int version) throws IOException {
    String lang = d.readUTF();
    String recorded = version >= 7 ? d.readUTF() : null;
    int nTypes = d.readInt();
    if (nTypes < 0 || nTypes > Labels.TYPES.size()) throw new IOException("bad type count " + nTypes);
    List<String> types = new ArrayList<>();
    for (int i = 0; i < nTypes; i++) types.add(d.readUTF());
    Labels labels;
    try {
      labels = new Labels(types, version >= 4 ? Labels.Scheme.valueOf(d.readUTF()) : Labels.Scheme.BIO);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad NER model: " + e.getMessage(), e);
    }
    // models before version 5 read no lexicon
    String lexicon = version >= 5 ? d.readUTF() : WordClasses.NO_LEXICON;
    WordClusters clusters = WordClusters.read(d);
    Gazetteer gazetteer = Gazetteer.read(d);
    int l = labels.size();
    float[] trans = new float[l * l];
    for (int i = 0; i < trans.length; i++) trans[i] = d.readFloat();
    float[] start = new float[l];
    for (int i = 0; i < l; i++) start[i] = d.readFloat();
    WeightTable weights = WeightTable.read(d);
    int edgeK = d.readInt();
    if (edgeK < 0 || edgeK > 64) throw new IOException("bad edge feature count " + edgeK);
    WeightTable edgeWeights = WeightTable.read(d);
    float documentWeight = version >= 3 ? d.readFloat() : 0f;
    if (!(documentWeight >= 0 && documentWeight < 1e6)) throw new IOException("bad document weight " + documentWeight);
    TopicWords topics = version >= 6 ? TopicWords.read(d) : TopicWords.NONE;
    NerModel first = version >= 4 && d.readBoolean() ? read(d, version) : null;
    NerModel model;
    try {
      model = new NerModel(lang, lexicon, labels, clusters, gazetteer, weights, edgeK, edgeWeights, trans, start, documentWeight, topics, first);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad NER model: " + e.getMessage(), e);
    }
    checkFeatures(model, recorded == null ? firstVersions(model.featureSpec()) : recorded);
    return model;
  }

  /**
   * {@return the specification that files before version 7 were trained with}: they were written
   * by code whose features were the first version of each extractor
   */
  static String firstVersions(String spec) {
    return spec.replaceAll("/\\d+", "/1");
  }

  /** Refuses a model trained with features that this code computes differently. */
  static void checkFeatures(NerModel model, String recorded) throws IOException {
    String now = model.featureSpec();
    if (!now.equals(recorded)) {
      throw new IOException(
          "NER model for " + model.lang() + " was trained with features [" + recorded + "] but this code computes ["
              + now + "]: retrain it with `amity train-ner` (MODELS.md)");
    }
  }
}
