package amity.cli;

import amity.model.Actor;
import amity.model.Event;
import amity.model.Status;
import amity.store.Json;
import amity.store.StoryRow;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Text and JSON renderings shared by commands. */
final class Printer {
  private Printer() {}

  static String story(StoryRow s) {
    ObjectNode o = Json.story(s);
    o.put("text", s.text());
    return Json.write(o);
  }

  /** One human-readable timeline line: when, form, who, fields, source languages. */
  static String timelineLine(Event e) {
    String when = e.date() == null ? "(undated)" : e.date().start().iso() + (e.date().end() == null ? "" : " – " + e.date().end().iso());
    String who = e.actors().stream().map(Actor::name).distinct().collect(Collectors.joining(", "));
    Set<String> langs = new LinkedHashSet<>();
    e.sources().forEach(s -> langs.add(s.lang()));
    String planned = e.status() == Status.PLANNED ? " (planned)" : "";
    String fields = e.fields().isEmpty() ? "" : "  {" + String.join(", ", e.fields()) + "}";
    return String.format("  %-25s %-20s %s%s%s  [%s]", when, e.form() + planned, who, fields,
        e.location() == null ? "" : "  @ " + e.location().name(), String.join(", ", langs));
  }
}
