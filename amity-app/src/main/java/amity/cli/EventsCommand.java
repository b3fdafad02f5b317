package amity.cli;

import amity.kb.KnowledgeBase;
import amity.model.DateValue;
import amity.model.Event;
import amity.query.DisplayNames;
import amity.query.EventQuery;
import amity.query.Queries;
import amity.query.Target;
import amity.store.Json;
import amity.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity events}: typed, dated events with actors and sources. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "List events (merged across stories and languages), oldest first; undated ones last.")
final class EventsCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object a line, in the shape of DESIGN.md.")
  boolean json;

  @Option(names = "--between", paramLabel = "A,B", description = "Only events involving both A and B (countries or entities, any language or script).")
  String between;

  @Option(names = "--from", paramLabel = "DATE", description = "Only events on or after DATE (2021, 2021-07 or 2021-07-27).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only events on or before DATE.")
  String to;

  @Option(names = "--names", paramLabel = "LANG",
      description = "Name people, organisations and places in this language (en, es, vi, zh) where a name there is known.")
  String names;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only events of this type (CONSULT, AGREE, …) or form (state_visit, phone_call, …).")
  String type;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = store.kb();
    try (Store s = store.open()) {
      s.writer().refresh(kb);
      EventQuery q = query(kb, s, between, from, to, type);
      if (names == null) {
        new Queries(s, kb).forEachEvent(q, e -> System.out.println(json ? Json.write(Json.event(e)) : Printer.timelineLine(e)));
      } else {
        List<Event> all = new ArrayList<>();
        new Queries(s, kb).forEachEvent(q, all::add);
        for (Event e : named(all, names, s, kb)) System.out.println(json ? Json.write(Json.event(e)) : Printer.timelineLine(e));
      }
    }
    return 0;
  }

  /** {@return the events with their actors and places named in {@code lang}; as they are when it is null} */
  static List<Event> named(List<Event> events, String lang, Store s, KnowledgeBase kb) throws Exception {
    if (lang == null) return events;
    Set<String> ids = new LinkedHashSet<>();
    events.forEach(e -> ids.addAll(DisplayNames.ids(e)));
    Map<String, String> shown = new DisplayNames(s, kb).of(ids, lang.toLowerCase(Locale.ROOT));
    return events.stream().map(e -> DisplayNames.rename(e, shown)).toList();
  }

  static EventQuery query(KnowledgeBase kb, Store s, String between, String from, String to, String type) throws Exception {
    List<Target> pair = null;
    if (between != null) {
      String[] parts = between.split(",", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw new IllegalArgumentException("--between needs two names separated by a comma, e.g. \"Việt Nam,Cuba\"");
      }
      // Queries.target names what an unknown name may have meant ("did you mean …").
      Queries q = new Queries(s, kb);
      pair = List.of(q.target(parts[0]), q.target(parts[1]));
    }
    return new EventQuery(pair, date("--from", from), date("--to", to), type);
  }

  private static DateValue date(String option, String value) {
    if (value == null) return null;
    try {
      DateValue d = DateValue.parse(value);
      if (d.year() == null) throw new IllegalArgumentException("no year");
      return d;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " must be a date like 2021, 2021-07 or 2021-07-27: '" + value + "'");
    }
  }
}
