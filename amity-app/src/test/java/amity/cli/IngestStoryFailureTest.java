package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.model.Event;
import amity.model.Evidence;
import amity.pipeline.Pipeline;
import amity.stage.EventExtractor;
import amity.store.Store;
import amity.store.StoryRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An ingest in which one story of a page makes a stage throw keeps the page and says which story. */
class IngestStoryFailureTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  /** A teaser page: three stories, each with people and an event. */
  private static final String TEASERS = """
      World

      Prime Minister meets Cuban Vice President
      Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15.
      15/10/2025 17:30

      President holds phone talks with Lao leader
      President Lương Cường held phone talks with Lao President Thongloun Sisoulith on October 14.
      14/10/2025 16:05

      Việt Nam hands over rice to Cuba
      Ambassador Lâm Ngọc Thạch handed over 5,000 tonnes of rice donated by the Government to Cuba on October 13.
      13/10/2025 20:10
      """;

  @TempDir Path tmp;

  /**
   * amity's own event extractor, whichever class it is: the events the default pipeline reads from
   * the story at the same place of the same document.
   */
  private static EventExtractor ownEvents() {
    Pipeline defaults = Pipeline.builder().defaults(KB).build();
    return (doc, story, mentions) -> defaults.analyze(doc).stories().get(story.story().index()).events();
  }

  @Test
  void aStoryWhoseEventsFailIsReportedAndItsDocumentStored() throws Exception {
    Path page = Files.writeString(tmp.resolve("teasers.txt"), TEASERS);
    Path other = Files.writeString(tmp.resolve("other.txt"),
        "Prime Minister Phạm Minh Chính received Cuban Minister of the Interior Lázaro Alberto Álvarez Casas in Hà Nội on May 30, 2023.\n");
    EventExtractor real = ownEvents();
    Pipeline failing = Pipeline.builder().defaults(KB).events((doc, story, mentions) -> {
      if (story.story().title().contains("phone talks")) {
        throw new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5");
      }
      return real.extract(doc, story, mentions);
    }).build();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    Ingestion.Result r;
    List<StoryRow> stories;
    List<Event> events;
    try (Store store = Store.open(tmp.resolve("store"))) {
      r = new Ingestion(failing, 50).run(List.of(page.toString(), other.toString()), store, KB,
          new ByteArrayInputStream(new byte[0]), new PrintStream(err, true, StandardCharsets.UTF_8), true);
      stories = store.stories().all();
      events = store.events().all();
    }

    StoryRow failed = stories.stream().filter(s -> s.title().contains("phone talks")).findFirst().orElseThrow();
    String line = "amity: " + page + ": story " + failed.id() + ": events: "
        + "ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5";
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).containsExactly(line);

    assertThat(r.added()).isEqualTo(2);
    assertThat(r.stories()).isEqualTo(4);
    assertThat(r.unread()).isZero();
    assertThat(r.partial()).isEqualTo(1);
    assertThat(stories).hasSize(4);
    assertThat(events.stream().flatMap(e -> e.sources().stream()).map(Evidence::story))
        .doesNotContain(failed.id())
        .contains(stories.stream().filter(s -> s.title().contains("Cuban Vice President")).findFirst().orElseThrow().id());

    ObjectNode json = IngestCommand.summary(r);
    assertThat(json.get("added").asInt()).isEqualTo(2);
    JsonNode error = json.get("errors").get(0);
    assertThat(json.get("errors")).hasSize(1);
    assertThat(error.get("file").asText()).isEqualTo(page.toString());
    assertThat(error.get("story").asText()).isEqualTo(failed.id());
    assertThat(error.get("stage").asText()).isEqualTo("events");
    assertThat(error.get("reason").asText()).isEqualTo("ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5");
  }

  @Test
  void aFileThatCannotBeReadHasNoStoryOrStage() throws Exception {
    Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
    Ingestion.Result r;
    try (Store store = Store.open(tmp.resolve("store"))) {
      r = new Ingestion(KB).run(List.of(empty.toString()), store, KB, new ByteArrayInputStream(new byte[0]),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), true);
    }
    JsonNode error = IngestCommand.summary(r).get("errors").get(0);
    assertThat(error.get("file").asText()).isEqualTo(empty.toString());
    assertThat(error.get("story").isNull()).isTrue();
    assertThat(error.get("stage").isNull()).isTrue();
    assertThat(r.unread()).isEqualTo(1);
    assertThat(r.partial()).isZero();
  }
}
