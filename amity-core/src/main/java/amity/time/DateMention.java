package amity.time;

import amity.model.DateRange;
import amity.model.Span;
import java.util.Objects;

/**
 * A date expression found in a text and what it resolves to.
 *
 * @param span where it stands in the text
 * @param kind the pattern kind: {@code date}, {@code range}, {@code month}, {@code year}, {@code
 *     weekday}, {@code relative}
 * @param range the resolved date or range
 */
public record DateMention(Span span, String kind, DateRange range) {
  public DateMention {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(range, "range must not be null");
  }

  /** {@return whether the expression names a day, not just a month or year} */
  public boolean isDay() {
    return range.start().day() != null;
  }
}
