package amity.ner.corpus;

import amity.ner.NerModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags CoNLL-style text: token first, any columns after it, a blank line between sentences. Each
 * line is written back unchanged with one more tab-separated column, the predicted BIO tag; blank
 * lines stay; {@code -DOCSTART-} lines get O. When the input has {@code -DOCSTART-} lines, the
 * sentences between two of them (or between one and either end of the input) are one document,
 * tagged with {@link NerModel#tagDocument}; a sentence with an EFE dateline ("( EFE )", as each
 * story of CoNLL-2002 Spanish begins) starts a document as a {@code -DOCSTART-} line would. The
 * output is written document by document, and a document of more than 2,000 sentences is cut.
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ConllTagging.tagConll(new InputStreamReader(System.in, UTF_8), new OutputStreamWriter(System.out, UTF_8), model);
 * }</pre>
 */
public final class ConllTagging {
  private ConllTagging() {}

  /** Reads all of {@code in}, writes the tagged lines to {@code out} and flushes it; closes neither. */
  public static void tagConll(Reader in, Writer out, NerModel model) throws IOException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    Doc doc = new Doc();
    String line;
    boolean first = true;
    while ((line = r.readLine()) != null) {
      if (first && line.startsWith("\uFEFF")) line = line.substring(1);
      first = false;
      if (line.isBlank()) {
        doc.endSentence(out, model);
        doc.lines.add(line);
      } else if (line.startsWith("-DOCSTART-")) {
        doc.endSentence(out, model);
        doc.marked = true;
        doc.flush(out, model);
        out.write(line);
        out.write("\tO\n");
      } else {
        doc.lines.add(line);
        doc.tokens.add(token(line));
      }
    }
    doc.endSentence(out, model);
    doc.flush(out, model);
    out.flush();
  }

  private static String token(String line) {
    String s = line.strip();
    int cut = 0;
    while (cut < s.length() && s.charAt(cut) != ' ' && s.charAt(cut) != '\t') cut++;
    return Normalizer.normalize(s.substring(0, cut), Normalizer.Form.NFC);
  }

  /** The lines of the document being read: as read (blank ones too), and the tokens of its sentences. */
  private static final class Doc {
    final List<String> lines = new ArrayList<>();
    final List<List<String>> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    boolean marked;

    /** Index in {@link #lines} of the first line of the sentence being read. */
    int sentenceStart;

    void endSentence(Writer out, NerModel model) throws IOException {
      if (tokens.isEmpty()) {
        sentenceStart = lines.size();
        return;
      }
      if (CorpusReader.opensStory(tokens)) {
        // an agency dateline: the story before it is a document
        marked = true;
        flush(out, model, sentenceStart);
      }
      sentences.add(tokens);
      tokens = new ArrayList<>();
      if (sentences.size() >= NerModel.MAX_DOCUMENT_SENTENCES) flush(out, model);
      sentenceStart = lines.size();
    }

    void flush(Writer out, NerModel model) throws IOException {
      flush(out, model, lines.size());
    }

    /** Tags and writes the sentences read so far and the first {@code upTo} lines; keeps the other lines. */
    void flush(Writer out, NerModel model, int upTo) throws IOException {
      List<List<String>> tags;
      if (marked) {
        tags = model.tagDocument(sentences);
      } else {
        tags = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) tags.add(model.tag(s));
      }
      int k = 0;
      int i = 0;
      for (String line : lines.subList(0, upTo)) {
        out.write(line);
        if (line.isBlank()) {
          out.write('\n');
          continue;
        }
        while (i >= tags.get(k).size()) {
          k++;
          i = 0;
        }
        out.write('\t');
        out.write(tags.get(k).get(i++));
        out.write('\n');
      }
      lines.subList(0, upTo).clear();
      sentences.clear();
      sentenceStart -= Math.min(sentenceStart, upTo);
    }
  }
}
