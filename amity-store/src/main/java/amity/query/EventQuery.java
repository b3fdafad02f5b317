package amity.query;

import amity.index.DayRange;
import amity.model.Actor;
import amity.model.DateValue;
import amity.model.Event;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Filters for events: between two targets, from and to dates (inclusive, at whatever precision
 * the event's date has), and type or form.
 *
 * @param between the two targets, or null
 * @param from earliest date, or null
 * @param to latest date, or null
 * @param type a PLOVER type (CONSULT) or a form (state_visit), or null
 */
public record EventQuery(
    @Nullable List<Target> between, @Nullable DateValue from, @Nullable DateValue to, @Nullable String type) {
  public EventQuery {
    if (between != null && between.size() != 2) {
      throw new IllegalArgumentException("between needs two targets, got " + between.size());
    }
    between = between == null ? null : List.copyOf(between);
  }

  public static EventQuery all() {
    return new EventQuery(null, null, null, null);
  }

  public boolean matches(Event e) {
    if (type != null && !type.equalsIgnoreCase(e.type()) && !type.toLowerCase(Locale.ROOT).equals(e.form())) return false;
    if (from != null || to != null) {
      if (e.date() == null) return false;
      DateValue start = e.date().start();
      DateValue end = e.date().end() == null ? start : e.date().end();
      if (start.year() == null) return false; // a day without a year cannot be placed in a range
      if (from != null && high(end).compareTo(low(from)) < 0) return false;
      if (to != null && low(start).compareTo(high(to)) > 0) return false;
    }
    if (between != null) {
      return involves(e, between.get(0)) && involves(e, between.get(1));
    }
    return true;
  }

  /** {@return whether the event involves the target as an actor, its country, or its place} */
  public static boolean involves(Event e, Target t) {
    for (Actor a : e.actors()) if (t.entityIds().contains(a.entity())) return true;
    for (String c : e.countries()) if (t.countries().contains(c)) return true;
    return e.location() != null && t.entityIds().contains(e.location().entity());
  }

  private static String low(DateValue d) {
    return DayRange.lowKey(d);
  }

  private static String high(DateValue d) {
    return DayRange.highKey(d);
  }
}
