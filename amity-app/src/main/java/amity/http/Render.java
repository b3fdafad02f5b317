package amity.http;

import amity.kb.Role;
import amity.model.Entity;
import amity.model.Event;
import amity.query.Queries;
import amity.query.Target;
import amity.store.EntityRepository;
import amity.store.Json;
import amity.store.ResultPage;
import amity.store.StoryRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The JSON the API answers with; events and entities in the shapes of the command line. Thread-safe. */
final class Render {
  private Render() {}

  static ArrayNode events(List<Event> events) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    events.forEach(e -> a.add(Json.event(e)));
    return a;
  }

  static ArrayNode entities(List<Entity> entities) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    entities.forEach(e -> a.add(Json.entity(e)));
    return a;
  }

  /** The event with each source's publication: headline, date, kind, outlet and the page's URL (null where unknown). */
  static ObjectNode withPublication(ObjectNode event, Map<String, StoryRepository.StorySource> sources) {
    for (JsonNode src : event.path("sources")) {
      StoryRepository.StorySource s = sources.get(src.path("story").asText());
      ObjectNode o = (ObjectNode) src;
      publication(o, s);
    }
    return event;
  }

  private static void publication(ObjectNode o, StoryRepository.@Nullable StorySource s) {
    o.put("title", s == null ? null : s.title());
    o.put("date", s == null ? null : s.date());
    o.put("kind", s == null ? null : s.kind());
    o.put("outlet", s == null ? null : s.outlet());
    o.put("url", s == null ? null : s.url());
  }

  static ObjectNode target(Target t) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("label", t.label());
    ArrayNode ids = o.putArray("entities");
    t.entityIds().stream().sorted().forEach(ids::add);
    ArrayNode cs = o.putArray("countries");
    t.countries().stream().sorted().forEach(cs::add);
    return o;
  }

  /** The profile in the shape of {@code amity entity --json}, with at most {@code maxEvents} events. */
  static ObjectNode profile(EntityRepository.Profile p, List<Role> roles, ResultPage<Event> events) {
    ObjectNode o = Json.profile(p, roles);
    o.put("events_total", events.total());
    o.set("events", events(events.items()));
    return o;
  }

  static ObjectNode story(StoryRepository.StoryDetail d, StoryRepository.@Nullable StorySource source) {
    var s = d.story();
    ObjectNode o = Json.story(s);
    o.put("outlet", source == null ? null : source.outlet());
    o.put("url", source == null ? null : source.url());
    o.putObject("dateline").put("place", d.datelinePlace()).put("agency", d.datelineAgency());
    o.put("text", s.text());
    o.put("document_text", d.documentText());
    ArrayNode lines = o.putArray("lines");
    for (StoryRepository.LineRow l : d.lines()) {
      lines.addObject().put("line", l.line()).put("start", l.start()).put("end", l.end()).put("kind", l.kind()).put("reason", l.reason());
    }
    ArrayNode origin = o.putArray("origin");
    for (amity.model.Span span : d.origin()) origin.addObject().put("start", span.start()).put("end", span.end());
    ArrayNode related = o.putArray("related");
    for (StoryRepository.RelatedRow r : d.related()) {
      related.addObject().put("title", r.title()).put("timestamp", r.stamp()).put("section", r.section()).put("start", r.start()).put("end", r.end());
    }
    ArrayNode mentions = o.putArray("mentions");
    for (StoryRepository.MentionRow m : d.mentions()) {
      ObjectNode x = mentions.addObject();
      x.put("start", m.docStart()).put("end", m.docEnd()).put("story_start", m.start()).put("story_end", m.end())
          .put("surface", m.surface()).put("type", m.type()).put("entity", m.entity()).put("name", m.entityName())
          .put("country", m.country()).put("finder", m.finder());
      ArrayNode roles = x.putArray("roles");
      m.roles().forEach(roles::add);
    }
    o.set("events", events(d.events()));
    return o;
  }

  static ObjectNode network(Queries.Network n, Target t) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.set("target", target(t));
    ArrayNode center = o.putArray("center");
    n.center().forEach(center::add);
    o.put("events", n.events());
    ArrayNode nodes = o.putArray("nodes");
    for (Queries.Node x : n.nodes()) {
      nodes.addObject().put("id", x.id()).put("name", x.name()).put("type", x.type()).put("country", x.country()).put("events", x.events());
    }
    ArrayNode edges = o.putArray("edges");
    for (Queries.Edge e : n.edges()) {
      ObjectNode x = edges.addObject().put("source", e.source()).put("target", e.target()).put("weight", e.weight());
      ObjectNode f = x.putObject("forms");
      e.forms().forEach(f::put);
    }
    return o;
  }

  static ArrayNode months(List<Queries.MonthFields> months) {
    ArrayNode a = Json.MAPPER.createArrayNode();
    for (Queries.MonthFields m : months) {
      ObjectNode x = a.addObject().put("month", m.month()).put("events", m.events());
      ObjectNode f = x.putObject("fields");
      m.fields().forEach(f::put);
    }
    return a;
  }
}
