package amity.store;

import amity.kb.Role;
import amity.model.Actor;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Entity;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Mode;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.Span;
import amity.model.Status;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of DESIGN.md for events and entities, both ways. Events also carry {@code
 * status} (reported or planned) and, in sources, the story id. Thread-safe.
 */
public final class Json {
  public static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  public static ObjectNode event(Event e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type());
    o.put("form", e.form());
    o.put("cameo", e.cameo());
    o.put("mode", e.mode().wire());
    o.put("status", e.status().wire());
    o.put("date", e.date() == null ? null : e.date().start().iso());
    o.put("date_end", e.date() == null || e.date().end() == null ? null : e.date().end().iso());
    ArrayNode actors = o.putArray("actors");
    for (Actor a : e.actors()) {
      actors.addObject().put("entity", a.entity()).put("name", a.name()).put("role", a.role().wire());
    }
    ArrayNode countries = o.putArray("countries");
    e.countries().forEach(countries::add);
    if (e.location() == null) {
      o.putNull("location");
    } else {
      o.putObject("location").put("entity", e.location().entity()).put("name", e.location().name());
    }
    ArrayNode fields = o.putArray("fields");
    e.fields().forEach(fields::add);
    ArrayNode qs = o.putArray("quantities");
    for (Quantity q : e.quantities()) qs.addObject().put("value", q.value()).put("unit", q.unit()).put("text", q.text());
    ArrayNode sources = o.putArray("sources");
    for (Evidence s : e.sources()) {
      sources.addObject()
          .put("doc", s.doc())
          .put("story", s.story())
          .put("file", s.file())
          .put("lang", s.lang())
          .put("sentence", s.sentence())
          .put("start", s.span().start())
          .put("end", s.span().end());
    }
    o.put("confidence", e.shownConfidence());
    return o;
  }

  public static Event event(JsonNode o) {
    String date = text(o, "date");
    String dateEnd = text(o, "date_end");
    DateRange range =
        date == null ? null : new DateRange(DateValue.parse(date), dateEnd == null ? null : DateValue.parse(dateEnd));
    List<Actor> actors = new ArrayList<>();
    for (JsonNode a : o.path("actors")) actors.add(new Actor(a.get("entity").asText(), a.get("name").asText(), amity.model.Role.of(a.get("role").asText())));
    List<String> countries = new ArrayList<>();
    o.path("countries").forEach(c -> countries.add(c.asText()));
    JsonNode loc = o.get("location");
    Place place = loc == null || loc.isNull() ? null : new Place(loc.get("entity").asText(), loc.get("name").asText());
    List<String> fields = new ArrayList<>();
    o.path("fields").forEach(f -> fields.add(f.asText()));
    List<Quantity> qs = new ArrayList<>();
    for (JsonNode q : o.path("quantities")) qs.add(new Quantity(q.get("value").asDouble(), q.get("unit").asText(), q.get("text").asText()));
    List<Evidence> sources = new ArrayList<>();
    for (JsonNode s : o.path("sources")) {
      sources.add(
          new Evidence(
              s.get("doc").asText(),
              s.path("story").asText(""),
              s.get("file").asText(),
              s.get("lang").asText(),
              s.get("sentence").asText(),
              new Span(s.get("start").asInt(), s.get("end").asInt())));
    }
    return new Event(
        o.get("id").asText(),
        o.get("type").asText(),
        o.get("form").asText(),
        o.get("cameo").asText(),
        Mode.of(o.get("mode").asText()),
        Status.of(o.path("status").asText(Status.REPORTED.wire())),
        range,
        actors,
        countries,
        place,
        fields,
        qs,
        sources,
        o.get("confidence").asDouble());
  }

  public static ObjectNode entity(Entity e) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", e.id());
    o.put("type", e.type().name());
    o.put("name", e.name());
    ArrayNode aliases = o.putArray("aliases");
    e.aliases().forEach(aliases::add);
    o.put("country", e.country());
    o.put("mentions", e.mentions());
    return o;
  }

  /** A story's leading fields (id to date_basis), which {@code amity stories --json} and the API share. */
  public static ObjectNode story(StoryRow s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("doc", s.doc());
    o.put("file", s.file());
    o.put("lang", s.lang());
    o.put("kind", s.kind());
    o.put("title", s.title());
    o.put("date", s.date());
    o.put("date_basis", s.dateBasis());
    return o;
  }

  /**
   * An entity profile without its events, as {@code amity entity --json} and {@code GET
   * /api/entities/{id}} give it: names by language, roles from the knowledge base, titles seen in
   * text, entities named with it.
   */
  public static ObjectNode profile(EntityRepository.Profile p, List<Role> roles) {
    ObjectNode o = entity(p.entity());
    ObjectNode names = o.putObject("names");
    p.namesByLanguage().forEach((l, ns) -> {
      ArrayNode a = names.putArray(l);
      ns.forEach(a::add);
    });
    ArrayNode r = o.putArray("roles");
    for (Role role : roles) {
      r.addObject().put("role", role.role()).put("country", role.country())
          .put("from", role.from() == null ? null : role.from().iso()).put("to", role.to() == null ? null : role.to().iso())
          .put("source", role.source());
    }
    ArrayNode seen = o.putArray("titles_seen");
    p.roles().forEach(seen::add);
    ArrayNode co = o.putArray("co_mentioned");
    for (Map.Entry<Entity, Integer> c : p.coMentioned()) {
      co.addObject().put("entity", c.getKey().id()).put("name", c.getKey().name()).put("stories", c.getValue());
    }
    return o;
  }

  public static String write(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  public static JsonNode read(String s) {
    try {
      return MAPPER.readTree(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is broken: " + e.getOriginalMessage(), e);
    }
  }

  private static @Nullable String text(JsonNode o, String key) {
    JsonNode n = o.get(key);
    return n == null || n.isNull() ? null : n.asText();
  }
}
