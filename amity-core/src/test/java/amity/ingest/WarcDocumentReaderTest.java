package amity.ingest;

import amity.decode.DecodeException;
import static amity.ingest.Containers.concat;
import static amity.ingest.Containers.gzipEach;
import static amity.ingest.Containers.warcRecord;
import static amity.ingest.Containers.warcResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.DateValue;
import amity.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarcDocumentReaderTest {
  private static final byte[] PAGE = "<html><body><p>Hai bên đã ký kết năm văn kiện hợp tác.</p></body></html>".getBytes(StandardCharsets.UTF_8);

  private static List<RawDocument> read(String name, byte[] b, List<ReadProblem> problems) throws IOException {
    List<RawDocument> out = new ArrayList<>();
    try (DocumentReader r = Readers.open(name, new ByteArrayInputStream(b), ReadLimits.DEFAULT, problems::add)) {
      for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) out.add(d.get());
    }
    return out;
  }

  private static byte[] crawl() {
    return concat(
        Containers.warcinfo(),
        warcRecord("request", "https://vov.vn/a", "2025-09-02T06:00:00Z", "application/http;msgtype=request",
            "GET /a HTTP/1.1\r\nHost: vov.vn\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)),
        warcResponse("https://vov.vn/a", "2025-09-02T06:00:01Z", 200, "text/html; charset=UTF-8", PAGE),
        warcResponse("https://vov.vn/logo.png", "2025-09-02T06:00:02Z", 200, "image/png", Containers.noise(300, 1)),
        warcResponse("https://vov.vn/gone", "2025-09-02T06:00:03Z", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)),
        warcResponse("https://vov.vn/moved", "2025-09-02T06:00:04Z", 301, "text/html", new byte[0]),
        warcResponse("https://vov.vn/b", "2025-09-03T23:59:59Z", 200, "application/xhtml+xml", PAGE));
  }

  @Test
  void htmlResponsesOnlyWithTargetUriCaptureDateAndRecordNumber() throws IOException {
    List<ReadProblem> problems = new ArrayList<>();
    List<RawDocument> docs = read("crawl.warc", crawl(), problems);
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(RawDocument::file).containsExactly("crawl.warc#record-3", "crawl.warc#record-7");
    RawDocument a = docs.get(0);
    assertThat(a.meta().url()).isEqualTo("https://vov.vn/a");
    assertThat(a.meta().captured()).isEqualTo(DateValue.parse("2025-09-02"));
    assertThat(a.meta().published()).as("a capture is not a publication").isNull();
    assertThat(a.meta().charset()).isEqualTo("UTF-8");
    assertThat(a.meta().format()).isEqualTo("html");
    assertThat(a.bytes()).isEqualTo(PAGE);
  }

  @Test
  void gzippedRecordByRecordReadsTheSame() throws IOException {
    byte[] plain = crawl();
    List<RawDocument> a = read("c.warc", plain, new ArrayList<>());
    List<RawDocument> b = read("c.warc.gz", gzipEach(plain), new ArrayList<>());
    assertThat(b).extracting(RawDocument::file).containsExactly("c.warc.gz#record-3", "c.warc.gz#record-7");
    assertThat(b.get(0).bytes()).isEqualTo(a.get(0).bytes());
  }

  @Test
  void gzipContentEncodingIsUndone() throws IOException {
    byte[] gz = Containers.gzip(PAGE);
    byte[] http = concat(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: "
        + gz.length + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), gz);
    byte[] w = warcRecord("response", "https://x.vn/", "2025-01-01T00:00:00Z", "application/http;msgtype=response", http);
    assertThat(read("e.warc", w, new ArrayList<>()).get(0).bytes()).isEqualTo(PAGE);
  }

  @Test
  void aTruncatedWarcKeepsTheRecordsBeforeTheCutAndSaysWhere() throws IOException {
    byte[] whole = crawl();
    byte[] cut = Containers.cut(whole, whole.length - 30);
    List<RawDocument> docs = new ArrayList<>();
    DecodeException e = assertThrows(DecodeException.class, () -> {
      try (DocumentReader r = Readers.open("cut.warc", new ByteArrayInputStream(cut), ReadLimits.DEFAULT, p -> {})) {
        for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) docs.add(d.get());
      }
    });
    assertThat(docs).extracting(RawDocument::file).containsExactly("cut.warc#record-3");
    assertThat(e.getMessage()).isEqualTo("cut.warc: truncated WARC in record 7 (expected 26 more bytes in file)");
  }

  @Test
  void aTruncatedWarcGzSaysTruncatedGzip() throws IOException {
    byte[] gz = gzipEach(Containers.warcinfo(), warcResponse("https://a/", "2025-01-01T00:00:00Z", 200, "text/html", PAGE),
        warcResponse("https://b/", "2025-01-01T00:00:00Z", 200, "text/html", PAGE));
    byte[] cut = Containers.cut(gz, gz.length - 50);
    List<RawDocument> docs = new ArrayList<>();
    DecodeException e = assertThrows(DecodeException.class, () -> {
      try (DocumentReader r = Readers.open("cut.warc.gz", new ByteArrayInputStream(cut), ReadLimits.DEFAULT, p -> {})) {
        for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) docs.add(d.get());
      }
    });
    assertThat(docs).extracting(RawDocument::file).containsExactly("cut.warc.gz#record-2");
    assertThat(e.getMessage()).startsWith("cut.warc.gz: truncated gzip").contains("record 2");
  }

  @Test
  void noiseIsNotAWarcFile() {
    DecodeException e = assertThrows(DecodeException.class, () -> read("noise.warc", Containers.noise(5000, 3), new ArrayList<>()));
    assertThat(e.getMessage()).isEqualTo("noise.warc: not a WARC file (invalid WARC record at position 0)");
  }

  @Test
  void aBrokenHttpResponseIsSkippedAndReported() throws IOException {
    byte[] bad = warcRecord("response", "https://x/", "2025-01-01T00:00:00Z", "application/http;msgtype=response",
        Containers.noise(200, 5));
    byte[] good = warcResponse("https://y/", "2025-01-01T00:00:00Z", 200, "text/html", PAGE);
    List<ReadProblem> problems = new ArrayList<>();
    List<RawDocument> docs = read("mixed.warc", concat(bad, good), problems);
    assertThat(docs).extracting(RawDocument::file).containsExactly("mixed.warc#record-2");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo("mixed.warc#record-1");
      assertThat(p.reason()).startsWith("not an HTTP response");
    });
  }

  @Test
  void memoryDoesNotHoldTheArchive() throws IOException {
    // 40 records of 1 MB each are streamed through; only one payload is held at a time.
    java.io.InputStream many = new java.io.SequenceInputStream(java.util.Collections.enumeration(
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> (java.io.InputStream) new ByteArrayInputStream(warcResponse("https://x/" + i, "2025-01-01T00:00:00Z", 200,
                "text/html", ("<p>" + "x".repeat(1 << 20) + "</p>").getBytes(StandardCharsets.US_ASCII))))
            .toList()));
    int n = 0;
    long maxHeld = 0;
    try (DocumentReader r = Readers.open("big.warc", many, ReadLimits.DEFAULT, p -> {})) {
      for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) {
        n++;
        maxHeld = Math.max(maxHeld, d.get().bytes().length);
      }
    }
    assertThat(n).isEqualTo(40);
    assertThat(maxHeld).isLessThan(2L << 20);
  }
}
