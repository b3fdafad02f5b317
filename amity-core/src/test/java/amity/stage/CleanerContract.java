package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.Alignment;
import amity.model.Document;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.Span;
import amity.model.Story;
import amity.testkit.Docs;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What any {@link Cleaner} owes its callers, checked on the seeds and on real WCXB pages. */
public abstract class CleanerContract {
  /** {@return the implementation under test} */
  protected abstract Cleaner cleaner();

  static List<Document> realDocuments() {
    List<Document> out = new ArrayList<>();
    for (RawDocument raw : DecoderContract.realPages()) out.add(Docs.decode(raw));
    return out;
  }

  /**
   * Asserts what holds of every page a cleaner returns: it is of {@code doc}, every line, span and
   * story alignment lies inside the document text, lines go forward, and each story's text is
   * verbatim copies of the document text as its alignment says. Used by the random-input test too.
   */
  public static void assertWellFormed(Document doc, Page page) {
    String text = doc.text();
    int n = text.length();
    assertThat(page.document()).isSameAs(doc);
    int lastEnd = 0;
    for (PageLine l : page.lines()) {
      assertThat(l.span().end()).as("line %s inside %d chars", l, n).isLessThanOrEqualTo(n);
      assertThat(l.span().start()).as("lines go forward: %s", l).isGreaterThanOrEqualTo(lastEnd);
      lastEnd = l.span().end();
    }
    for (Story s : page.stories()) {
      assertThat(s.docId()).isEqualTo(doc.id());
      if (s.titleSpan() != null) assertInside(s.titleSpan(), n, "title of " + s.id());
      if (s.dateline() != null) assertInside(s.dateline().span(), n, "dateline of " + s.id());
      for (Alignment.Segment g : s.alignment().segments()) {
        assertThat(g.textStart() + g.length()).as("%s: segment %s inside its %d chars", s.id(), g, s.text().length())
            .isLessThanOrEqualTo(s.text().length());
        assertThat(g.originalStart() + g.length()).as("%s: segment %s inside the document", s.id(), g).isLessThanOrEqualTo(n);
        assertThat(s.text().substring(g.textStart(), g.textStart() + g.length()))
            .as("%s: segment %s is a verbatim copy", s.id(), g)
            .isEqualTo(text.substring(g.originalStart(), g.originalStart() + g.length()));
      }
      Span whole = s.alignment().toOriginal(new Span(0, s.text().length()));
      assertInside(whole, n, "text of " + s.id());
    }
    assertThat(page.stories()).extracting(Story::id).doesNotHaveDuplicates();
  }

  private static void assertInside(Span span, int n, String what) {
    assertThat(span.end()).as("%s %s inside %d chars", what, span, n).isLessThanOrEqualTo(n);
  }

  @Test
  void aNullDocumentIsACallerBug() {
    assertThrows(NullPointerException.class, () -> cleaner().clean(null));
  }

  @Test
  void realPagesGiveWellFormedStoriesWithText() {
    for (Document d : realDocuments()) {
      Page p = cleaner().clean(d);
      assertWellFormed(d, p);
      assertThat(p.lines()).as(d.file()).isNotEmpty();
    }
    // Every seed is a news story: each gives at least one story with a body.
    for (RawDocument raw : amity.testkit.RealText.seeds()) {
      Page p = cleaner().clean(Docs.decode(raw));
      assertThat(p.stories()).as(raw.file()).isNotEmpty();
      assertThat(p.stories()).as(raw.file()).anySatisfy(s -> assertThat(s.text()).isNotBlank());
    }
  }

  @Test
  void theSameDocumentGivesTheSamePage() {
    for (Document d : realDocuments()) {
      Page a = cleaner().clean(d);
      Page b = cleaner().clean(new Document(d.id(), d.file(), new String(d.text()), d.charset(), d.meta()));
      assertThat(b.stories()).as(d.file()).isEqualTo(a.stories());
      assertThat(b.lines()).as(d.file()).isEqualTo(a.lines());
      assertThat(b.related()).as(d.file()).isEqualTo(a.related());
      assertThat(b.published()).as(d.file()).isEqualTo(a.published());
    }
  }

  @Test
  void pagesCannotBeChangedByTheirReader() {
    Document d = realDocuments().get(0);
    Page p = cleaner().clean(d);
    assertThrows(UnsupportedOperationException.class, () -> p.stories().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.lines().clear());
    assertThrows(UnsupportedOperationException.class, () -> p.related().clear());
    assertThat(p.stories()).isNotEmpty();
    assertThrows(UnsupportedOperationException.class, () -> p.stories().get(0).alignment().segments().clear());
  }

  @Test
  void oddButValidDocumentsAreCleanedWithoutAnException() {
    List<String> odd = List.of(
        "x", "\n\n\n", "—", "2025", "HÀ NỘI –", "新华社河内5月8日电", "(TTXVN)", "Related:\n- a\n- b",
        "😀".repeat(1000), "a\u0301".repeat(500), "word ".repeat(50_000), "\t\t\t\tindented\n".repeat(300),
        "Headline only\n", "Line\n".repeat(20_000), "La Habana, 2 sep (Prensa Latina)",
        "By\nBy\nBy\n", "Ngày 7/11/2024\n\nNgày 8/11/2024", "1.\n2.\n3.\n");
    for (String s : odd) {
      Document d = new Document("odd", "odd.txt", s, "UTF-8", SourceMeta.text());
      assertWellFormed(d, cleaner().clean(d));
    }
  }
}
