package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One news story cut out of a page: its headline, dateline and cleaned body.
 *
 * @param id stable id: the document id and the story's index in the page
 * @param docId the document it came from
 * @param index position in the page, from 0
 * @param kind main article or teaser
 * @param title the headline, or "" when the page has none
 * @param titleSpan where the headline stands in the document, when it has one
 * @param dateline place and agency, when present
 * @param text the cleaned body: no captions, sign-offs or related lists
 * @param alignment maps {@code text} offsets to document offsets
 * @param published when the story was published, and how that is known
 */
public record Story(
    String id,
    String docId,
    int index,
    StoryKind kind,
    String title,
    @Nullable Span titleSpan,
    @Nullable Dateline dateline,
    String text,
    Alignment alignment,
    PublicationDate published) {
  public Story {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(docId, "docId must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(alignment, "alignment must not be null");
    Objects.requireNonNull(published, "published must not be null");
  }

  public Story withPublished(PublicationDate p) {
    return new Story(id, docId, index, kind, title, titleSpan, dateline, text, alignment, p);
  }
}
