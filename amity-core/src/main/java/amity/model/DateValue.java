package amity.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A calendar date with honest precision: a year, a month of a year, a day, or a day of a month
 * whose year is not known.
 *
 * <p>Rendered as ISO 8601: {@code 2021-07-27}, {@code 2023-05}, {@code 2019}, or {@code --07-27}
 * when the year is unknown.
 */
public record DateValue(@Nullable Integer year, @Nullable Integer month, @Nullable Integer day) {
  private static final Pattern ISO =
      Pattern.compile("(?:(\\d{4})|-)(?:-(\\d{2}))?(?:-(\\d{2}))?");

  public DateValue {
    if (year == null && (month == null || day == null)) {
      throw new IllegalArgumentException(
          "a date without a year needs month and day: " + year + "/" + month + "/" + day);
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("a day needs a month: day=" + day);
    }
    if (month != null && (month < 1 || month > 12)) {
      throw new IllegalArgumentException("month out of range: " + month);
    }
    if (day != null && (day < 1 || day > 31)) {
      throw new IllegalArgumentException("day out of range: " + day);
    }
    if (year != null && day != null) {
      // Throws DateTimeException (an IllegalArgumentException would be nicer) for 2021-02-30.
      try {
        LocalDate.of(year, month, day);
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException("no such day: " + year + "-" + month + "-" + day, e);
      }
    }
  }

  public static DateValue of(LocalDate d) {
    return new DateValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
  }

  public static DateValue ofYear(int year) {
    return new DateValue(year, null, null);
  }

  public static DateValue ofMonth(int year, int month) {
    return new DateValue(year, month, null);
  }

  public static DateValue ofMonthDay(int month, int day) {
    return new DateValue(null, month, day);
  }

  /** {@return whether a day with these numbers exists in some year} (31 April never does). */
  public static boolean isPossible(@Nullable Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) return false;
    int y = year == null ? 2024 : year; // a leap year admits 29 February
    return day <= java.time.YearMonth.of(y, month).lengthOfMonth();
  }

  /** Parses the ISO forms this record renders; the inverse of {@link #iso()}. */
  public static DateValue parse(String iso) {
    Matcher m = ISO.matcher(Objects.requireNonNull(iso, "iso must not be null").trim());
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO date: '" + iso + "'");
    }
    Integer y = m.group(1) == null ? null : Integer.valueOf(m.group(1));
    Integer mo = m.group(2) == null ? null : Integer.valueOf(m.group(2));
    Integer d = m.group(3) == null ? null : Integer.valueOf(m.group(3));
    return new DateValue(y, mo, d);
  }

  /** {@return whether year, month and day are all known} */
  public boolean isFullDate() {
    return year != null && month != null && day != null;
  }

  /** {@return the day as a LocalDate when year, month and day are known} */
  public Optional<LocalDate> toLocalDate() {
    return isFullDate() ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /** {@return the ISO 8601 form with the precision this value really has} */
  public String iso() {
    if (year == null) {
      return String.format("--%02d-%02d", month, day);
    }
    if (month == null) {
      return String.format("%04d", year);
    }
    if (day == null) {
      return String.format("%04d-%02d", year, month);
    }
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  /**
   * {@return whether the two values can denote the same day} A coarser value is compatible with
   * every finer value inside it; an unknown year is compatible with any year.
   */
  public boolean compatibleWith(DateValue o) {
    if (year != null && o.year != null && !year.equals(o.year)) return false;
    if (month != null && o.month != null && !month.equals(o.month)) return false;
    return day == null || o.day == null || day.equals(o.day);
  }

  /** {@return a sort key: unknown parts sort first within their known prefix} */
  public String sortKey() {
    // Built by hand: merging and sorting call this for every comparison.
    char[] c = new char[10];
    put(c, 0, year == null ? 0 : year, 4);
    c[4] = '-';
    put(c, 5, month == null ? 0 : month, 2);
    c[7] = '-';
    put(c, 8, day == null ? 0 : day, 2);
    return new String(c);
  }

  /** {@return the same order as {@link #sortKey()} as a number: yyyymmdd with unknown parts 0} */
  public int ordinal() {
    return (year == null ? 0 : year) * 10000 + (month == null ? 0 : month) * 100 + (day == null ? 0 : day);
  }

  private static void put(char[] c, int at, int value, int width) {
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }

  @Override
  public String toString() {
    return iso();
  }
}
