package amity.http;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as RFC 4180 writes it (quoted fields, doubled quotes, CRLF), strictly, for tests that compare exports. */
public final class CsvRows {
  private CsvRows() {}

  /** {@return the rows, the header first; a bare LF or an unclosed quote is an error} */
  public static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
        } else if (c == '"') {
          quoted = false;
          i++;
        } else {
          field.append(c);
          i++;
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
        i++;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("a line ends without CRLF at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (quoted) throw new IllegalArgumentException("a quoted field is not closed");
    if (field.length() > 0 || !row.isEmpty()) throw new IllegalArgumentException("the last line does not end with CRLF");
    return rows;
  }
}
