package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a story was published, and how amity knows.
 *
 * @param date the date, or null when nothing tells
 * @param basis how it was found
 * @param confidence 0 to 1
 */
public record PublicationDate(@Nullable DateValue date, DateBasis basis, double confidence) {
  public static final PublicationDate UNKNOWN = new PublicationDate(null, DateBasis.NONE, 0);

  public PublicationDate {
    Objects.requireNonNull(basis, "basis must not be null");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
