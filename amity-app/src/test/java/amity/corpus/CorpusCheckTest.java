package amity.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import amity.clean.PageCleaner;
import amity.kb.KnowledgeBase;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.stage.EventExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus check counts what it read and names every failure, whatever throws. */
class CorpusCheckTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  @TempDir Path tmp;

  private static CorpusPage page(String name, String text) {
    return new CorpusPage(name, "en", "test/" + name, text);
  }

  /**
   * amity's own event extractor, whichever class it is: the events the default pipeline reads from
   * the story at the same place of the same document.
   */
  private static EventExtractor ownEvents() {
    Pipeline defaults = Pipeline.builder().defaults(KB).build();
    return (doc, story, mentions) -> defaults.analyze(doc).stories().get(story.story().index()).events();
  }

  @Test
  void failuresOfAStoryAndOfAPageAreNamedAndTheRestIsCounted() throws Exception {
    EventExtractor real = ownEvents();
    PageCleaner cleaner = new PageCleaner();
    Pipeline pipeline = Pipeline.builder().defaults(KB)
        .events((doc, story, mentions) -> {
          if (doc.file().equals("b.txt")) throw new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5");
          return real.extract(doc, story, mentions);
        })
        .cleaner(doc -> {
          if (doc.file().equals("c.txt")) throw new IllegalStateException("page too odd");
          return cleaner.clean(doc);
        })
        .build();
    List<CorpusPage> pages = List.of(
        page("a.txt", "Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15, 2025.\n"),
        page("b.txt", "President Lương Cường held phone talks with Lao President Thongloun Sisoulith on October 14, 2025.\n"),
        page("c.txt", "Ambassador Lâm Ngọc Thạch handed over 5,000 tonnes of rice to Cuba on October 13, 2025.\n"));
    Path file = Files.writeString(tmp.resolve("d.txt"),
        "Prime Minister Phạm Minh Chính received Cuban Minister of the Interior Lázaro Alberto Álvarez Casas on May 30, 2023.\n");
    List<String> lines = new ArrayList<>();
    AtomicInteger progress = new AtomicInteger();

    CorpusCheck.Result r = new CorpusCheck(KB, pipeline, 2).run(pages, List.of(file), f -> lines.add(f.line()), progress::set);

    assertThat(progress.get()).isEqualTo(4);
    assertThat(r.pages()).as("a, b and d; c failed in the cleaner").isEqualTo(3);
    assertThat(r.stories()).isEqualTo(3);
    assertThat(r.mentions()).isGreaterThanOrEqualTo(6);
    assertThat(r.events()).as("a and d; b's failed").isEqualTo(2);
    assertThat(r.merged()).isEqualTo(2);
    assertThat(r.entities()).isGreaterThan(3);
    assertThat(r.threads()).isEqualTo(2);
    assertThat(r.failures()).extracting(CorpusCheck.Failure::page, CorpusCheck.Failure::story, CorpusCheck.Failure::stage)
        .containsExactlyInAnyOrder(
            tuple("b.txt", 0, "events"),
            tuple("c.txt", -1, CorpusCheck.CLEAN));
    assertThat(lines).containsExactlyInAnyOrder(
        "b.txt (test/b.txt): story 0: events: ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5 at "
            + r.failures().stream().filter(f -> f.page().equals("b.txt")).findFirst().orElseThrow().where(),
        "c.txt (test/c.txt): clean: IllegalStateException: page too odd at "
            + r.failures().stream().filter(f -> f.page().equals("c.txt")).findFirst().orElseThrow().where());
    assertThat(r.failures()).allSatisfy(f -> assertThat(f.where()).startsWith(CorpusCheckTest.class.getName()));
  }

  @Test
  void aCleanRunHasNoFailures() {
    List<CorpusPage> pages = List.of(
        page("a.txt", "Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15, 2025.\n"));
    CorpusCheck.Result r = new CorpusCheck(PipelineConfig.of(KB), 1).run(pages, f -> {}, d -> {});
    assertThat(r.failures()).isEmpty();
    assertThat(r.pages()).isEqualTo(1);
    assertThat(r.events()).isEqualTo(1);
  }
}
