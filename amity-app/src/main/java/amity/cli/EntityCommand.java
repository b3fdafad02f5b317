package amity.cli;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.kb.Role;
import amity.model.Entity;
import amity.model.Event;
import amity.query.Queries;
import amity.query.Target;
import amity.query.Targets;
import amity.store.EntityRepository;
import amity.store.Json;
import amity.store.Store;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity entity NAME}: one entity's profile, found by any alias in any script. */
@Command(name = "entity", mixinStandardHelpOptions = true,
    description = "Show an entity's profile: names by language, roles with dates, frequent co-mentions, events.")
final class EntityCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "Any name or alias, in any language or script.")
  List<String> name;

  @Option(names = "--json", description = "Print the profile as one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = store.kb();
    String label = String.join(" ", name);
    try (Store s = store.open()) {
      s.writer().refresh(kb);
      Target t = new Targets(kb, s).resolve(label);
      EntityRepository.Profile p = null;
      for (String id : t.entityIds()) {
        p = s.entities().profile(id).orElse(null);
        if (p != null) break;
      }
      if (p == null) {
        System.err.println("amity: no entity called '" + label + "' in " + store.dir());
        return 1;
      }
      List<Event> events = new Queries(s, kb).eventsOf(p.entity().id());
      List<Role> roles = kb.get(p.entity().id()).map(KbEntry::roles).orElse(List.of());
      if (json) {
        ObjectNode o = Json.profile(p, roles);
        ArrayNode ev = o.putArray("events");
        events.forEach(e -> ev.add(Json.event(e)));
        System.out.println(Json.write(o));
        return 0;
      }
      Entity e = p.entity();
      System.out.println(e.name() + "  (" + e.type() + (e.country() == null ? "" : ", " + e.country()) + ", " + e.id() + ", " + e.mentions() + " mentions)");
      System.out.println("Names:");
      p.namesByLanguage().forEach((l, ns) -> System.out.println("  " + l + ": " + String.join(" | ", ns)));
      if (!roles.isEmpty()) {
        System.out.println("Roles (knowledge base):");
        for (Role r : roles) {
          System.out.printf("  %-25s %-3s %s – %s  (%s)%n", r.role(), r.country() == null ? "" : r.country(),
              r.from() == null ? "?" : r.from().iso(), r.to() == null ? "" : r.to().iso(), r.source());
        }
      }
      if (!p.roles().isEmpty()) System.out.println("Titles seen in text: " + String.join(", ", p.roles()));
      if (!p.coMentioned().isEmpty()) {
        System.out.println("Named with:");
        for (Map.Entry<Entity, Integer> c : p.coMentioned()) System.out.printf("  %-40s %d stories%n", c.getKey().name(), c.getValue());
      }
      System.out.println("Events: " + events.size());
      for (Event ev : events) System.out.println(Printer.timelineLine(ev));
    }
    return 0;
  }
}
