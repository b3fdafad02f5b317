package amity.cli;

import amity.store.Store;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity stories}: the stories each page was split into. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = "List the stories each page was split into (main article, teasers), with language and date.")
final class StoriesCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--json", description = "One JSON object a line: id, doc, file, lang, kind, title, date, date_basis, text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    try (Store s = store.open()) {
      s.stories().forEach(row -> {
        if (json) {
          System.out.println(Printer.story(row));
        } else {
          String title = row.title().isEmpty() ? firstWords(row.text()) : row.title();
          System.out.printf("%-20s %-2s %-6s %-10s %s  (%s)%n", row.id(), row.lang(), row.kind(),
              row.date() == null ? "-" : row.date(), title, row.file());
        }
      });
    }
    return 0;
  }

  private static String firstWords(String text) {
    String t = text.replace('\n', ' ');
    return t.length() <= 70 ? t : t.substring(0, 70) + "…";
  }
}
