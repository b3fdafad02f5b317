package amity.time;

import amity.model.DateValue;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the dates that metadata carries: ISO 8601 ({@code 2021-07-27}, {@code
 * 2021-07-27T08:30:00+07:00}), compact ({@code 20210727}), slashed ({@code 2021/07/27}, {@code
 * 27/07/2021}) and RFC 1123 ({@code Tue, 27 Jul 2021 08:30:00 +0700}).
 *
 * <p>Design decision: a time with an offset keeps the day as written in that offset, since that
 * is the publisher's calendar day; only instants without an offset ({@code Z}, WARC-Date) are
 * read in UTC. Stateless.
 *
 * <pre>{@code
 * MetadataDates.parse("2025-09-02T06:00:00+07:00"); // Optional[2025-09-02]
 * }</pre>
 */
public final class MetadataDates {
  private static final Pattern ISO =
      Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:[T ].*)?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})(?:T?\\d{2,6}.*)?");
  private static final Pattern YMD_SLASH = Pattern.compile("(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})\\b.*");
  private static final Pattern DMY_SLASH = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b.*");

  private MetadataDates() {}

  /** {@return the calendar day (or month, or year) {@code s} names, if it is a date we read} */
  public static Optional<DateValue> parse(@Nullable String s) {
    if (s == null) return Optional.empty();
    String t = s.strip();
    if (t.isEmpty()) return Optional.empty();
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return make(m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(t);
    if (m.matches()) return make(m.group(1), m.group(2), m.group(3));
    m = YMD_SLASH.matcher(t);
    if (m.matches()) return make(m.group(1), m.group(2), m.group(3));
    m = DMY_SLASH.matcher(t);
    if (m.matches()) return make(m.group(3), m.group(2), m.group(1));
    return rfc1123(t);
  }

  /** {@return the UTC day of an instant, as WARC-Date gives it} */
  public static DateValue ofInstant(Instant i) {
    return DateValue.of(i.atOffset(ZoneOffset.UTC).toLocalDate());
  }

  private static Optional<DateValue> rfc1123(String t) {
    // "Tue, 27 Jul 2021 08:30:00 +0700", also without the weekday or with a zone name.
    String u = t.replaceAll("\\s+", " ").replaceFirst("^[A-Za-z]{3,9}, ?", "");
    Matcher m =
        Pattern.compile("(\\d{1,2}) ([A-Za-z]{3,9})\\.? (\\d{4})\\b.*").matcher(u);
    if (!m.matches()) return Optional.empty();
    String mon = m.group(2).substring(0, 3);
    try {
      TemporalAccessor a =
          DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH)
              .parse(mon.substring(0, 1).toUpperCase(Locale.ROOT) + mon.substring(1).toLowerCase(Locale.ROOT));
      int month = a.get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
      return make(m.group(3), String.valueOf(month), m.group(1));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<DateValue> make(String y, @Nullable String mo, @Nullable String d) {
    int year = Integer.parseInt(y);
    if (year < 1900 || year > 2200) return Optional.empty();
    if (mo == null) return Optional.of(DateValue.ofYear(year));
    int month = Integer.parseInt(mo);
    if (month < 1 || month > 12) return Optional.empty();
    if (d == null) return Optional.of(DateValue.ofMonth(year, month));
    int day = Integer.parseInt(d);
    if (!DateValue.isPossible(year, month, day)) return Optional.empty();
    return Optional.of(new DateValue(year, month, day));
  }
}
