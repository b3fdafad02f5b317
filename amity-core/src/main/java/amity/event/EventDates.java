package amity.event;

import amity.model.DateRange;
import amity.model.DateValue;
import org.jspecify.annotations.Nullable;

/** Choosing between two dates of one event: the more precise wins. Stateless. */
public final class EventDates {
  private EventDates() {}

  /** {@return the more precise of two dates, a single day preferred over a range} */
  public static @Nullable DateRange morePrecise(@Nullable DateRange a, @Nullable DateRange b) {
    return morePrecise(a, b, false);
  }

  /**
   * {@return the more precise of two dates} A known year beats an unknown one, a day a month; of
   * two full dates, a visit keeps its range and anything else its single day.
   */
  public static @Nullable DateRange morePrecise(@Nullable DateRange a, @Nullable DateRange b, boolean preferRange) {
    if (a == null) return b;
    if (b == null) return a;
    return precision(b, preferRange) > precision(a, preferRange) ? b : a;
  }

  static int precision(DateRange r, boolean preferRange) {
    DateValue d = r.start();
    int p = (d.year() != null ? 4 : 0) + (d.month() != null ? 2 : 0) + (d.day() != null ? 1 : 0);
    boolean range = r.end() != null;
    return p * 2 + (range == preferRange ? 1 : 0);
  }
}
