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
 * The rows of {@code entity_events} (schema migration 11): each event once under every entity it
 * has a key of (its actors and its place), with the event's sort key, form, first day and actors,
 * so that what a contact network needs of an entity's events is one range of the primary key
 * rather than a lookup of each event and of its actors. Stateless. Not API.
 */
final class EntityEvents {
  private EntityEvents() {}

  /** {@return the entity ids an event with {@code keys} is stored under: those of its entity keys ({@code e:}), in order} */
  static Set<String> entities(Collection<String> keys) {
    Set<String> out = new TreeSet<>();
    for (String k : keys) if (k.startsWith("e:")) out.add(k.substring(2));
    return out;
  }

  /** {@return an event's actors as stored: "entity TAB role" lines, each entity once (its first role), in entity order} */
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

  /**
   * {@return the entity ids whose ranges hold exactly the events of {@code f}, or null when they
   * do not} One key set of entity keys only (a country's keys take in events by country too, which
   * this table does not hold), and nothing else asked.
   */
  static @Nullable List<String> ranges(EventFilter f) {
    if (f.keys().size() != 1 || f.from() != null || f.to() != null || f.type() != null || f.forms() != null || f.lang() != null
        || f.status() != null || f.month() != null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String k : f.keys().get(0)) {
      if (!k.startsWith("e:")) return null;
      out.add(k.substring(2));
    }
    return out.isEmpty() ? null : out;
  }
}
