package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An entry of a page's related-headline list, kept as a link record rather than body text.
 *
 * @param title the headline as shown
 * @param timestamp the date shown beside it, if any
 * @param section the section label shown beside it, if any
 * @param span where the headline stands in the document text
 */
public record RelatedLink(
    String title, @Nullable DateValue timestamp, @Nullable String section, Span span) {
  public RelatedLink {
    Objects.requireNonNull(title, "title must not be null");
    Objects.requireNonNull(span, "span must not be null");
  }
}
