package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When a story was published, and how amity knows.
 *
 * @param date the date, or null when nothing tells
 * @param basis how it was found: {@code metadata} (the publisher's: HTML meta, JSONL, feed),
 *     {@code page} (a date line on the page), {@code dateline} (an agency dateline's day), {@code
 *     related-list} (the newest related timestamp), {@code capture} (WARC-Date), {@code text} (a
 *     year the text names), or {@code none}
 * @param confidence 0 to 1
 */
public record PublicationDate(@Nullable DateValue date, String basis, double confidence) {
  public static final PublicationDate UNKNOWN = new PublicationDate(null, "none", 0);

  public PublicationDate {
    Objects.requireNonNull(basis, "basis must not be null");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
  }
}
