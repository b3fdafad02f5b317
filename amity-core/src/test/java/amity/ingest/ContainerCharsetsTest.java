package amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import amity.decode.TextDecoder;
import amity.decode.Windows1258;
import amity.model.Document;
import amity.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every charset amity decodes, through every container it reads. */
class ContainerCharsetsTest {
  private static final String VI = "Chiều 7/11, Chủ tịch nước Lương Cường đã tiếp Đại sứ Cuba, hoà bình và hợp tác.";
  private static final String ZH = "越南国家主席在河内会见古巴外交部长，双方同意加强农业合作。";
  private static final String TW = "越南國家主席在河內會見古巴外交部長，雙方同意加強農業合作。";
  private static final String ES = "El canciller cubano se reunió con su homólogo español en Madrid el pasado martes.";

  /** A page in one encoding: its text, how it is written, the label a page would declare. */
  record Enc(String label, String text, Charset cs, boolean bom, boolean legacyVietnamese) {
    byte[] encode(String s) {
      byte[] body = legacyVietnamese ? Windows1258.encode(s) : s.getBytes(cs);
      if (!bom) return body;
      byte[] mark = "\uFEFF".getBytes(cs);
      return Containers.concat(mark, body);
    }

    @Override
    public String toString() {
      return label;
    }
  }

  static List<Enc> encodings() {
    return List.of(
        new Enc("utf-8", VI, StandardCharsets.UTF_8, false, false),
        new Enc("utf-8", ZH, StandardCharsets.UTF_8, true, false),
        new Enc("utf-16le", VI, StandardCharsets.UTF_16LE, true, false),
        new Enc("utf-16be", ZH, StandardCharsets.UTF_16BE, true, false),
        new Enc("gbk", ZH, Charset.forName("GB18030"), false, false),
        new Enc("big5", TW, Charset.forName("Big5"), false, false),
        new Enc("windows-1252", ES, Charset.forName("windows-1252"), false, false),
        new Enc("windows-1258", VI, Charset.forName("windows-1258"), false, true));
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Enc e : encodings()) {
      for (String container : List.of("page.html", "page.html.gz", "crawl.warc", "crawl.warc.gz", "http-charset.warc", "feed.rss", "news.jsonl")) {
        // A UTF-16 JSON Lines or feed file is legal but exotic; a UTF-16 page inside WARC is not what crawlers store.
        if (e.cs().name().startsWith("UTF-16") && !container.startsWith("page")) continue;
        out.add(Arguments.of(e, container));
      }
    }
    return out.stream();
  }

  private static String page(Enc e) {
    return "<!DOCTYPE html><html><head><meta charset=\"" + e.label() + "\"><title>t</title></head><body><p>" + e.text() + "</p></body></html>";
  }

  private static byte[] container(Enc e, String name) {
    String html = page(e);
    switch (name) {
      case "page.html":
        return e.encode(html);
      case "page.html.gz":
        return Containers.gzip(e.encode(html));
      case "crawl.warc":
        return Containers.warcResponse("https://x/", "2025-01-01T00:00:00Z", 200, "text/html", e.encode(html));
      case "crawl.warc.gz":
        return Containers.gzip(Containers.warcResponse("https://x/", "2025-01-01T00:00:00Z", 200, "text/html", e.encode(html)));
      case "http-charset.warc":
        // The HTTP header names the charset; the page itself declares nothing.
        return Containers.warcResponse("https://x/", "2025-01-01T00:00:00Z", 200, "text/html; charset=" + e.label(),
            e.encode(html.replace("<meta charset=\"" + e.label() + "\">", "")));
      case "feed.rss": {
        String xml = "<?xml version=\"1.0\" encoding=\"" + e.label() + "\"?>\n<rss version=\"2.0\"><channel><title>x</title><link>https://x/</link>"
            + "<description>x</description><item><title>t</title><description>&lt;p&gt;" + e.text()
            + "&lt;/p&gt;</description></item></channel></rss>";
        return e.encode(xml);
      }
      case "news.jsonl":
        return e.encode("{\"html\": \"<p>" + e.text() + "</p>\", \"url\": \"https://x/\"}\n{\"text\": \"" + e.text() + "\"}\n");
      default:
        throw new IllegalArgumentException(name);
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("cases")
  void decodesToTheSameText(Enc e, String name) throws IOException {
    List<ReadProblem> problems = new ArrayList<>();
    List<Document> docs = new ArrayList<>();
    TextDecoder decoder = new TextDecoder();
    try (DocumentReader r = Readers.open(name, new ByteArrayInputStream(container(e, name)), ReadLimits.DEFAULT, problems::add)) {
      for (RawDocument raw : r) docs.add(decoder.decode(raw));
    }
    assertThat(problems).isEmpty();
    assertThat(docs).isNotEmpty().allSatisfy(d -> assertThat(d.text()).isEqualTo(e.text()));
  }
}
