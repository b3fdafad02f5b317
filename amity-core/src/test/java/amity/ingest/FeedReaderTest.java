package amity.ingest;

import amity.decode.DecodeException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.DateValue;
import amity.model.RawDocument;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final List<ReadProblem> problems = new ArrayList<>();

  private List<RawDocument> read(String name, String xml) throws IOException {
    List<RawDocument> out = new ArrayList<>();
    try (DocumentReader r = Readers.open(name, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ReadLimits.DEFAULT, problems::add)) {
      for (var d = r.next(); d.isPresent(); d = r.next()) out.add(d.get());
    }
    return out;
  }

  @Test
  void rssItemsWithTitleLinkAndThePublishersDay() throws IOException {
    List<RawDocument> docs = read("tin.rss", Containers.rss("vi-VN",
        new String[] {"Chủ tịch nước tiếp Đại sứ Cuba", "Tue, 02 Sep 2025 06:00:00 +0700", "<p>Chiều 7/11, Chủ tịch nước tiếp Đại sứ.</p>"},
        new String[] {"Hội đàm", "Wed, 03 Sep 2025 22:30:00 GMT", "<p>Hai bên hội đàm.</p>"}));
    assertThat(docs).extracting(RawDocument::file).containsExactly("tin.rss#item-1", "tin.rss#item-2");
    var m = docs.get(0).meta();
    assertThat(m.title()).isEqualTo("Chủ tịch nước tiếp Đại sứ Cuba");
    assertThat(m.url()).isEqualTo("https://example.vn/1");
    assertThat(m.published()).as("06:00 in Hà Nội is still 2 September").isEqualTo(DateValue.parse("2025-09-02"));
    assertThat(m.lang()).isEqualTo("vi");
    assertThat(m.format()).isEqualTo("html");
    assertThat(new String(docs.get(0).bytes(), StandardCharsets.UTF_8)).isEqualTo("<p>Chiều 7/11, Chủ tịch nước tiếp Đại sứ.</p>");
    assertThat(docs.get(1).meta().published()).isEqualTo(DateValue.parse("2025-09-03"));
  }

  @Test
  void atomEntriesAreReadAsWell() throws IOException {
    List<RawDocument> docs = read("news.atom", Containers.atom(new String[] {"越南与古巴", "2025-05-08T09:00:00+08:00", "<p>双方签署合作协议。</p>"}));
    assertThat(docs).singleElement().satisfies(d -> {
      assertThat(d.meta().title()).isEqualTo("越南与古巴");
      assertThat(d.meta().url()).isEqualTo("https://example.cn/1");
      assertThat(d.meta().published()).isEqualTo(DateValue.parse("2025-05-08"));
    });
  }

  @Test
  void aFeedWhoseItemsHaveNoTextSaysSo() throws IOException {
    String xml = "<rss version=\"2.0\"><channel><title>x</title><link>https://x/</link><description>x</description>"
        + "<item><title>Only a title</title><link>https://x/1</link></item></channel></rss>";
    assertThat(read("links.xml", xml)).isEmpty();
    assertThat(problems).extracting(p -> p.file() + ": " + p.reason()).containsExactly("links.xml: no item has a description or content");
  }

  @Test
  void xmlThatIsNotAFeedOrNotXmlIsOneLineError() {
    DecodeException notFeed = assertThrows(DecodeException.class, () -> read("page.rss", "<?xml version=\"1.0\"?><catalog><book/></catalog>"));
    assertThat(notFeed.getMessage()).isEqualTo("page.rss: not an RSS or Atom feed (root element <catalog>)");
    DecodeException broken = assertThrows(DecodeException.class, () -> read("cut.rss", "<rss version=\"2.0\"><channel><item><title>x"));
    assertThat(broken.getMessage()).startsWith("cut.rss: not an RSS or Atom feed").doesNotContain("\n");
  }

  @Test
  void externalEntitiesAreNotFetched() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title><item><description>a</description></item></channel></rss>";
    DecodeException e = assertThrows(DecodeException.class, () -> read("evil.rss", xxe));
    assertThat(e.getMessage()).startsWith("evil.rss: not an RSS or Atom feed");
  }
}
