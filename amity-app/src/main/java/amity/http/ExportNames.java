package amity.http;

import amity.model.EntityIds;
import amity.query.Target;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of exported files, which say what is in them: {@code amity-events_VN-CU_2025-04_meeting.csv}.
 * Thread-safe.
 */
final class ExportNames {
  /** Characters of one part of a name at most. */
  private static final int MAX_PART = 40;

  private ExportNames() {}

  /** {@return a file name: amity-WHAT, then the filter values, joined by '_'} */
  static String file(String what, List<String> parts, String extension) {
    List<String> all = new ArrayList<>();
    all.add("amity-" + what);
    for (String p : parts) {
      String s = slug(p);
      if (!s.isEmpty()) all.add(s);
    }
    return String.join("_", all) + "." + extension;
  }

  /** {@return how a target reads in a file name: its country code when it is one country, else its name} */
  static String target(Target t) {
    if (t.countries().size() == 1 && t.entityIds().stream().allMatch(id -> EntityIds.isCountry(id))) {
      return t.countries().iterator().next();
    }
    return t.label();
  }

  /** Letters and digits of any script, runs of anything else as one '-' (a file name is safe on every system). */
  static String slug(String s) {
    String x = s.strip().replace('đ', 'd').replace('Đ', 'D');
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < x.length(); ) {
      int c = x.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (dash && sb.length() > 0) sb.append('-');
        dash = false;
        if (sb.codePointCount(0, sb.length()) < MAX_PART) sb.appendCodePoint(c);
      } else {
        dash = true;
      }
    }
    return sb.toString();
  }

  /**
   * {@return a Content-Disposition header for a download: the name in UTF-8 (RFC 6266 filename*),
   * and a plain ASCII one, accents dropped, for clients that read only that}
   */
  static String contentDisposition(String file) {
    String ascii = Normalizer.normalize(file, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9._-]", "");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
