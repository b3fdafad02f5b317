package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.ingest.Containers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input format and every kind of bad file, through the packaged command line. */
class IngestFormatsIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run amity(Path stdin, String... args) throws Exception {
    Path jar = Path.of("target", "amity.jar").toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("AMITY_STORE");
    Path out = Files.createTempFile("amity-out", ".txt");
    Path err = Files.createTempFile("amity-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    if (stdin != null) pb.redirectInput(stdin.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("amity " + String.join(" ", args) + " did not finish");
    }
    try {
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static final String VI_PAGE = "<html><head><meta charset=\"utf-8\"></head><body><h1>Chủ tịch nước tiếp Đại sứ Cuba</h1>"
      + "<p>HÀ NỘI — Chiều 7/11, Chủ tịch nước Lương Cường đã tiếp Đại sứ Cuba tại Việt Nam đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác.</p></body></html>";
  private static final String ZH_PAGE = "<html><head><meta charset=\"gbk\"></head><body><h1>越南与古巴加强合作</h1>"
      + "<p>越通社河内 —— 越共中央总书记苏林5月11日在河内会见古巴外交部长，双方同意加强农业合作。</p></body></html>";

  @Test
  void everyFormatIsReadAndEveryBadFileIsNamedWhileTheRestGoesOn() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in.resolve("sub"));
    Files.write(in.resolve("page.html.gz"), Containers.gzip(VI_PAGE.getBytes(StandardCharsets.UTF_8)));
    Files.write(in.resolve("sub/crawl.warc.gz"), Containers.gzipEach(Containers.warcinfo(),
        Containers.warcResponse("https://zh.vietnamplus.vn/a", "2025-05-12T02:00:00Z", 200, "text/html", ZH_PAGE.getBytes(Charset.forName("GB18030"))),
        Containers.warcResponse("https://zh.vietnamplus.vn/logo.png", "2025-05-12T02:00:01Z", 200, "image/png", Containers.noise(100, 1))));
    byte[] twoRecords = Containers.gzipEach(
        Containers.warcResponse("https://es.example/a", "2024-03-15T10:00:00Z", 200, "text/html; charset=windows-1252",
            "<p>MADRID (EFE) — El canciller español se reunió el pasado martes con su homólogo vietnamita en Madrid.</p>".getBytes(Charset.forName("windows-1252"))),
        Containers.warcResponse("https://es.example/b", "2024-03-15T10:00:00Z", 200, "text/html", "<p>segunda página, que nunca llega entera</p>".getBytes(StandardCharsets.UTF_8)));
    Files.write(in.resolve("cut.warc.gz"), Containers.cut(twoRecords, twoRecords.length - 30));
    Files.writeString(in.resolve("news.jsonl"),
        "{\"text\": \"Talks in Vientiane\\n\\nVIENTIANE — Prime Minister Phạm Minh Chính held talks with his Lao counterpart Sonexay Siphandone in Vientiane on Tuesday.\", \"date\": \"2025-01-09\", \"lang\": \"en\"}\n"
            + "this line is broken\n");
    Files.writeString(in.resolve("feed.rss"), Containers.rss("vi",
        new String[] {"Điện đàm", "Tue, 27 Jul 2021 20:00:00 +0700", "<p>Tổng Bí thư Nguyễn Phú Trọng đã điện đàm với Chủ tịch Cuba Miguel Díaz-Canel.</p>"}));
    Files.write(in.resolve("empty.warc"), new byte[0]);
    Files.write(in.resolve("noise.jsonl.gz"), Containers.concat(new byte[] {0x1f, (byte) 0x8b, 8, 0}, Containers.noise(3000, 2)));
    Files.write(in.resolve("binary.txt"), Containers.noise(3000, 3));
    try (var huge = Files.newOutputStream(in.resolve("huge.txt"))) {
      byte[] mb = "Hà Nội ".repeat(150_000).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 23; i++) huge.write(mb);
    }
    Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");

    String store = tmp.resolve("s").toString();
    Run r = amity(null, "ingest", in.toString(), "--store", store, "--json");
    assertThat(r.exit()).as(r.err()).isEqualTo(1);
    JsonNode summary = JSON.readTree(r.out());
    assertThat(summary.get("files").asInt()).isEqualTo(9);
    assertThat(summary.get("added").asInt()).as(r.err()).isEqualTo(5);
    List<String> errors = new ArrayList<>();
    summary.get("errors").forEach(e -> errors.add(Path.of(e.get("file").asText()).getFileName() + ": " + e.get("reason").asText()));
    assertThat(errors).containsExactlyInAnyOrder(
        "binary.txt: binary content, not text (no charset fits)",
        "cut.warc.gz: truncated gzip after record 1 (unexpected end of compressed data)",
        "empty.warc: empty file",
        "huge.txt: too large: 34500000 bytes (limit 33554432)",
        "news.jsonl#line-2: not JSON (Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'))",
        "noise.jsonl.gz: corrupt gzip (invalid literal/length code)",
        "notes.pdf: skipped: not a supported format (.pdf)");
    // Every error is one line on stderr, "amity: file: reason".
    assertThat(r.err().lines().filter(l -> !l.isBlank())).hasSize(7).allMatch(l -> l.startsWith("amity: "));

    List<JsonNode> stories = new ArrayList<>();
    for (String line : amity(null, "stories", "--store", store, "--json").out().split("\n")) if (!line.isBlank()) stories.add(JSON.readTree(line));
    Set<String> files = new TreeSet<>();
    stories.forEach(s -> files.add(Path.of(s.get("file").asText()).getFileName().toString()));
    assertThat(files).containsExactly("crawl.warc.gz#record-2", "cut.warc.gz#record-1", "feed.rss#item-1", "news.jsonl#line-1", "page.html.gz");
    assertThat(stories).anySatisfy(s -> {
      assertThat(s.get("file").asText()).endsWith("crawl.warc.gz#record-2");
      assertThat(s.get("lang").asText()).isEqualTo("zh");
      assertThat(s.get("title").asText()).isEqualTo("越南与古巴加强合作");
      assertThat(s.get("text").asText()).startsWith("越共中央总书记苏林5月11日");
    });
    assertThat(stories).anySatisfy(s -> {
      assertThat(s.get("file").asText()).endsWith("cut.warc.gz#record-1");
      assertThat(s.get("text").asText()).contains("El canciller español se reunió");
    });

  }

  @Test
  void stdinIsSniffed() throws Exception {
    Path warc = tmp.resolve("stdin.bin");
    Files.write(warc, Containers.gzipEach(Containers.warcResponse("https://x.vn/", "2025-09-02T06:00:00Z", 200, "text/html", VI_PAGE.getBytes(StandardCharsets.UTF_8))));
    String store = tmp.resolve("s2").toString();
    Run r = amity(warc, "ingest", "-", "--store", store, "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(JSON.readTree(r.out()).get("added").asInt()).isEqualTo(1);
    String stories = amity(null, "stories", "--store", store, "--json").out();
    assertThat(stories).contains("\"file\":\"-#record-1\"").contains("Chủ tịch nước tiếp Đại sứ Cuba");
  }
}
