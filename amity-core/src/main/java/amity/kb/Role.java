package amity.kb;

import amity.model.DateValue;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An office held for a time.
 *
 * @param role role key ({@code president}, {@code prime_minister}, …)
 * @param country the country of the office, ISO alpha-2
 * @param org the organisation's KB id, if any
 * @param from first day in office, with the precision known
 * @param to last day in office, or null while in office
 * @param source where the fact comes from
 */
public record Role(
    String role,
    @Nullable String country,
    @Nullable String org,
    @Nullable DateValue from,
    @Nullable DateValue to,
    String source) {
  public Role {
    Objects.requireNonNull(role, "role must not be null");
    Objects.requireNonNull(source, "source must not be null");
  }

  /** {@return whether the office was held at some time within {@code when}'s precision} */
  public boolean heldOn(DateValue when) {
    if (when.year() == null) return false;
    boolean afterStart = from == null || high(when).compareTo(low(from)) >= 0;
    boolean beforeEnd = to == null || low(when).compareTo(high(to)) <= 0;
    return afterStart && beforeEnd;
  }

  private static String low(DateValue d) {
    return String.format(
        "%04d-%02d-%02d", d.year(), d.month() == null ? 1 : d.month(), d.day() == null ? 1 : d.day());
  }

  private static String high(DateValue d) {
    return String.format(
        "%04d-%02d-%02d", d.year(), d.month() == null ? 12 : d.month(), d.day() == null ? 31 : d.day());
  }
}
