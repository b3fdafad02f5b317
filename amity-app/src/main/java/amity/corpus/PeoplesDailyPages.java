package amity.corpus;

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

  private static final String NUMBER = "[0-9０-９〇零一二三四五六七八九十]{1,3}";

  /** A dateline near the start of a sentence: agency or paper, a place, month and day, 电. */
  private static final Pattern DATELINE = Pattern.compile(
      "^.{0,40}?(?:新华社|本报)[^，。：电]{1,12}?(" + NUMBER + ")月(" + NUMBER + ")日电");

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
    Matcher m = DATELINE.matcher(sentence);
    if (!m.find()) return null;
    int month = number(m.group(1));
    int day = number(m.group(2));
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return String.format(Locale.ROOT, "%d-%02d-%02d", YEAR, month, day);
  }

  /** The value of a month or day written in digits (ASCII or full-width) or in Chinese numerals up to 39. */
  static int number(String s) {
    StringBuilder digits = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= '０' && c <= '９') digits.append((char) ('0' + c - '０'));
      else if (c >= '0' && c <= '9') digits.append(c);
    }
    if (digits.length() == s.length()) return Integer.parseInt(digits.toString());
    if (digits.length() > 0) return -1;
    String units = "〇一二三四五六七八九";
    int ten = s.indexOf('十');
    if (ten < 0) return s.length() == 1 ? units.indexOf(s.charAt(0)) : -1;
    int tens = ten == 0 ? 1 : units.indexOf(s.charAt(0));
    int unit = ten == s.length() - 1 ? 0 : units.indexOf(s.charAt(ten + 1));
    if (tens < 0 || unit < 0 || ten > 1 || s.length() - ten > 2) return -1;
    return tens * 10 + unit;
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
