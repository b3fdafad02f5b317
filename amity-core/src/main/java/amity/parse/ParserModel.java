package amity.parse;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.model.Token;
import amity.ner.internal.ModelInput;
import amity.ner.internal.WeightTable;
import amity.parse.internal.ArcEager;
import amity.parse.internal.Decoder;
import amity.parse.internal.ParseLanguage;
import amity.parse.internal.Relations;
import amity.parse.internal.Splitter;
import amity.parse.internal.TaggerFeatures;
import amity.parse.internal.Words;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPOutputStream;

/**
 * A trained part-of-speech tagger and dependency parser for one language: tokens in, a part of
 * speech, head and relation per token out. Immutable and thread-safe.
 *
 * <pre>{@code
 * ParserModel m = ParserModel.load(in);
 * ParserModel.Analysis a = m.analyse(List.of("Kohl's", "visit", "to", "Moscow", "ended", "."));
 * a.heads(); // [2, 5, 4, 2, 0, 5]
 * }</pre>
 *
 * <p>Tokens should be cut as the model was trained ({@link #tokens()}): the shipped models were
 * trained on amity's own segmentation of the treebanks' text ({@code amity.text.IcuSegmenter}), so
 * they expect what the pipeline gives them.
 */
public final class ParserModel {
  private static final int MAGIC = 0x414D4450; // "AMDP"
  private static final int VERSION = 1;

  /** How the training sentences were cut: amity's segmenter, or the treebank's own words. */
  public static final String AMITY_TOKENS = "amity";
  /** @see #AMITY_TOKENS */
  public static final String TREEBANK_WORDS = "treebank";

  private final String lang;
  private final String tokens;
  private final Splitter splitter;
  private final List<String> tags;
  private final List<String> relations;
  private final int root;
  private final WeightTable tagger;
  private final WeightTable moves;
  private final WeightTable labels;

  ParserModel(
      String lang, String tokens, Splitter splitter, List<String> tags, List<String> relations, WeightTable tagger, WeightTable moves, WeightTable labels) {
    this.lang = ParseLanguage.primary(lang);
    this.tokens = Objects.requireNonNull(tokens, "tokens must not be null");
    this.splitter = Objects.requireNonNull(splitter, "splitter must not be null");
    this.tags = List.copyOf(tags);
    this.relations = List.copyOf(relations);
    this.root = relations.indexOf(Relations.ROOT);
    this.tagger = tagger;
    this.moves = moves;
    this.labels = labels;
    if (!tokens.equals(AMITY_TOKENS) && !tokens.equals(TREEBANK_WORDS)) throw new IllegalArgumentException("unknown tokens '" + tokens + "'");
    if (root < 0) throw new IllegalArgumentException("no root relation in " + relations);
    if (tags.isEmpty() || tagger.labels() != tags.size()) {
      throw new IllegalArgumentException("tagger has " + tagger.labels() + " classes for " + tags.size() + " tags");
    }
    if (moves.labels() != ArcEager.MOVES) throw new IllegalArgumentException("move table has " + moves.labels() + " classes");
    if (labels.labels() != relations.size()) {
      throw new IllegalArgumentException("relation table has " + labels.labels() + " classes for " + relations.size() + " relations");
    }
  }

  /**
   * What the model says of a sentence.
   *
   * @param upos part of speech of each token
   * @param heads head of each token: 0 for the root, else the 1-based index of another token
   * @param relations relation of each token to its head
   */
  public record Analysis(List<String> upos, List<Integer> heads, List<String> relations) {
    public Analysis {
      upos = List.copyOf(upos);
      heads = List.copyOf(heads);
      relations = List.copyOf(relations);
    }
  }

  /** {@return the primary language subtag, e.g. "en"} */
  public String lang() {
    return lang;
  }

  /** {@return how the training sentences were cut: {@link #AMITY_TOKENS} or {@link #TREEBANK_WORDS}} */
  public String tokens() {
    return tokens;
  }

  /** {@return how it cuts a token into the words it learnt from (English "didn't" as did + n't)} */
  public String splitter() {
    return splitter.name();
  }

  /** {@return the parts of speech it tags} */
  public List<String> tags() {
    return tags;
  }

  /** {@return the relations it labels arcs with} */
  public List<String> relations() {
    return relations;
  }

  /** {@return the number of weighted features of tagger, moves and relations together} */
  public int featureCount() {
    return tagger.size() + moves.size() + labels.size();
  }

  /** {@return the part of speech of each token} */
  public List<String> tag(List<String> forms) {
    int[] t = Decoder.tag(tagger, new TaggerFeatures(forms));
    List<String> out = new ArrayList<>(t.length);
    for (int id : t) out.add(tags.get(id));
    return out;
  }

  /**
   * {@return parts of speech and a tree with one root over the tokens {@code forms}}: tokens of
   * white space alone (the segmenter keeps a no-break space as a token) are left out of the parse
   * and hang from the token before them as {@code punct}
   */
  public Analysis analyse(List<String> forms) {
    int n = forms.size();
    List<Integer> kept = new ArrayList<>(n);
    for (int i = 0; i < n; i++) if (!isSpace(forms.get(i))) kept.add(i);
    if (kept.size() == n) return analyseTokens(forms);
    List<String> upos = new ArrayList<>(Collections.nCopies(n, "PUNCT"));
    List<Integer> heads = new ArrayList<>(Collections.nCopies(n, 0));
    List<String> rel = new ArrayList<>(Collections.nCopies(n, "punct"));
    if (kept.isEmpty()) {
      for (int i = 1; i < n; i++) heads.set(i, 1);
      rel.set(0, Relations.ROOT);
      return new Analysis(upos, heads, rel);
    }
    Analysis a = analyseTokens(kept.stream().map(forms::get).toList());
    for (int j = 0; j < kept.size(); j++) {
      int i = kept.get(j);
      int h = a.heads().get(j);
      upos.set(i, a.upos().get(j));
      heads.set(i, h == 0 ? 0 : kept.get(h - 1) + 1);
      rel.set(i, a.relations().get(j));
    }
    int before = -1;
    for (int i = 0; i < n; i++) {
      if (!isSpace(forms.get(i))) before = i;
      else heads.set(i, (before >= 0 ? before : kept.get(0)) + 1);
    }
    return new Analysis(upos, heads, rel);
  }

  /** {@return whether a token is white space alone (or empty)} */
  static boolean isSpace(String token) {
    return token.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** {@return parts of speech and a tree over tokens that are not white space} */
  private Analysis analyseTokens(List<String> forms) {
    List<String> words = new ArrayList<>(forms.size() + 4);
    int[] owner = new int[forms.size() * 2 + 4];
    for (int i = 0; i < forms.size(); i++) {
      for (String w : splitter.split(forms.get(i))) {
        if (words.size() == owner.length) owner = Arrays.copyOf(owner, owner.length * 2);
        owner[words.size()] = i;
        words.add(w);
      }
    }
    Analysis a = analyseWords(words);
    return words.size() == forms.size() ? a : merge(a, owner, forms.size());
  }

  /** {@return the analysis of the words carried back to the tokens they were cut from: each token is its highest word} */
  private static Analysis merge(Analysis a, int[] owner, int n) {
    int m = a.heads().size();
    int[] depth = new int[m + 1];
    for (int w = 1; w <= m; w++) {
      for (int k = w; k != 0; k = a.heads().get(k - 1)) depth[w]++;
    }
    int[] rep = new int[n];
    for (int w = m; w >= 1; w--) {
      int t = owner[w - 1];
      if (rep[t] == 0 || depth[w] <= depth[rep[t]]) rep[t] = w;
    }
    List<String> upos = new ArrayList<>(n);
    List<Integer> heads = new ArrayList<>(n);
    List<String> rel = new ArrayList<>(n);
    for (int t = 0; t < n; t++) {
      int w = rep[t];
      int h = a.heads().get(w - 1);
      upos.add(a.upos().get(w - 1));
      heads.add(h == 0 ? 0 : owner[h - 1] + 1);
      rel.add(a.relations().get(w - 1));
    }
    return new Analysis(upos, heads, rel);
  }

  /** {@return parts of speech and a tree over words as the model learnt them (not cut again)} */
  private Analysis analyseWords(List<String> forms) {
    int n = forms.size();
    int[] t = Decoder.tag(tagger, new TaggerFeatures(forms));
    Words x = new Words(forms);
    for (int i = 0; i < n; i++) x.setPos(i + 1, t[i]);
    ArcEager.State s = Decoder.parse(moves, labels, x, root);
    int[] heads = s.heads();
    List<String> upos = new ArrayList<>(n);
    List<Integer> h = new ArrayList<>(n);
    List<String> rel = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      upos.add(tags.get(t[i]));
      h.add(heads[i]);
      rel.add(relations.get(s.label(i + 1)));
    }
    return new Analysis(upos, h, rel);
  }

  /** {@return the sentence tagged and parsed} */
  public ParsedSentence parse(Sentence sentence) {
    List<String> forms = new ArrayList<>(sentence.tokens().size());
    for (Token tk : sentence.tokens()) forms.add(tk.text());
    Analysis a = analyse(forms);
    return new ParsedSentence(sentence, a.upos(), a.heads(), a.relations());
  }

  /** Writes the model, gzip-compressed; {@link #load} reads it back. Does not close {@code out}. */
  public void save(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    d.writeUTF(lang);
    d.writeUTF(tokens);
    d.writeUTF(splitter.name());
    writeStrings(d, tags);
    writeStrings(d, relations);
    tagger.write(d);
    moves.write(d);
    labels.write(d);
    d.flush();
    gz.finish();
  }

  /**
   * Reads a model written by {@link #save}. Does not close {@code in}.
   *
   * @throws IOException when the stream is not a parser model of this version
   */
  public static ParserModel load(InputStream in) throws IOException {
    DataInputStream d = ModelInput.gunzipping(in);
    int magic = d.readInt();
    if (magic != MAGIC) throw new IOException("not an amity parser model (magic " + Integer.toHexString(magic) + ")");
    int version = d.readInt();
    if (version != VERSION) throw new IOException("parser model version " + version + ", expected " + VERSION);
    String lang = d.readUTF();
    String tokens = d.readUTF();
    String splitter = d.readUTF();
    List<String> tags = readStrings(d);
    List<String> relations = readStrings(d);
    WeightTable tagger = WeightTable.read(d);
    WeightTable moves = WeightTable.read(d);
    WeightTable labels = WeightTable.read(d);
    try {
      return new ParserModel(lang, tokens, ParseLanguage.splitter(splitter), tags, relations, tagger, moves, labels);
    } catch (IllegalArgumentException e) {
      throw new IOException("bad parser model: " + e.getMessage(), e);
    }
  }

  private static void writeStrings(DataOutputStream d, List<String> s) throws IOException {
    d.writeInt(s.size());
    for (String x : s) d.writeUTF(x);
  }

  private static List<String> readStrings(DataInputStream d) throws IOException {
    int n = d.readInt();
    if (n < 0 || n > 1000) throw new IOException("bad parser model: " + n + " names");
    String[] out = new String[n];
    for (int i = 0; i < n; i++) out[i] = d.readUTF();
    return Arrays.asList(out);
  }

  @Override
  public String toString() {
    return "ParserModel[" + lang + ", " + (tokens.equals(AMITY_TOKENS) ? "amity tokens" : "treebank words") + (splitter == Splitter.NONE ? "" : " cut by " + splitter.name()) + ", " + tags.size() + " tags, " + relations.size() + " relations, "
        + tagger.size() + " + " + moves.size() + " + " + labels.size() + " features (tagger + moves + relations)]";
  }
}
