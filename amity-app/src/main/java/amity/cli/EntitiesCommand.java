package amity.cli;

import amity.model.Entity;
import amity.store.Json;
import amity.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity entities}: people, organisations and places across the corpus. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "List people, organisations and places with every alias seen, most mentioned first.")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object a line: id, type, name, aliases, country, mentions.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Store s = store.open()) {
      s.writer().refresh(store.kb());
      for (Entity e : s.entities().all()) {
        if (json) {
          System.out.println(Json.write(Json.entity(e)));
        } else {
          System.out.printf("%-7s %-40s %-3s %4d  %s%n", e.type(), e.name(), e.country() == null ? "-" : e.country(),
              e.mentions(), String.join(" | ", e.aliases()));
        }
      }
    }
    return 0;
  }
}
