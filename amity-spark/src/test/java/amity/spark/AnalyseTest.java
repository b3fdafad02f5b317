package amity.spark;

import static org.assertj.core.api.Assertions.assertThat;

import amity.kb.KnowledgeBase;
import amity.pipeline.Pipeline;
import amity.stage.EventExtractor;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/** Stage 1's per-partition step (no Spark session): a failing story, page or record never ends the task. */
class AnalyseTest {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();

  private static Row raw(String file, String text) {
    return RowFactory.create(file, file, 0L, text.getBytes(StandardCharsets.UTF_8), "text", null, null, null, null, null, null,
        null);
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
  void aStoryWhoseEventsFailKeepsItsDocumentAndAFailingPageBecomesAnError() {
    EventExtractor real = ownEvents();
    Pipeline pipeline = Pipeline.builder().defaults(KB)
        .events((doc, story, mentions) -> {
          if (doc.file().equals("story-fails.txt")) throw new ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 5");
          return real.extract(doc, story, mentions);
        })
        .cleaner(doc -> {
          if (doc.file().equals("page-fails.txt")) throw new IllegalStateException("page too odd");
          return new amity.clean.PageCleaner().clean(doc);
        })
        .build();
    List<Row> in = List.of(
        raw("story-fails.txt", "Prime Minister Phạm Minh Chính met Cuban Vice President Salvador Valdés Mesa in Hà Nội on October 15, 2025.\n"),
        raw("page-fails.txt", "President Lương Cường held phone talks with Lao President Thongloun Sisoulith on October 14, 2025.\n"),
        raw("not-text.txt", "\u0000\u0001\u0002\u0003 binary \u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"),
        raw("fine.txt", "Ambassador Lâm Ngọc Thạch handed over 5,000 tonnes of rice to Cuba on October 13, 2025.\n"));

    List<Row> out = new ArrayList<>();
    for (Iterator<Row> it = Analyse.analyse(in.iterator(), pipeline); it.hasNext(); ) out.add(it.next());

    assertThat(out).hasSize(4);
    int file = Rows.ANALYSIS.fieldIndex("file");
    int stories = Rows.ANALYSIS.fieldIndex("stories");
    List<Row> analysed = out.stream().filter(r -> !r.isNullAt(0)).map(r -> r.getStruct(0)).toList();
    assertThat(analysed).extracting(r -> r.getString(file)).containsExactly("story-fails.txt", "fine.txt");
    assertThat(analysed).allSatisfy(r -> assertThat(r.getList(stories)).hasSize(1));
    assertThat(out).extracting(AnalyseTest::errors).containsExactly(
        List.of("story-fails.txt events story 0: ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 5"),
        List.of("page-fails.txt clean: IllegalStateException: page too odd"),
        List.of("not-text.txt decode: binary content, not text (no charset fits)"),
        List.of());
  }

  /** {@return each error of an outcome as "file stage[ story N]: reason"} */
  private static List<String> errors(Row outcome) {
    List<String> out = new ArrayList<>();
    for (Row e : outcome.<Row>getList(2)) {
      // Rows made in a task carry no schema: fields by their place in Analyse.ERROR.
      out.add(e.getString(Analyse.ERROR.fieldIndex("file")) + " " + e.getString(Analyse.ERROR.fieldIndex("stage"))
          + (e.isNullAt(Analyse.ERROR.fieldIndex("story")) ? "" : " story " + e.getInt(Analyse.ERROR.fieldIndex("story")))
          + ": " + e.getString(Analyse.ERROR.fieldIndex("reason")));
    }
    return out;
  }
}
