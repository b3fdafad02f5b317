package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The opening "place — agency" of a story.
 *
 * @param place the place named, e.g. "HÀ NỘI" or "河内"
 * @param agency the agency named, e.g. "VOV.VN" or "越通社"
 * @param span where it stands in the document text
 */
public record Dateline(@Nullable String place, @Nullable String agency, Span span) {
  public Dateline {
    Objects.requireNonNull(span, "span must not be null");
  }
}
