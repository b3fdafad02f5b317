package amity.corpus;

import amity.time.Numerals;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Joins the sentences of the People's Daily 1998 NER file ({@code char TAG} a line, a blank line
 * between sentences; consecutive sentences come from consecutive articles) into pages.
 *
 * <p>The file marks no article boundaries. A page opens at each sentence that begins with an
 * agency or paper dateline ({@code 新华社北京5月7日电}, {@code 据新华社东京6月17日电}, {@code
 * 本报保定五月十五日电}, a headline maybe before it), and otherwise after at most {@link #RUN}
 * sentences. A dated page starts with the dateline's date ({@code 1998-05-07}) and a blank line, as
 * the other sets write the page date; then one sentence a line.
 *
 * <p>Stateless and thread-safe.
 */
public final class PeoplesDailyPages {
  /** The most sentences on a page that no dateline cuts. */
  static final int RUN = 20;

  /** The year of the corpus. */
  static final int YEAR = 1998;

  /**
   * A dateline near the start of a sentence, its numbers in ASCII ({@link Numerals#asciiDates}):
   * agency or paper, a place, month and day, 电.
   */
  private static final Pattern DATELINE = Pattern.compile("^.{0,40}?(?:新华社|本报)[^，。：电]{1,12}?([0-9]{1,3})月([0-9]{1,3})日电");

  private PeoplesDailyPages() {}

  /** {@return the sentences of the file, the characters of each joined} */
  static List<String> sentences(BufferedReader in) throws IOException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        if (cur.length() > 0) out.add(cur.toString());
        cur.setLength(0);
        continue;
      }
      int space = line.lastIndexOf(' ');
      cur.append(space > 0 ? line.substring(0, space) : line.strip());
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  /** {@return the dateline's date {@code 1998-MM-DD}, or null where the sentence opens with no dateline} */
  static @Nullable String datelineDate(String sentence) {
    Matcher m = DATELINE.matcher(Numerals.asciiDates(sentence));
    if (!m.find()) return null;
    int month = Integer.parseInt(m.group(1));
    int day = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return String.format(Locale.ROOT, "%d-%02d-%02d", YEAR, month, day);
  }

  /**
   * Writes the pages of the file as {@code <prefix>-NNN.txt}: the dateline's date and a blank
   * line where the page opens with a dateline, then one sentence a line.
   */
  static void pages(BufferedReader in, String prefix, String source, Consumer<CorpusPage> out) throws IOException {
    List<String> lines = sentences(in);
    int page = 0;
    int from = 0;
    while (from < lines.size()) {
      int to = from + 1;
      while (to < lines.size() && to - from < RUN && datelineDate(lines.get(to)) == null) to++;
      StringBuilder b = new StringBuilder();
      String date = datelineDate(lines.get(from));
      if (date != null) b.append(date).append("\n\n");
      for (int i = from; i < to; i++) b.append(lines.get(i)).append('\n');
      page++;
      String name = String.format(Locale.ROOT, "%s-%03d.txt", prefix, page);
      out.accept(new CorpusPage(name, "zh", source + ":S" + (from + 1) + "-S" + to, b.toString()));
      from = to;
    }
  }
}
