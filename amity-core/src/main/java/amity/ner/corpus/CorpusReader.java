package amity.ner.corpus;

import amity.model.Span;
import amity.ner.Bio;
import amity.ner.NerModel;
import amity.ner.internal.NerLanguage;
import amity.ner.internal.Tokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the NER corpora in {@code ../shared/data} into BIO sentences over PER, LOC, ORG and MISC,
 * telling the format from the file name and content:
 *
 * <ul>
 *   <li>CoNLL-style columns, token first and tag last, blank line between sentences, {@code
 *       -DOCSTART-} lines skipped wherever they stand: CoNLL-2003 (IOB1, turned into BIO),
 *       CoNLL-2002, People's Daily ({@code char TAG}), PhoNER_COVID19 (syllables or words);
 *   <li>MSRA: {@code sentences.txt} and {@code tags.txt} side by side (either file, or their
 *       folder), one space-separated sentence a line;
 *   <li>CLUENER2020 JSON ({@code .json}, or content starting with <code>{</code>): one token per
 *       character, its fine types mapped as {@link #CLUENER_TYPES} says.
 * </ul>
 *
 * <p>A path {@code FILE#FROM-TO} that names no file reads sentences {@code [FROM, TO)} of {@code
 * FILE}, so that a dev corpus can be split into a training part and a part kept aside. Tokens are
 * NFC. Types outside PER/LOC/ORG/MISC become O (see {@link Bio#mapType}). Stateless
 * and thread-safe.
 */
public final class CorpusReader {
  /** CLUENER2020 types that map onto ours; book, game, movie and position are not entities here. */
  public static final Map<String, String> CLUENER_TYPES =
      Map.of(
          "name", "PER",
          "address", "LOC",
          "scene", "LOC",
          "company", "ORG",
          "organization", "ORG",
          "government", "ORG");

  private static final java.util.regex.Pattern SLICE = java.util.regex.Pattern.compile("(.+)#(\\d+)-(\\d+)");

  private CorpusReader() {}

  /**
   * {@return the sentences of a corpus file, format auto-detected}
   *
   * @param file a corpus file, or an MSRA folder
   * @param lang BCP 47 tag of the corpus language
   * @throws UncheckedIOException when the file cannot be read or is malformed
   */
  public static List<TaggedSentence> read(Path file, String lang) {
    String full = file.toString();
    java.util.regex.Matcher slice = SLICE.matcher(full);
    if (!Files.exists(file) && slice.matches()) {
      List<TaggedSentence> all = read(Path.of(slice.group(1)), lang);
      int from = Integer.parseInt(slice.group(2));
      int to = Math.min(all.size(), Integer.parseInt(slice.group(3)));
      if (from > to) throw new IllegalArgumentException("empty slice " + full + " of " + all.size() + " sentences");
      return List.copyOf(all.subList(from, to));
    }
    try {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      if (Files.isDirectory(file)) {
        if (Files.exists(file.resolve("sentences.txt"))) return readMsra(file);
        throw new IOException("not a corpus folder (no sentences.txt): " + file);
      }
      if (name.equals("sentences.txt") || name.equals("tags.txt")) return readMsra(file.getParent());
      if (name.endsWith(".json") || firstChar(file) == '{') return readCluener(file);
      return sentences(readColumns(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The sentences of one document, as {@code amity tag --format conll} cuts its input: a document
   * ends at a {@code -DOCSTART-} line, before a sentence with an EFE dateline ("( EFE )", which
   * opens each story of CoNLL-2002 Spanish), at the end of the file, or after 2,000
   * sentences.
   *
   * @param sentences its sentences
   * @param context whether the input marks documents (has a {@code -DOCSTART-} line or a dateline
   *     at or before the document's end), so that document context applies
   */
  public record Document(List<TaggedSentence> sentences, boolean context) {
    public Document {
      sentences = List.copyOf(sentences);
    }
  }

  /**
   * {@return the documents of a corpus file}: for CoNLL column files cut at {@code -DOCSTART-}
   * lines (see {@link Document}); other formats, which mark no documents, give runs of sentences
   * without context
   */
  public static List<Document> readDocuments(Path file, String lang) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    boolean columns = Files.isRegularFile(file) && !name.equals("sentences.txt") && !name.equals("tags.txt") && !name.endsWith(".json");
    try {
      if (columns && firstChar(file) != '{') return readColumns(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read corpus " + file + ": " + e.getMessage(), e);
    }
    List<TaggedSentence> all = read(file, lang);
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += NerModel.MAX_DOCUMENT_SENTENCES) {
      out.add(new Document(all.subList(i, Math.min(all.size(), i + NerModel.MAX_DOCUMENT_SENTENCES)), false));
    }
    return out;
  }

  /** {@return the documents of several corpus files, in order} */
  public static List<Document> readAllDocuments(List<Path> files, String lang) {
    List<Document> out = new ArrayList<>();
    for (Path f : files) out.addAll(readDocuments(f, lang));
    return out;
  }

  /** {@return the sentences of {@code docs}, in order} */
  public static List<TaggedSentence> sentences(List<Document> docs) {
    List<TaggedSentence> out = new ArrayList<>();
    for (Document d : docs) out.addAll(d.sentences());
    return out;
  }

  /** {@return the sentences of several corpus files, in order} */
  public static List<TaggedSentence> readAll(List<Path> files, String lang) {
    List<TaggedSentence> out = new ArrayList<>();
    for (Path f : files) out.addAll(read(f, lang));
    return out;
  }

  /**
   * {@return unlabelled text cut into the tokens of {@code lang}, one list per line} Reads a file
   * or every {@code .txt} file of a folder (sorted by name); lines starting with {@code #} are
   * skipped.
   */
  public static List<List<String>> readText(Path fileOrDir, String lang) {
    Tokenizer tok = NerLanguage.of(lang).tokenizer();
    List<Path> files;
    try {
      if (Files.isDirectory(fileOrDir)) {
        try (Stream<Path> s = Files.list(fileOrDir)) {
          files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
      } else {
        files = List.of(fileOrDir);
      }
      List<List<String>> out = new ArrayList<>();
      for (Path f : files) {
        for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
          if (line.startsWith("#") || line.isBlank()) continue;
          String text = Normalizer.normalize(line, Normalizer.Form.NFC);
          List<String> tokens = new ArrayList<>();
          for (Span s : tok.tokenize(text)) tokens.add(s.of(text));
          if (!tokens.isEmpty()) out.add(tokens);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read text " + fileOrDir + ": " + e.getMessage(), e);
    }
  }

  private static int firstChar(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int c;
      while ((c = r.read()) != -1) {
        if (c == '\uFEFF' || Character.isWhitespace(c)) continue;
        return c;
      }
      return -1;
    }
  }

  private static List<Document> readColumns(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    List<TaggedSentence> doc = new ArrayList<>();
    boolean marked = false;
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (opensStory(tokens)) {
            marked = true;
            flushDoc(doc, marked, docs);
          }
          flush(tokens, tags, doc);
          if (doc.size() >= NerModel.MAX_DOCUMENT_SENTENCES) flushDoc(doc, marked, docs);
          if (line.startsWith("-DOCSTART-")) {
            marked = true;
            flushDoc(doc, marked, docs);
          }
          continue;
        }
        String[] f = line.strip().split("[ \t]+");
        if (f.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected a token and a tag: '" + line + "'");
        }
        tokens.add(Normalizer.normalize(f[0], Normalizer.Form.NFC));
        tags.add(f[f.length - 1]);
      }
    }
    if (opensStory(tokens)) {
      marked = true;
      flushDoc(doc, marked, docs);
    }
    flush(tokens, tags, doc);
    flushDoc(doc, marked, docs);
    return docs;
  }

  private static void flushDoc(List<TaggedSentence> doc, boolean marked, List<Document> docs) {
    if (!doc.isEmpty()) docs.add(new Document(doc, marked));
    doc.clear();
  }

  private static void flush(List<String> tokens, List<String> tags, List<TaggedSentence> out) {
    if (!tokens.isEmpty()) out.add(new TaggedSentence(tokens, Bio.normalise(tags)));
    tokens.clear();
    tags.clear();
  }

  private static List<TaggedSentence> readMsra(Path dir) throws IOException {
    List<String> sents = Files.readAllLines(dir.resolve("sentences.txt"), StandardCharsets.UTF_8);
    List<String> tags = Files.readAllLines(dir.resolve("tags.txt"), StandardCharsets.UTF_8);
    if (sents.size() != tags.size()) {
      throw new IOException(dir + ": sentences.txt has " + sents.size() + " lines, tags.txt " + tags.size());
    }
    List<TaggedSentence> out = new ArrayList<>();
    for (int i = 0; i < sents.size(); i++) {
      if (sents.get(i).isBlank()) continue;
      List<String> tok = Arrays.asList(Normalizer.normalize(sents.get(i).strip(), Normalizer.Form.NFC).split(" +"));
      List<String> tg = Arrays.asList(tags.get(i).strip().split(" +"));
      if (tok.size() != tg.size()) {
        throw new IOException(dir + ": line " + (i + 1) + " has " + tok.size() + " tokens but " + tg.size() + " tags");
      }
      out.add(new TaggedSentence(tok, Bio.normalise(tg)));
    }
    return out;
  }

  private static List<TaggedSentence> readCluener(Path file) throws IOException {
    List<TaggedSentence> out = new ArrayList<>();
    ObjectMapper mapper = new ObjectMapper();
    try (MappingIterator<JsonNode> it = mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
      while (it.hasNext()) {
        JsonNode o = it.next();
        String text = o.path("text").asText("");
        if (text.isEmpty()) continue;
        String[] tags = new String[text.length()];
        Arrays.fill(tags, "O");
        JsonNode label = o.path("label");
        for (Iterator<Map.Entry<String, JsonNode>> types = label.fields(); types.hasNext(); ) {
          Map.Entry<String, JsonNode> t = types.next();
          String type = CLUENER_TYPES.get(t.getKey());
          if (type == null) continue;
          for (Iterator<JsonNode> surfaces = t.getValue().elements(); surfaces.hasNext(); ) {
            for (JsonNode span : surfaces.next()) {
              int s = span.get(0).asInt();
              int e = span.get(1).asInt() + 1; // end inclusive in the corpus
              if (s < 0 || e > text.length() || s >= e) {
                throw new IOException(file + ": span " + span + " outside text of length " + text.length());
              }
              boolean free = true;
              for (int k = s; k < e; k++) free &= tags[k].equals("O");
              if (!free) continue; // overlapping annotation: keep the first
              tags[s] = "B-" + type;
              for (int k = s + 1; k < e; k++) tags[k] = "I-" + type;
            }
          }
        }
        List<String> tok = new ArrayList<>();
        List<String> tg = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
          int cp = text.codePointAt(i);
          int len = Character.charCount(cp);
          if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
            tok.add(Normalizer.normalize(text.substring(i, i + len), Normalizer.Form.NFC));
            tg.add(tags[i]);
          }
          i += len;
        }
        if (!tok.isEmpty()) out.add(new TaggedSentence(tok, Bio.normalise(tg)));
      }
    }
    return out;
  }

  /**
   * {@return whether a sentence opens a news-agency story}: its first 20 tokens hold an EFE
   * dateline, "( EFE )" or "( EFECOM )", as every story of CoNLL-2002 Spanish begins ("Sao Paulo
   * ( Brasil ) , 23 may ( EFECOM ) ."). CoNLL-2002 has no {@code -DOCSTART-} lines; its datelines
   * mark the stories instead.
   */
  public static boolean opensStory(List<String> tokens) {
    int n = Math.min(tokens.size(), 20);
    for (int i = 1; i + 1 < n; i++) {
      if (tokens.get(i - 1).equals("(") && tokens.get(i + 1).equals(")") && isEfe(tokens.get(i))) return true;
    }
    return false;
  }

  private static boolean isEfe(String t) {
    return t.equals("EFE") || t.equals("EFECOM");
  }
}
