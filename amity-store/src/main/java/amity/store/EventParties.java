package amity.store;

import amity.model.Actor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The rows of {@code event_parties} (schema migration 9): for each event, one row per party key
 * {@code (a, '')} and one per two of them {@code (a, b)} with {@code a < b}, each with the event's
 * sort key and fields (migration 11), so that the events of one party, or of two, are one range of
 * the table's primary key in date order; a party's own row also holds the event's form, first day
 * and actors, what a contact network reads of each event. Party keys are the event's entity and
 * country keys ({@code e:}, {@code c:}; not fields), a country's entity key read as its country key
 * ({@code e:country:VN} as {@code c:VN}): a country target names both, and they then make one
 * range, not four. Stateless. Not API.
 */
final class EventParties {
  private EventParties() {}

  /** {@return the party key that {@code k} is stored under, or null when {@code k} is not a party key} */
  static @Nullable String party(String k) {
    if (k.startsWith("e:country:")) return "c:" + k.substring("e:country:".length());
    if (k.startsWith("e:") || k.startsWith("c:")) return k;
    return null;
  }

  /** {@return the (a, b) of every row of an event with {@code keys}: each party key with b = '', and each two with a < b} */
  static List<String[]> rows(Set<String> keys) {
    TreeSet<String> parties = new TreeSet<>();
    for (String k : keys) {
      String p = party(k);
      if (p != null) parties.add(p);
    }
    List<String[]> out = new ArrayList<>(parties.size() * (parties.size() + 1) / 2);
    List<String> sorted = new ArrayList<>(parties);
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new String[] {sorted.get(i), ""});
      for (int j = i + 1; j < sorted.size(); j++) out.add(new String[] {sorted.get(i), sorted.get(j)});
    }
    return out;
  }

  /**
   * {@return the party keys that stand for the key set {@code ks} (an event meets {@code ks} exactly
   * when its party keys hold one of them), or null when they cannot: a key that is not a party key,
   * or a country's entity key without its country key or the other way round}
   */
  static @Nullable Set<String> parties(Set<String> ks) {
    if (ks.isEmpty()) return null;
    Set<String> out = new TreeSet<>();
    for (String k : ks) {
      String p = party(k);
      if (p == null) return null;
      // A country's two keys are one party key: the set must hold both, else reading it as the
      // party key would find events the set does not.
      if (p.startsWith("c:") && !(ks.contains(p) && ks.contains("e:country:" + p.substring(2)))) return null;
      out.add(p);
    }
    return out;
  }

  /** {@return the fields of cooperation among an event's keys ({@code f:}), as event_parties stores them: lines, or null for none} */
  static @Nullable String fields(Collection<String> keys) {
    StringBuilder out = new StringBuilder();
    for (String k : keys) {
      if (!k.startsWith(FIELD)) continue;
      if (out.length() > 0) out.append('\n');
      out.append(k, FIELD.length(), k.length());
    }
    return out.length() == 0 ? null : out.toString();
  }

  private static final String FIELD = EventFilter.fieldKey("");

  /**
   * {@return the first day of an event as {@code DateValue.iso} writes it, read from its sort key
   * (whose date part is {@code DateValue.sortKey}: yyyy-mm-dd, unknown parts 0), or null for an
   * undated event}
   */
  static @Nullable String startIso(String sortKey) {
    if (sortKey.startsWith("~")) return null;
    String y = sortKey.substring(0, 4);
    String m = sortKey.substring(5, 7);
    String d = sortKey.substring(8, 10);
    if (y.equals("0000")) return "--" + m + "-" + d;
    if (m.equals("00")) return y;
    if (d.equals("00")) return y + "-" + m;
    return sortKey.substring(0, 10);
  }

  /** {@return an event's actors as its parties' own rows store them: "entity TAB role" lines, each entity once (its first role), in entity order} */
  static String actors(List<Actor> actors) {
    TreeMap<String, String> roles = new TreeMap<>();
    for (Actor a : actors) roles.putIfAbsent(a.entity(), a.role().wire());
    StringBuilder out = new StringBuilder();
    roles.forEach((entity, role) -> {
      if (out.length() > 0) out.append('\n');
      out.append(entity).append('\t').append(role);
    });
    return out.toString();
  }

  /** {@return the (entity, role) pairs of a stored actors value} */
  static List<String[]> actors(@Nullable String stored) {
    List<String[]> out = new ArrayList<>();
    if (stored == null || stored.isEmpty()) return out;
    for (String line : stored.split("\n")) {
      int tab = line.indexOf('\t');
      out.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
    }
    return out;
  }

  /** The sort key's event id: what follows its first space (the date part has none). */
  static String eventId(String sortKey) {
    return sortKey.substring(sortKey.indexOf(' ') + 1);
  }
}
