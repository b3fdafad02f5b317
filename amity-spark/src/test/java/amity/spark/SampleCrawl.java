package amity.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The bundled sample corpus (22 pages, four languages) written as a crawl: WARC and JSON Lines. */
final class SampleCrawl {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleCrawl() {}

  /** {@return the sample pages: name and text, in sample.list order} */
  static List<Map.Entry<String, String>> pages() {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    for (String name : read("amity/sample/sample.list").split("\n")) {
      if (!name.isBlank()) out.add(Map.entry(name.strip(), read("amity/sample/" + name.strip())));
    }
    return out;
  }

  /** Writes the pages as HTML response records, one a page, as a crawler would. */
  static Path warc(Path dir, List<Map.Entry<String, String>> pages) throws IOException {
    Path file = dir.resolve("sample.warc");
    try (OutputStream out = Files.newOutputStream(file); WarcWriter w = new WarcWriter(out)) {
      for (Map.Entry<String, String> p : pages) {
        byte[] html = html(p.getValue()).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), html)
            .build();
        w.write(new WarcResponse.Builder(URI.create("https://news.example/" + p.getKey().replace(".txt", ".html")))
            .date(Instant.parse("2025-12-01T00:00:00Z"))
            .body(http)
            .build());
      }
    }
    return file;
  }

  /** Writes the pages as JSON Lines with their text and a URL. */
  static Path jsonl(Path dir, List<Map.Entry<String, String>> pages) throws IOException {
    Path file = dir.resolve("sample.jsonl");
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, String> p : pages) {
      ObjectNode n = JSON.createObjectNode();
      n.put("url", "https://feed.example/" + p.getKey());
      n.put("text", p.getValue());
      sb.append(JSON.writeValueAsString(n)).append('\n');
    }
    Files.writeString(file, sb.toString());
    return file;
  }

  /** A text page as the simple HTML a news site serves: the first line a headline, the rest paragraphs. */
  private static String html(String text) {
    String[] lines = text.split("\n");
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(escape(lines[0])).append("</title></head><body><article><h1>").append(escape(lines[0])).append("</h1>\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isBlank()) sb.append("<p>").append(escape(lines[i])).append("</p>\n");
    }
    return sb.append("</article></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String read(String resource) {
    try (InputStream in = SampleCrawl.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing test resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
