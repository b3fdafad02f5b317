package amity.index;

import amity.model.DateValue;
import org.jspecify.annotations.Nullable;

/**
 * The days an ISO date of honest precision can stand for, as {@code yyyymmdd} numbers: "2023-05"
 * is 20230501 to 20230531. A day without a year stands for no range. Not API.
 */
public final class DayRange {
  private DayRange() {}

  /** {@return {low, high} as yyyymmdd, or null for a date without a year or not ISO} */
  public static int @Nullable [] of(String iso) {
    DateValue d;
    try {
      d = DateValue.parse(iso);
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (d.year() == null) return null;
    return new int[] {low(d), high(d)};
  }

  /** {@return the first day {@code d} can stand for, as yyyymmdd} ({@code d} has a year) */
  public static int low(DateValue d) {
    return d.year() * 10000 + (d.month() == null ? 1 : d.month()) * 100 + (d.day() == null ? 1 : d.day());
  }

  /** {@return the last day {@code d} can stand for, as yyyymmdd} (day 31 for any month, as a bound) */
  public static int high(DateValue d) {
    return d.year() * 10000 + (d.month() == null ? 12 : d.month()) * 100 + (d.day() == null ? 31 : d.day());
  }

  /** {@return {@link #low} as the string {@code yyyy-mm-dd}} */
  public static String lowKey(DateValue d) {
    return key(low(d));
  }

  /** {@return {@link #high} as the string {@code yyyy-mm-dd}} */
  public static String highKey(DateValue d) {
    return key(high(d));
  }

  private static String key(int n) {
    return String.format("%04d-%02d-%02d", n / 10000, n / 100 % 100, n % 100);
  }
}
