package amity.cli;

import amity.kb.KnowledgeBase;
import amity.model.Event;
import amity.query.EventQuery;
import amity.query.Queries;
import amity.store.Json;
import amity.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity timeline A B}: the contacts between two countries or entities, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Chronological contacts between two countries or entities, one line an event, with its sources' languages.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(index = "0", paramLabel = "A", description = "A country or entity (any language or script: Cuba, 古巴, CU).")
  String a;

  @Parameters(index = "1", paramLabel = "B", description = "Another country or entity.")
  String b;

  @Option(names = "--json", description = "One event a line as JSON, as in `amity events --json`.")
  boolean json;

  @Option(names = "--names", paramLabel = "LANG",
      description = "Name people, organisations and places in this language (en, es, vi, zh) where a name there is known.")
  String names;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = store.kb();
    try (Store s = store.open()) {
      s.writer().refresh(kb);
      List<Event> events = EventsCommand.named(timeline(kb, s, a, b), names, s, kb);
      if (json) {
        for (Event e : events) System.out.println(Json.write(Json.event(e)));
      } else {
        print(a, b, events);
      }
    }
    return 0;
  }

  static List<Event> timeline(KnowledgeBase kb, Store s, String a, String b) throws Exception {
    EventQuery q = EventsCommand.query(kb, s, a + "," + b, null, null, null);
    List<Event> out = new ArrayList<>();
    new Queries(s, kb).forEachEvent(q, out::add);
    return out;
  }

  static void print(String a, String b, List<Event> events) {
    System.out.println(a + " – " + b + ": " + events.size() + " events");
    for (Event e : events) System.out.println(Printer.timelineLine(e));
  }
}
