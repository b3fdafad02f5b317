package amity.http;

import amity.query.DisplayNames;
import amity.store.StoreException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Names every entity of an answer in the reader's language ({@code ?names=vi}): actors and places
 * ({@code {"entity", "name"}}), entities ({@code {"id": "person:…", "name"}}) and what a timeline
 * was asked for ({@code {"label", "entities": [one], "name"}}). Thread-safe.
 */
final class Names {
  private Names() {}

  static void apply(JsonNode answer, DisplayNames names, String lang) throws StoreException {
    Set<String> ids = new LinkedHashSet<>();
    walk(answer, (o, id) -> ids.add(id));
    if (ids.isEmpty()) return;
    Map<String, String> shown = names.of(ids, lang);
    walk(answer, (o, id) -> {
      String n = shown.get(id);
      if (n != null) o.put("name", n);
    });
  }

  private static void walk(JsonNode n, BiConsumer<ObjectNode, String> each) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      String id = entityOf(o);
      if (id != null) each.accept(o, id);
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) walk(it.next().getValue(), each);
    } else if (n.isArray()) {
      for (JsonNode x : n) walk(x, each);
    }
  }

  /** {@return the entity an object with a name stands for, or null} */
  private static @Nullable String entityOf(ObjectNode o) {
    if (!o.path("name").isTextual()) return null;
    if (o.path("entity").isTextual()) return o.get("entity").asText();
    // Entity ids are "kind:…" (person:vn/to-lam, country:CU); event and story ids have no colon.
    if (o.path("id").isTextual() && o.get("id").asText().contains(":") && o.has("type")) return o.get("id").asText();
    if (o.has("label") && o.path("entities").isArray()) {
      if (o.get("entities").size() == 1) return o.get("entities").get(0).asText();
      if (o.get("entities").isEmpty() && o.path("countries").size() == 1) return "country:" + o.get("countries").get(0).asText();
    }
    return null;
  }
}
