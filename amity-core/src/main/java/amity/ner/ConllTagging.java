package amity.ner;

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
 * lines stay; {@code -DOCSTART-} lines get O. Stateless and thread-safe.
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
    List<String> lines = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    String line;
    boolean first = true;
    while ((line = r.readLine()) != null) {
      if (first && line.startsWith("\uFEFF")) line = line.substring(1);
      first = false;
      if (line.isBlank()) {
        flush(lines, tokens, out, model);
        out.write(line);
        out.write('\n');
      } else if (line.startsWith("-DOCSTART-")) {
        flush(lines, tokens, out, model);
        out.write(line);
        out.write("\tO\n");
      } else {
        lines.add(line);
        tokens.add(token(line));
      }
    }
    flush(lines, tokens, out, model);
    out.flush();
  }

  private static String token(String line) {
    String s = line.strip();
    int cut = 0;
    while (cut < s.length() && s.charAt(cut) != ' ' && s.charAt(cut) != '\t') cut++;
    return Normalizer.normalize(s.substring(0, cut), Normalizer.Form.NFC);
  }

  private static void flush(List<String> lines, List<String> tokens, Writer out, NerModel model) throws IOException {
    if (lines.isEmpty()) return;
    List<String> tags = model.tag(tokens);
    for (int i = 0; i < lines.size(); i++) {
      out.write(lines.get(i));
      out.write('\t');
      out.write(tags.get(i));
      out.write('\n');
    }
    lines.clear();
    tokens.clear();
  }
}
