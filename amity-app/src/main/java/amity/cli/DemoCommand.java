package amity.cli;

import amity.http.ApiServer;
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
import picocli.CommandLine.Option;

/**
 * {@code amity demo}: ingests the bundled sample corpus and prints the Việt Nam–Cuba timeline and a
 * summary by language.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Ingest the bundled sample corpus (news pages in en, vi, zh, es written for amity)",
        "into the store, then print the Việt Nam – Cuba timeline and a summary by language.",
        "With --serve, go on to serve the web UI over it on 127.0.0.1 until Ctrl-C."})
final class DemoCommand implements Callable<Integer> {
  static final String SAMPLE = "amity/sample/";

  @Mixin StoreOption store;

  @Option(names = "--serve", description = "After ingesting, serve the web UI and the API over the sample store (Ctrl-C stops).")
  boolean serve;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "Port for --serve (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Override
  public Integer call() throws Exception {
    KnowledgeBase kb = store.kb();
    Path corpus = store.dir().resolve("sample-corpus");
    List<String> files = writeSample(corpus);
    if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    if (!serve && port != 8080) throw new IllegalArgumentException("--port is only used with --serve");
    Store s = store.open();
    int exit;
    try {
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
      System.out.printf("  %-5s %8d %9d %7d%n", "all", st, s.entities().all().size(), s.events().all().size());
      System.out.println();
      System.out.println("Next: ./amity events --json | ./amity search vaccine | ./amity entity \"Tô Lâm\"  (add --store " + store.dir() + " if you chose one)");
      exit = r.errors().isEmpty() ? 0 : Main.EXIT_PARTIAL;
      if (!serve) {
        System.out.println("Web UI: ./amity demo --serve, or ./amity serve --store " + store.dir() + ", then open http://127.0.0.1:8080/");
        s.close();
        return exit;
      }
    } catch (Exception e) {
      s.close();
      throw e;
    }
    System.out.println();
    ServeCommand.serve(s, kb, new ApiServer.Options("127.0.0.1", port, null));
    return exit;
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
