package amity.cli;

import amity.decode.TextDecoder;
import amity.event.extract.EventTrace;
import amity.kb.KnowledgeBase;
import amity.pipeline.PipelineConfig;
import amity.source.SourceError;
import amity.store.Json;
import amity.store.Store;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity ingest PATH...}: reads pages into the store; the same content twice adds nothing. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read news pages into the store: pages (.txt, .html), JSON Lines (.jsonl), WARC (.warc,",
      ".warc.gz), RSS/Atom feeds (.rss, .atom, .xml), .gz of any of these, folders (recursively),",
      "or - for stdin. Ingesting the same content twice adds nothing. A file or record that cannot",
      "be read is named on stderr with the reason, and the rest goes on; so is a story a stage failed",
      "on, whose document is kept (exit code 1 at the end in both cases)."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin (its format is sniffed).")
  List<String> paths;

  @Option(names = "--json", description = "Print a JSON summary instead of text; no progress bar.")
  boolean json;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "" + Ingestion.DEFAULT_BATCH,
      description = "Documents saved a transaction (default ${DEFAULT-VALUE}; fewer once their text reaches 8 million characters); a crash loses at most the batch in progress.")
  int batch;

  @Option(names = "--index-every", paramLabel = "SECONDS", defaultValue = "10",
      description = "Commit the search index at most this often during the ingest (default ${DEFAULT-VALUE}; 0: after every batch); if the ingest is killed, the stories saved since are indexed when the store next opens.")
  int indexEvery;

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads analysing documents (default: the number of processors); the store ends the same on any number.")
  int threads = Ingestion.defaultThreads();

  @Option(names = "--second-reader",
      description = "Also read each HTML page with Readability (readability4j) and take its text where amity's held more than the article: articles read better, 2-3 times slower (README, Page reading).")
  boolean secondReader;

  @Option(names = "--trace-events",
      description = "Print on stderr how the event steps read each sentence: its triggers and mentions, each reading kept or dropped with the reason.")
  boolean traceEvents;

  @Override
  public Integer call() throws Exception {
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1: " + batch);
    if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    KnowledgeBase kb = store.kb();
    Ingestion.Result r;
    try (Store s = store.open()) {
      PipelineConfig config = PipelineConfig.of(kb).withLocalModels(LocalModels.dir());
      if (traceEvents) config = config.withEventTrace(EventTrace.to(System.err));
      r = new Ingestion(config, batch, threads, secondReader ? TextDecoder.withSecondReader() : new TextDecoder())
          .indexingEvery(Duration.ofSeconds(indexEvery)).run(paths, s, kb, System.in, System.err, json);
    }
    if (json) {
      System.out.println(Json.write(summary(r)));
    } else {
      System.out.printf("%d files: %d documents added (%d stories), %d already stored, %d not read%s%n",
          r.files(), r.added(), r.stories(), r.duplicates(), r.unread(),
          r.partial() == 0 ? "" : ", " + r.partial() + " stories read in part");
    }
    return r.errors().isEmpty() ? 0 : Main.EXIT_PARTIAL;
  }

  /** {@return the --json summary: files, added, duplicates, stories, and errors with file, story, stage, reason} */
  static ObjectNode summary(Ingestion.Result r) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("files", r.files());
    o.put("added", r.added());
    o.put("duplicates", r.duplicates());
    o.put("stories", r.stories());
    ArrayNode errors = o.putArray("errors");
    for (SourceError e : r.errors()) {
      errors.addObject().put("file", e.file()).put("story", e.story()).put("stage", e.stage()).put("reason", e.reason());
    }
    return o;
  }
}
