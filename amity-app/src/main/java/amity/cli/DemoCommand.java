package amity.cli;

import amity.kb.KnowledgeBase;
import amity.lexicon.Resources;
import amity.model.Event;
import amity.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code amity demo}: ingests the bundled sample corpus and prints the Việt Nam–Cuba timeline and a
 * summary by language.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample corpus (news pages in en, vi, zh, es written for amity)",
        "into the store, then print the Việt Nam – Cuba timeline and a summary by language."})
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "amity/sample/";

  @Mixin StoreOption store;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = store.kb();
    Path corpus = store.dir().resolve("sample-corpus");
    List<String> files = writeSample(corpus);
    try (Store s = store.open()) {
      System.out.println("amity demo: store " + store.dir().toAbsolutePath() + ", sample corpus " + corpus);
      Ingestion.Result r = new Ingestion(kb).run(List.of(corpus.toString()), s, kb, System.in, System.err, false);
      System.out.printf("Ingested %d sample pages: %d new, %d already stored.%n%n", files.size(), r.added(), r.duplicates());
      List<Event> events = TimelineCommand.timeline(kb, s, "Việt Nam", "Cuba");
      TimelineCommand.print("Việt Nam", "Cuba", events);
      System.out.println();
      System.out.println("Summary by language");
      System.out.printf("  %-5s %8s %9s %7s%n", "lang", "stories", "entities", "events");
      int st = 0;
      for (Store.LanguageCount c : s.summary()) {
        System.out.printf("  %-5s %8d %9d %7d%n", c.lang(), c.stories(), c.entities(), c.events());
        st += c.stories();
      }
      System.out.printf("  %-5s %8d %9d %7d%n", "all", st, s.entities().size(), s.events().size());
      System.out.println();
      System.out.println("Next: ./amity events --json | ./amity search vaccine | ./amity entity \"Tô Lâm\"  (add --store " + store.dir() + " if you chose one)");
      System.out.println("Web UI: run ./amity serve --store " + store.dir() + " and open http://127.0.0.1:8080/");
      return r.errors().isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }
  }

  /** Copies the bundled sample pages to {@code dir} so they can be read and ingested as files. */
  static List<String> writeSample(Path dir) throws IOException {
    List<String> files = Resources.lines(SAMPLE + "sample.list").orElseThrow(() -> new IOException("sample corpus index missing from the build"));
    Files.createDirectories(dir);
    for (String f : files) {
      try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(SAMPLE + f.strip())) {
        if (in == null) throw new IOException("sample page " + f + " missing from the build");
        Files.copy(in, dir.resolve(f.strip()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return files;
  }
}
