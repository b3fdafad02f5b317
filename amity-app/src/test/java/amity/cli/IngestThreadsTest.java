package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.model.Entity;
import amity.model.Event;
import amity.pipeline.Pipeline;
import amity.store.Store;
import amity.store.StoryRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest on several threads leaves the store, the summary and the error lines, in their order,
 * exactly as an ingest on one thread does: pages with events, duplicates (of a page read before and
 * of one in the same batch), a file that cannot be read, a story a stage fails on, batches of two.
 */
class IngestThreadsTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  private static final List<String> PAGES = List.of(
      "Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15, 2025.\n",
      "President Lương Cường held phone talks with Lao President Thongloun Sisoulith on October 14, 2025.\n",
      "Ambassador Lâm Ngọc Thạch handed over 5,000 tonnes of rice donated by the Government to Cuba on October 13, 2025.\n",
      "Thủ tướng Phạm Minh Chính tiếp Đại sứ Cuba tại Việt Nam Rogelio Polanco Fuentes chiều 7/11/2024.\n",
      "国家主席习近平5月8日在北京同越南国家主席苏林举行会谈。\n",
      "El presidente cubano, Miguel Díaz-Canel, recibió este martes en La Habana al canciller de Vietnam.\n",
      "Prime Minister Phạm Minh Chính received Cuban Minister of the Interior Lázaro Alberto Álvarez Casas in Hà Nội on May 30, 2023.\n");

  @TempDir Path tmp;

  private record Run(Ingestion.Result result, List<String> err, List<StoryRow> stories, List<Entity> entities, List<Event> events) {}

  private Run ingest(Path folder, int threads, String store) throws Exception {
    Pipeline failing = Pipeline.builder().defaults(KB).events((doc, story, mentions) -> {
      if (story.story().text().contains("phone talks")) throw new IllegalStateException("no phone calls today");
      return Pipeline.builder().defaults(KB).build().analyze(doc).stories().get(story.story().index()).events();
    }).build();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Store s = Store.open(tmp.resolve(store))) {
      Ingestion.Result r = new Ingestion(failing, 2, threads).run(List.of(folder.toString()), s, KB,
          new ByteArrayInputStream(new byte[0]), new PrintStream(err, true, StandardCharsets.UTF_8), true);
      return new Run(r, err.toString(StandardCharsets.UTF_8).lines().toList(), s.stories().all(), s.entities().all(), s.events().all());
    }
  }

  @Test
  void threeThreadsLeaveWhatOneLeaves() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("pages"));
    List<String> texts = new ArrayList<>(PAGES);
    texts.add(2, PAGES.get(0)); // a duplicate in the same batch as its first
    texts.add(PAGES.get(3)); // a duplicate of a page saved batches before
    for (int i = 0; i < texts.size(); i++) Files.writeString(folder.resolve(String.format("page-%02d.txt", i)), texts.get(i));
    Files.writeString(folder.resolve("page-05-empty.txt"), "");

    Run one = ingest(folder, 1, "one");
    Run three = ingest(folder, 3, "three");

    assertThat(one.result().added()).isEqualTo(PAGES.size());
    assertThat(one.result().duplicates()).isEqualTo(2);
    assertThat(one.err()).hasSize(2);
    assertThat(three.result()).isEqualTo(one.result());
    assertThat(three.err()).isEqualTo(one.err());
    assertThat(three.stories()).isEqualTo(one.stories());
    assertThat(three.entities()).isEqualTo(one.entities());
    assertThat(three.events()).isEqualTo(one.events()).isNotEmpty();
  }
}
