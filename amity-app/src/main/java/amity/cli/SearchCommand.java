package amity.cli;

import amity.query.Search;
import amity.query.SearchHit;
import amity.store.Json;
import amity.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity search QUERY}: full-text and cross-language search over stories. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search stories. A query naming a known entity (in any script) or a field of",
        "cooperation (in any language) also finds stories in the other languages."})
final class SearchCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
  java.util.List<String> words;

  @Option(names = "--json", description = "One hit a line: doc, file, lang, title, snippet, score.")
  boolean json;

  @Option(names = "--lang", paramLabel = "LANG", description = "Only stories in this language.")
  String lang;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N hits (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be at least 1: " + limit);
    String query = String.join(" ", words);
    var kb = store.kb();
    try (Store s = store.open()) {
      s.writer().refresh(kb);
      for (SearchHit h : new Search(s, kb).find(query, lang, limit)) {
        if (json) {
          System.out.println(Json.write(h.json()));
        } else {
          System.out.printf("%6.2f  %-2s  %s%n        %s%n        (%s)%n", h.score(), h.lang(),
              h.title().isEmpty() ? "(no headline)" : h.title(), h.snippet(), h.file());
        }
      }
    }
    return 0;
  }
}
