package amity.model;

import java.util.Objects;

/**
 * One classified line of a page.
 *
 * @param span the line in the document text, without its line break
 * @param kind what the cleaner took it for
 * @param reason a short word on why, for the document view and for debugging cleaning
 */
public record PageLine(Span span, LineKind kind, String reason) {
  public PageLine {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }
}
