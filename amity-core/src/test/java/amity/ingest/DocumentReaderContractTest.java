package amity.ingest;

import amity.decode.DecodeException;
import static amity.ingest.Containers.concat;
import static amity.ingest.Containers.gzip;
import static amity.ingest.Containers.gzipEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.RawDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every reader promises, checked on each format, gzipped or not, named or sniffed. */
class DocumentReaderContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PAGES =
      List.of(
          "<p>Thủ tướng tiếp Đại sứ Cuba tại Hà Nội.</p>",
          "<p>越南国家主席在河内会见古巴外交部长。</p>",
          "<p>El canciller se reunió con su homólogo en Madrid.</p>");

  /** A container format: a file name, how it writes pages, whether it holds several. */
  record Case(String name, Function<List<String>, byte[]> write, boolean many, boolean streamed) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    Function<List<String>, byte[]> jsonl = pages -> lines(pages).getBytes(StandardCharsets.UTF_8);
    Function<List<String>, byte[]> warc = pages -> {
      List<byte[]> parts = new ArrayList<>(List.of(Containers.warcinfo()));
      for (int i = 0; i < pages.size(); i++) parts.add(response(i, pages.get(i)));
      return concat(parts.toArray(byte[][]::new));
    };
    Function<List<String>, byte[]> warcGz = pages -> {
      List<byte[]> parts = new ArrayList<>(List.of(Containers.warcinfo()));
      for (int i = 0; i < pages.size(); i++) parts.add(response(i, pages.get(i)));
      return gzipEach(parts.toArray(byte[][]::new));
    };
    Function<List<String>, byte[]> rss = pages -> Containers.rss("vi", items(pages)).getBytes(StandardCharsets.UTF_8);
    Function<List<String>, byte[]> atom = pages -> Containers.atom(items(pages)).getBytes(StandardCharsets.UTF_8);
    Function<List<String>, byte[]> single = pages -> pages.get(0).getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        new Case("page.txt", single, false, false),
        new Case("page.html", single, false, false),
        new Case("page.html.gz", single.andThen(Containers::gzip), false, false),
        new Case("news.jsonl", jsonl, true, true),
        new Case("news.jsonl.gz", jsonl.andThen(Containers::gzip), true, true),
        new Case("crawl.warc", warc, true, true),
        new Case("crawl.warc.gz", warcGz, true, true),
        new Case("feed.rss", rss, true, false),
        new Case("feed.atom", atom, true, false),
        new Case("feed.xml.gz", rss.andThen(Containers::gzip), true, false),
        new Case("-", warcGz, true, true),
        new Case("export.gz", jsonl.andThen(Containers::gzip), true, true));
  }

  private static String lines(List<String> pages) {
    StringBuilder b = new StringBuilder();
    for (String p : pages) {
      try {
        b.append(JSON.writeValueAsString(java.util.Map.of("html", p, "url", "https://example.org/" + b.length()))).append('\n');
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return b.toString();
  }

  private static byte[] response(int i, String page) {
    return Containers.warcResponse("https://example.org/" + i, "2025-09-0" + (i + 1) + "T08:00:00Z", 200,
        "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
  }

  private static String[][] items(List<String> pages) {
    String[][] out = new String[pages.size()][];
    for (int i = 0; i < pages.size(); i++) out[i] = new String[] {"Tin " + i, "Tue, 02 Sep 2025 06:00:00 +0700", pages.get(i)};
    return out;
  }

  /** A stream that remembers whether it was closed. */
  static final class Tracked extends ByteArrayInputStream {
    boolean closed;

    Tracked(byte[] b) {
      super(b);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  private static List<RawDocument> readAll(DocumentReader r) throws IOException {
    List<RawDocument> out = new ArrayList<>();
    for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) out.add(d.get());
    return out;
  }

  private static List<String> expected(Case c) {
    return c.many() ? PAGES : PAGES.subList(0, 1);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void readsEveryDocumentInOrderNamedAfterTheFile(Case c) throws IOException {
    List<ReadProblem> problems = new ArrayList<>();
    Tracked in = new Tracked(c.write().apply(expected(c)));
    List<RawDocument> docs;
    try (DocumentReader r = Readers.open(c.name(), in, ReadLimits.DEFAULT, problems::add)) {
      docs = readAll(r);
      assertThat(r.next()).as("stays at its end").isEmpty();
    }
    assertThat(problems).isEmpty();
    assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8)).containsExactlyElementsOf(expected(c));
    assertThat(docs).allSatisfy(d -> assertThat(d.file()).startsWith(c.name()));
    if (c.many()) assertThat(docs).extracting(RawDocument::file).doesNotHaveDuplicates().allMatch(f -> f.contains("#"));
    assertThat(in.closed).as("a reader never closes its stream").isFalse();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void iteratesAndStreamsTheSameDocuments(Case c) throws IOException {
    byte[] b = c.write().apply(expected(c));
    List<String> viaIterator = new ArrayList<>();
    try (DocumentReader r = Readers.open(c.name(), new ByteArrayInputStream(b), ReadLimits.DEFAULT, p -> {})) {
      for (RawDocument d : r) viaIterator.add(d.file());
    }
    try (DocumentReader r = Readers.open(c.name(), new ByteArrayInputStream(b), ReadLimits.DEFAULT, p -> {})) {
      assertThat(r.records().map(RawDocument::file).toList()).isEqualTo(viaIterator);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void anEmptyInputIsAOneLineError(Case c) {
    DecodeException e = assertThrows(DecodeException.class,
        () -> Readers.open(c.name(), new ByteArrayInputStream(new byte[0]), ReadLimits.DEFAULT, p -> {}));
    assertThat(e.getMessage()).isEqualTo(c.name() + ": empty file");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aCutOffInputKeepsWhatCameBeforeTheCut(Case c) throws IOException {
    byte[] whole = c.write().apply(expected(c));
    byte[] cut = Containers.cut(whole, whole.length - 25);
    List<RawDocument> docs = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    IOException failure = null;
    try (DocumentReader r = Readers.open(c.name(), new ByteArrayInputStream(cut), ReadLimits.DEFAULT, problems::add)) {
      for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) docs.add(d.get());
    } catch (IOException e) {
      failure = e;
    }
    boolean gz = c.name().endsWith(".gz") || c.name().equals("-");
    if (c.streamed()) {
      assertThat(docs).as("documents before the cut").hasSizeGreaterThanOrEqualTo(expected(c).size() - 1);
      assertThat(docs.subList(0, expected(c).size() - 1))
          .extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8))
          .containsExactlyElementsOf(expected(c).subList(0, expected(c).size() - 1));
    }
    if (gz || c.name().contains("warc")) {
      assertThat(failure).as("a cut archive is an error").isInstanceOf(DecodeException.class);
      assertThat(failure.getMessage()).startsWith(c.name() + ": truncated").doesNotContain("\n");
    } else if (failure == null && docs.size() < expected(c).size()) {
      // A cut JSON line or feed is reported, not silently dropped.
      assertThat(problems).isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void binaryNoiseIsNamedAndNeverThrowsAnythingButDecodeException(Case c) {
    byte[] noise = Containers.noise(20_000, 11);
    if (c.name().endsWith(".gz") || c.name().equals("-")) noise = concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, noise);
    try (DocumentReader r = Readers.open(c.name(), new ByteArrayInputStream(noise), ReadLimits.DEFAULT, p -> {})) {
      readAll(r);
    } catch (DecodeException e) {
      assertThat(e.file()).startsWith(c.name());
      assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(300);
    } catch (IOException e) {
      throw new AssertionError("not a DecodeException: " + e, e);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void aDocumentOverTheLimitIsRefusedWithoutStoppingTheRest(Case c) throws IOException {
    String big = "<p>" + "Hà Nội ".repeat(400) + "</p>";
    List<String> pages = c.many() ? List.of(big, PAGES.get(1)) : List.of(big);
    byte[] b = c.write().apply(pages);
    List<ReadProblem> problems = new ArrayList<>();
    List<RawDocument> docs = new ArrayList<>();
    IOException failure = null;
    try (DocumentReader r = Readers.open(c.name(), new ByteArrayInputStream(b), new ReadLimits(1000), problems::add)) {
      for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) docs.add(d.get());
    } catch (DecodeException e) {
      failure = e;
    }
    assertThat(docs).allSatisfy(d -> assertThat(d.bytes().length).isLessThanOrEqualTo(1000));
    if (failure != null) {
      assertThat(failure.getMessage()).contains("too large");
    } else {
      assertThat(problems).anySatisfy(p -> assertThat(p.reason()).containsAnyOf("too large", "too long"));
      assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8)).containsExactly(PAGES.get(1));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void gzipOfTheSameContentReadsTheSame(Case c) throws IOException {
    // Each case is read both ways: a plain case beside its gzip (name + ".gz"), a gzipped one
    // beside its gunzipped bytes (name without ".gz"; "-" stays "-" and is sniffed either way).
    boolean gz = c.name().endsWith(".gz") || c.name().equals("-");
    byte[] written = c.write().apply(expected(c));
    byte[] plain = gz ? gunzip(written) : written;
    byte[] zipped = gz ? written : gzip(plain);
    String plainName = c.name().equals("-") ? "-" : gz ? c.name().substring(0, c.name().length() - 3) : c.name();
    String gzName = gz ? c.name() : c.name() + ".gz";
    assertThat(plain).as("gunzipped content differs from the gzip").isNotEqualTo(zipped);
    List<String> a = texts(plainName, plain);
    List<String> b = texts(gzName, zipped);
    assertThat(a).as(plainName).containsExactlyElementsOf(expected(c));
    assertThat(b).as(gzName).isEqualTo(a);
  }

  private static List<String> texts(String name, byte[] bytes) throws IOException {
    List<String> out = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    try (DocumentReader r = Readers.open(name, new ByteArrayInputStream(bytes), ReadLimits.DEFAULT, problems::add)) {
      r.forEach(d -> out.add(new String(d.bytes(), StandardCharsets.UTF_8)));
    }
    assertThat(problems).as(name).isEmpty();
    return out;
  }

  /** Gunzips every member of a (possibly multi-member) gzip, as {@code gzip -d} does. */
  private static byte[] gunzip(byte[] b) throws IOException {
    try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(b))) {
      return in.readAllBytes();
    }
  }
}
