package amity.http;

import amity.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps absolute paths of the server's file system out of API answers. {@code amity ingest}
 * stores files relative to what was ingested; stores written before it did, and imports of Spark
 * output, may hold absolute ones, which an answer shows as their last folder and file name
 * ({@code /srv/crawl/2025/page.html} as {@code 2025/page.html}). Thread-safe.
 */
final class ShownPaths {
  /** A JSON string value that starts like an absolute path: "/…", "C:\\…", "file:/…". */
  private static final Pattern ABSOLUTE_VALUE = Pattern.compile("\"file\":\"(?:/|[A-Za-z]:\\\\\\\\|file:)");
  private static final Pattern ABSOLUTE = Pattern.compile("^(?:/|[A-Za-z]:[\\\\/]|file:)");

  private ShownPaths() {}

  /** {@return the JSON text with every "file" value made relative; the text itself when none is absolute} */
  static String relative(String json) {
    if (!ABSOLUTE_VALUE.matcher(json).find()) return json;
    JsonNode n = Json.read(json);
    rewrite(n);
    return Json.write(n);
  }

  /** {@return a file name as an answer may show it} */
  static String relativeFile(String file) {
    if (!ABSOLUTE.matcher(file).find()) return file;
    String[] parts = file.replace('\\', '/').split("/+");
    int n = parts.length;
    // The record of a container ("#record-3") stays with the file name.
    return n >= 2 && !parts[n - 2].isEmpty() && !parts[n - 2].endsWith(":") ? parts[n - 2] + "/" + parts[n - 1] : parts[n - 1];
  }

  /** Makes every "file" value in {@code n} relative, in place. */
  static void rewrite(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      JsonNode f = o.get("file");
      if (f != null && f.isTextual()) o.put("file", relativeFile(f.asText()));
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) rewrite(it.next().getValue());
    } else if (n.isArray()) {
      n.forEach(ShownPaths::rewrite);
    }
  }
}
