package amity.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * When something happened: one date, or a range from {@code start} to {@code end} inclusive.
 *
 * @param start the date, or the first day of the range
 * @param end the last day of a range, or null for a single date
 */
public record DateRange(DateValue start, @Nullable DateValue end) {
  public DateRange {
    Objects.requireNonNull(start, "start must not be null");
  }

  public static DateRange of(DateValue d) {
    return new DateRange(d, null);
  }

  /** {@return whether the two ranges can overlap, given the precision of each end} */
  public boolean overlaps(DateRange o) {
    DateValue e1 = end == null ? start : end;
    DateValue e2 = o.end == null ? o.start : o.end;
    if (start.compatibleWith(o.start) || start.compatibleWith(e2) || e1.compatibleWith(o.start)) {
      return true;
    }
    // Both fully known: ordinary interval overlap.
    if (start.isFullDate() && e1.isFullDate() && o.start.isFullDate() && e2.isFullDate()) {
      return start.ordinal() <= e2.ordinal() && o.start.ordinal() <= e1.ordinal();
    }
    return false;
  }
}
