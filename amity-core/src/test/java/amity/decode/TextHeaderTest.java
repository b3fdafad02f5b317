package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.model.DateValue;
import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextHeaderTest {
  private static final Path VI_WORLD = Path.of("../../shared/data/text/vi-news-world");

  private static Document decode(Path file) throws Exception {
    return new TextDecoder().decode(new RawDocument(file.toString(), Files.readAllBytes(file), SourceMeta.text()));
  }

  @Test
  void aCorpusArticlesHeaderGivesItsDateAndUrlAndLeavesTheText() throws Exception {
    Path file = VI_WORLD.resolve("news_world_005.txt");
    assumeTrue(Files.isRegularFile(file), "the Underthesea news corpus is in ../shared/data");
    Document d = decode(file);
    assertThat(d.meta().published()).isEqualTo(new DateValue(2020, 10, 1));
    assertThat(d.meta().url()).startsWith("https://dantri.com.vn/the-gioi/");
    // The page opens with its headline, no "# doc_id" line left to be read as one.
    assertThat(d.text()).doesNotContain("# doc_id").doesNotContain("# url").startsWith("Cố vấn tranh cử");
  }

  @Test
  void everyArticleOfTheCorpusIsDated() throws Exception {
    assumeTrue(Files.isDirectory(VI_WORLD), "the Underthesea news corpus is in ../shared/data");
    int n = 0;
    try (var files = Files.list(VI_WORLD)) {
      for (Path f : files.sorted().toList()) {
        Document d = decode(f);
        assertThat(d.meta().published()).as(f.toString()).isNotNull();
        assertThat(d.meta().published().isFullDate()).as(f.toString()).isTrue();
        assertThat(d.text()).as(f.toString()).doesNotStartWith("#");
        n++;
      }
    }
    assertThat(n).isGreaterThan(100);
  }

  @Test
  void textsWithoutAHeaderAreLeftAsTheyAre() {
    SourceMeta meta = SourceMeta.text();
    for (String text : new String[] {"#ASEAN2020 Hội nghị cấp cao\nNội dung", "# Summary: the talks\nBody", "Body\n# date = 20201001"}) {
      TextHeader.Read r = TextHeader.read(text, meta);
      assertThat(r.body()).isEqualTo(text);
      assertThat(r.meta()).isEqualTo(meta);
    }
  }

  @Test
  void aContainersDateWinsAndImpossibleDatesAreNone() {
    SourceMeta dated = SourceMeta.text().withPublished(new DateValue(2021, 5, 3));
    assertThat(TextHeader.read("# date = 20201001\nBody", dated).meta().published()).isEqualTo(new DateValue(2021, 5, 3));
    assertThat(TextHeader.date("20201301")).isNull();
    assertThat(TextHeader.date("2020-02-29")).isEqualTo(new DateValue(2020, 2, 29));
    assertThat(TextHeader.read("# date = soon\nBody", SourceMeta.text()).body()).isEqualTo("Body");
  }
}
