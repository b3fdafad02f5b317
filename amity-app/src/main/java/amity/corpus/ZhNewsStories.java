package amity.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Cuts a WMT news test file (one sentence a line, blank lines between, each story's headline on a
 * line of its own) into stories, from one headline to the next.
 *
 * <p>The file marks no story boundaries, so the headlines are listed by sentence number (counted
 * over non-blank lines from 1) in {@code amity/corpus/zh-news-headlines.tsv}, marked by reading
 * the file. A file the list does not cover is cut where a line looks like a headline: short and
 * without the punctuation that ends a sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class ZhNewsStories {
  private ZhNewsStories() {}

  /** {@return the non-blank lines of the file, stripped} */
  static List<String> sentences(BufferedReader in) throws IOException {
    List<String> out = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String t = line.strip();
      if (!t.isEmpty()) out.add(t);
    }
    return out;
  }

  /** Whether a line reads as a headline when no list says: short, with no sentence-final mark. */
  static boolean looksLikeHeadline(String line) {
    if (line.length() > 40) return false;
    char last = line.charAt(line.length() - 1);
    return "。！？!?”\"’）)；;：:…".indexOf(last) < 0;
  }

  /**
   * Writes the stories of one file as pages {@code <prefix>-NNN.txt}: the headline, a blank line,
   * one sentence a line.
   *
   * @param headlines sentence numbers (from 1) that open a story, or null to guess them
   */
  static void pages(BufferedReader in, Set<Integer> headlines, String prefix, String source, Consumer<CorpusPage> out)
      throws IOException {
    List<String> lines = sentences(in);
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      boolean head = headlines.isEmpty() ? i == 0 || looksLikeHeadline(lines.get(i)) : headlines.contains(i + 1);
      if (head) starts.add(i);
    }
    if (starts.isEmpty() || starts.get(0) != 0) starts.add(0, 0);
    for (int k = 0; k < starts.size(); k++) {
      int from = starts.get(k);
      int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
      StringBuilder b = new StringBuilder();
      b.append(lines.get(from)).append("\n\n");
      for (int i = from + 1; i < to; i++) b.append(lines.get(i)).append('\n');
      String name = String.format(Locale.ROOT, "%s-%03d.txt", prefix, k + 1);
      out.accept(new CorpusPage(name, "zh", source + ":S" + (from + 1) + "-S" + to, b.toString()));
    }
  }
}
