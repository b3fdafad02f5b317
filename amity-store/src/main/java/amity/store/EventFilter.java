package amity.store;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which merged events to read ({@link EventRepository}); each part left empty or null lets every event through.
 *
 * @param keys each set holds keys ({@code e:<entity id>}, {@code c:<ISO2>} or {@code f:<field>}) of which an event
 *     must have at least one (as actor, place or country); every set must be met
 * @param from yyyy-mm-dd: the event's last possible day must be on or after it
 * @param to yyyy-mm-dd: the event's first possible day must be on or before it
 * @param type a type (CONSULT) or a form (state_visit)
 * @param forms the forms the event's must be one of (state_visit, talks), or null for any
 * @param lang a language one of the event's sources is in (vi), or null
 * @param status {@code planned} or {@code reported}, or null
 * @param month yyyy-mm the event's first day falls in (as a timeline charts it), or null
 */
public record EventFilter(List<Set<String>> keys, @Nullable String from, @Nullable String to, @Nullable String type,
    @Nullable Set<String> forms, @Nullable String lang, @Nullable String status, @Nullable String month) {
  public static final EventFilter ALL = new EventFilter(List.of(), null, null, null);

  public EventFilter {
    keys = keys.stream().map(Set::copyOf).toList();
    forms = forms == null ? null : Set.copyOf(forms);
    if (month != null && !month.matches("\\d{4}-\\d{2}")) throw new IllegalArgumentException("month must be yyyy-mm: '" + month + "'");
  }

  /** A filter by keys, dates and type only. */
  public EventFilter(List<Set<String>> keys, @Nullable String from, @Nullable String to, @Nullable String type) {
    this(keys, from, to, type, null, null, null, null);
  }

  /** {@return the key of an entity} */
  public static String entityKey(String id) {
    return "e:" + id;
  }

  /** {@return the key of a field of cooperation (agriculture, energy)} */
  public static String fieldKey(String field) {
    return "f:" + field;
  }

  /** {@return this filter narrowed to events that also have one of {@code keys}} */
  public EventFilter andOneOf(Set<String> more) {
    List<Set<String>> all = new java.util.ArrayList<>(keys);
    all.add(more);
    return new EventFilter(all, from, to, type, forms, lang, status, month);
  }

  /** {@return the key of a country} */
  public static String countryKey(String iso2) {
    return "c:" + iso2;
  }
}
