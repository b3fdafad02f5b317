package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * A document after cleaning: every line classified, the stories cut out of it, its related links.
 *
 * @param document the decoded document
 * @param lines every line of the document with its kind
 * @param stories the stories, main article first
 * @param related related-headline entries, kept as links
 * @param published the page's publication date, which stories fall back on
 */
public record Page(
    Document document,
    List<PageLine> lines,
    List<Story> stories,
    List<RelatedLink> related,
    PublicationDate published) {
  public Page {
    Objects.requireNonNull(document, "document must not be null");
    lines = List.copyOf(lines);
    stories = List.copyOf(stories);
    related = List.copyOf(related);
    Objects.requireNonNull(published, "published must not be null");
  }
}
