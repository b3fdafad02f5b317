package amity.decode;

import amity.model.DateValue;
import amity.model.SourceMeta;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text page's header of comment lines, as text corpora write their documents' metadata
 * ("# doc_id = news_world_005", "# url = https://…", "# date = 20201001", the CoNLL-U way): the
 * lines of {@code # key = value} that open the text. Its date is the page's
 * publication date, its url and title the page's; other keys are dropped. A text whose first line is
 * not such a line has no header: "#hashtags" and Markdown headings ("# Summary: …") open none. Stateless.
 */
final class TextHeader {
  private TextHeader() {}

  /** One header line: "#", a key of letters, digits, '_' or '-', "=", the value. */
  private static final Pattern LINE = Pattern.compile("#[ \\t]*([\\p{L}\\d_-]+)[ \\t]*=[ \\t]*(.*?)[ \\t]*");
  /** A date as corpora write it: "20201001", "2020-10-01", "2020/10/01", "2020.10.01". */
  private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.]?(\\d{2})[-/.]?(\\d{2})(?:[T ].*)?");

  /** A text without its header, and the metadata the header gave. */
  record Read(String body, SourceMeta meta) {}

  /**
   * {@return {@code text} without the header lines that open it, and {@code meta} with what they
   * say where {@code meta} does not say it already (a container's field wins, as for HTML)}
   */
  static Read read(String text, SourceMeta meta) {
    int at = 0;
    SourceMeta out = meta;
    while (at < text.length()) {
      int eol = text.indexOf('\n', at);
      int end = eol < 0 ? text.length() : eol;
      Matcher m = LINE.matcher(text.substring(at, end));
      if (!m.matches()) break;
      out = with(out, m.group(1).toLowerCase(Locale.ROOT), m.group(2));
      at = eol < 0 ? text.length() : eol + 1;
    }
    return at == 0 ? new Read(text, meta) : new Read(text.substring(at), out);
  }

  private static SourceMeta with(SourceMeta meta, String key, String value) {
    if (value.isEmpty()) return meta;
    switch (key) {
      case "date", "published", "pubdate" -> {
        DateValue d = date(value);
        return meta.published() == null && d != null ? meta.withPublished(d) : meta;
      }
      case "url", "source_url" -> {
        return meta.url() == null && value.matches("(?i)https?://\\S+") ? meta.withUrl(value) : meta;
      }
      case "title", "headline" -> {
        return meta.title() == null ? meta.withTitle(value) : meta;
      }
      default -> {
        return meta;
      }
    }
  }

  /** {@return the day {@code value} writes, or null when it is none} */
  static @Nullable DateValue date(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) return null;
    int y = Integer.parseInt(m.group(1));
    int mo = Integer.parseInt(m.group(2));
    int d = Integer.parseInt(m.group(3));
    return DateValue.isPossible(y, mo, d) ? new DateValue(y, mo, d) : null;
  }
}
