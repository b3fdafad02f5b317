package amity.http;

import amity.model.EntityIds;
import amity.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.ibm.icu.util.Region;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the web UI's map draws for a set of events: how many involve each country (an event counts
 * once for every country in its {@code countries}) and how many took place at each place (its
 * {@code location}), each country with its ISO 3166 numeric code, the id the world map's shapes
 * carry. The store keeps no coordinates, so a place is given with its country only and the map
 * puts it at that country's centre. Not thread-safe; one per answer.
 */
final class EventMap {
  private final Map<String, Integer> countries = new TreeMap<>();
  private final Map<String, Place> places = new TreeMap<>();
  private int events;

  private static final class Place {
    final String entity;
    final String name;
    int events;

    Place(String entity, String name) {
      this.entity = entity;
      this.name = name;
    }
  }

  /** Counts one event, as the API gives it. */
  void add(JsonNode event) {
    events++;
    Set<String> seen = new LinkedHashSet<>();
    for (JsonNode c : event.path("countries")) seen.add(c.asText());
    for (String c : seen) countries.merge(c, 1, Integer::sum);
    JsonNode at = event.path("location");
    if (at.path("entity").isTextual()) {
      String id = at.get("entity").asText();
      places.computeIfAbsent(id, k -> new Place(id, at.path("name").asText(id))).events++;
    }
  }

  /**
   * {@return the answer: {@code {"events", "countries": [{"country", "iso_numeric", "entity", "name", "events"}],
   * "places": [{"entity", "name", "country", "iso_numeric", "coordinates": null, "events"}]}}, most events first}
   *
   * @param countryOf the country (ISO alpha-2) of a place's entity, or null where none is known
   * @param countryName the name of a country (ISO alpha-2)
   */
  ObjectNode render(Function<String, @Nullable String> countryOf, Function<String, String> countryName) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("events", events);
    var cs = o.putArray("countries");
    countries.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> {
          ObjectNode c = cs.addObject();
          c.put("country", e.getKey());
          c.put("iso_numeric", numeric(e.getKey()));
          c.put("entity", "country:" + e.getKey());
          c.put("name", countryName.apply(e.getKey()));
          c.put("events", e.getValue());
        });
    var ps = o.putArray("places");
    List<Place> sorted = places.values().stream()
        .sorted(Comparator.comparingInt((Place p) -> -p.events).thenComparing(p -> p.entity)).toList();
    for (Place p : sorted) {
      String country = EntityIds.isCountry(p.entity) ? EntityIds.countryCode(p.entity) : countryOf.apply(p.entity);
      ObjectNode x = ps.addObject();
      x.put("entity", p.entity);
      x.put("name", p.name);
      x.put("country", country);
      x.put("iso_numeric", country == null ? null : numeric(country));
      x.putNull("coordinates");
      x.put("events", p.events);
    }
    return o;
  }

  /** {@return the ISO 3166 numeric code of a region, three digits ("704" for VN), or null where ICU has none} */
  static @Nullable String numeric(String iso2) {
    try {
      int n = Region.getInstance(iso2).getNumericCode();
      return n <= 0 ? null : String.format("%03d", n);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
