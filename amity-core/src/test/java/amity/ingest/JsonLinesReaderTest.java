package amity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.DateValue;
import amity.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final List<ReadProblem> problems = new ArrayList<>();

  private List<RawDocument> read(String content) throws IOException {
    List<RawDocument> out = new ArrayList<>();
    try (DocumentReader r = Readers.open("news.jsonl", new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)),
        ReadLimits.DEFAULT, problems::add)) {
      r.forEach(out::add);
    }
    return out;
  }

  @Test
  void fieldsGoIntoTheMetadata() throws IOException {
    List<RawDocument> docs = read(
        "{\"text\": \"Hai bên ký kết.\", \"url\": \"https://a.vn/1\", \"title\": \"Ký kết\", \"date\": \"2025-09-02T06:00:00+07:00\", \"lang\": \"vi-VN\"}\n"
            + "{\"html\": \"<p>双方签署协议。</p>\", \"date\": \"20250508\"}\n");
    assertThat(docs).hasSize(2);
    var a = docs.get(0).meta();
    assertThat(a.format()).isEqualTo("text");
    assertThat(a.url()).isEqualTo("https://a.vn/1");
    assertThat(a.title()).isEqualTo("Ký kết");
    assertThat(a.published()).as("the publisher's day, not UTC's").isEqualTo(DateValue.parse("2025-09-02"));
    assertThat(a.lang()).isEqualTo("vi");
    assertThat(docs.get(1).meta().format()).isEqualTo("html");
    assertThat(docs.get(1).meta().published()).isEqualTo(DateValue.parse("2025-05-08"));
    assertThat(new String(docs.get(1).bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>双方签署协议。</p>");
    assertThat(docs).extracting(RawDocument::file).containsExactly("news.jsonl#line-1", "news.jsonl#line-2");
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndTheRestIsRead() throws IOException {
    List<RawDocument> docs = read(
        "{\"text\": \"one\"}\n\nnot json at all\n[1, 2]\n{\"url\": \"https://x\"}\n{\"text\": 5}\n{\"text\": \"two\"\n{\"text\": \"three\", \"date\": \"someday\", \"lang\": \"??\"}\n");
    assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8)).containsExactly("one", "three");
    assertThat(docs.get(1).meta().published()).isNull();
    assertThat(docs.get(1).meta().lang()).isNull();
    assertThat(problems).extracting(p -> p.file() + ": " + p.reason().replaceAll(" \\(.*", ""))
        .containsExactly(
            "news.jsonl#line-3: not JSON",
            "news.jsonl#line-4: not a JSON object",
            "news.jsonl#line-5: no \"text\" or \"html\" field",
            "news.jsonl#line-6: no \"text\" or \"html\" field",
            "news.jsonl#line-7: not JSON");
  }

  @Test
  void windowsLineEndsAndABomAreFine() throws IOException {
    List<RawDocument> docs = read("\uFEFF{\"text\": \"một\"}\r\n{\"text\": \"hai\"}\r\n");
    assertThat(docs).extracting(d -> new String(d.bytes(), StandardCharsets.UTF_8)).containsExactly("một", "hai");
    assertThat(problems).isEmpty();
  }

  @Test
  void aTooLongLineIsSkippedAndTheNextIsRead() throws IOException {
    String longLine = "{\"text\": \"" + "x".repeat(5000) + "\"}";
    List<RawDocument> docs = new ArrayList<>();
    try (DocumentReader r = Readers.open("news.jsonl", new ByteArrayInputStream((longLine + "\n{\"text\": \"short\"}\n")
        .getBytes(StandardCharsets.UTF_8)), new ReadLimits(1000), problems::add)) {
      r.forEach(docs::add);
    }
    assertThat(docs).extracting(RawDocument::file).containsExactly("news.jsonl#line-2");
    assertThat(problems).extracting(ReadProblem::file).containsExactly("news.jsonl#line-1");
  }
}
