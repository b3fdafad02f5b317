package amity.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an article of the Underthesea news corpus ({@code # doc_id}, {@code # url}, {@code #
 * date = YYYYMMDD} header lines, then one paragraph a line) into a page: its date as a date line,
 * a blank line, then the paragraphs (the first, when it reads as a headline, set apart by a blank line).
 *
 * <p>Stateless and thread-safe.
 */
public final class ViNewsArticles {
  private static final Pattern DATE = Pattern.compile("^#\\s*date\\s*=\\s*(\\d{4})(\\d{2})(\\d{2})\\s*$");

  private ViNewsArticles() {}

  /** {@return the page text, or an empty string for an article with no paragraph} */
  static String page(BufferedReader in) throws IOException {
    String date = null;
    List<String> paragraphs = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String t = line.strip();
      if (t.isEmpty()) continue;
      if (t.startsWith("#")) {
        Matcher m = DATE.matcher(t);
        if (m.matches()) date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        continue;
      }
      paragraphs.add(t);
    }
    if (paragraphs.isEmpty()) return "";
    StringBuilder b = new StringBuilder();
    if (date != null) b.append(date).append("\n\n");
    // The first paragraph is the headline where it does not end as a sentence does.
    String first = paragraphs.get(0);
    boolean headline = first.length() <= 200 && ".!?…:\"”".indexOf(first.charAt(first.length() - 1)) < 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      b.append(paragraphs.get(i)).append('\n');
      if (i == 0 && headline) b.append('\n');
    }
    return b.toString();
  }
}
