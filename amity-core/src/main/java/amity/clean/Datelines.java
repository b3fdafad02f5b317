package amity.clean;

import amity.model.DateValue;
import amity.model.Dateline;
import amity.model.Span;
import amity.time.MonthNames;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * The dateline that opens a story's first paragraph ("HÀ NỘI (TTXVN) -", "La Habana, 2 sep
 * (Prensa Latina)", "新华社河内5月8日电"): its place, agency and span, the month and day it gives,
 * and how much of the line it takes. Thread-safe and immutable.
 */
final class Datelines {
  private final CleaningRules rules;
  private final MonthNames months;

  Datelines(CleaningRules rules) {
    this.months = rules.months();
    this.rules = rules;
  }

  /** {@return the dateline that opens {@code l}, if one does} */
  Optional<Dateline> of(Line l) {
    return rules
        .lookingAt("dateline", l.norm())
        .map(
            m -> {
              String place = CleaningRules.group(m, "place");
              String agency = CleaningRules.group(m, "agency");
              return new Dateline(
                  place == null ? null : place.strip(),
                  agency == null ? null : agency.strip(),
                  new Span(l.span().start(), l.span().start() + m.end()));
            });
  }

  /** {@return how many characters of {@code l} its opening dateline takes, 0 when none opens it} */
  int length(Line l) {
    return rules.lookingAt("dateline", l.norm()).map(Matcher::end).orElse(0);
  }

  /**
   * {@return the month and day the dateline of {@code l} names, if it names one, with its year
   * when it names that too ("MONTGOMERY, Ala. 1996-08-22", a line the page-date rules miss for the
   * abbreviation's full stop)}
   */
  @Nullable DateValue day(Line l) {
    Optional<Matcher> m = rules.lookingAt("dateline", l.norm());
    if (m.isEmpty() || CleaningRules.group(m.get(), "d") == null) return null;
    Integer mo = null;
    String num = CleaningRules.group(m.get(), "m");
    String name = CleaningRules.group(m.get(), "mon");
    if (num != null) mo = Integer.valueOf(num);
    else if (name != null) mo = months.number(name).orElse(null);
    if (mo == null) return null;
    int d = Integer.parseInt(CleaningRules.group(m.get(), "d"));
    String y = CleaningRules.group(m.get(), "y");
    Integer year = y == null ? null : Integer.valueOf(y);
    if (!DateValue.isPossible(year, mo, d)) return null;
    return year == null ? DateValue.ofMonthDay(mo, d) : new DateValue(year, mo, d);
  }
}
