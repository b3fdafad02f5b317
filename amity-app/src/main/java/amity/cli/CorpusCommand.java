package amity.cli;

import amity.corpus.CorpusCheck;
import amity.corpus.CorpusPage;
import amity.corpus.CorpusPages;
import amity.kb.KnowledgeBase;
import amity.pipeline.PipelineConfig;
import amity.source.FileSources;
import amity.source.SourceError;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity corpus pages|check}: the public corpora beside the project as pages, and the
 * whole pipeline run over all of them.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "The public corpora in ../shared/data as pages amity reads (pages), and the pipeline over all of them (check).",
    subcommands = {CorpusCommand.Pages.class, CorpusCommand.Check.class})
final class CorpusCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The options both subcommands take. */
  static final class DataOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "../shared/data",
        description = "The corpora folder (default: ../shared/data).")
    Path data;

    @Option(names = "--sets", paramLabel = "SET", split = ",",
        description = "Which sets (default: all): en-train, en-testa, es-train, es-testa, zh-2019, zh-2020, zh-pd, vi-world, vi-news.")
    List<String> sets;

    @Option(names = "--zh-headlines", paramLabel = "FILE",
        description = "Sentence numbers that open a zh-news story (file<TAB>number), instead of the bundled list.")
    Path zhHeadlines;

    CorpusPages pages() throws IOException {
      return zhHeadlines == null ? CorpusPages.of(data) : CorpusPages.of(data, zhHeadlines);
    }

    List<String> sets() {
      if (sets != null && !sets.isEmpty()) {
        sets.forEach(CorpusPages::set); // unknown names fail here, before any work
        return sets;
      }
      return CorpusPages.SETS.stream().map(CorpusPages.Source::name).toList();
    }
  }

  @Command(name = "pages", mixinStandardHelpOptions = true,
      description = {"Write the corpus documents as .txt pages (deterministic names and text): CoNLL documents",
          "detokenised with their dateline date, zh-news stories from headline to headline, People's Daily sentences from dateline to dateline, vi-news articles with their date."})
  static final class Pages implements Callable<Integer> {
    @picocli.CommandLine.Mixin DataOptions data = new DataOptions();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the pages into.")
    Path out;

    @Override
    public Integer call() throws IOException {
      Files.createDirectories(out);
      List<String> names = data.sets();
      int[] count = {0};
      List<IOException> failed = new ArrayList<>();
      data.pages().write(names, page -> {
        try {
          Files.writeString(out.resolve(page.name()), page.text(), StandardCharsets.UTF_8);
          count[0]++;
        } catch (IOException e) {
          failed.add(e);
        }
      });
      if (!failed.isEmpty()) throw failed.get(0);
      System.out.println(count[0] + " pages written to " + out);
      return 0;
    }
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = {"Run the whole pipeline over every page of the corpora and of any PATH given",
          "(decode, clean, language, sentences, mentions, linking, events, then linking and",
          "merging across the corpus) and report every exception: page, story, stage,",
          "reason and the amity code that threw. Exit code 1 when anything failed."})
  static final class Check implements Callable<Integer> {
    @picocli.CommandLine.Mixin DataOptions data = new DataOptions();
    @picocli.CommandLine.Mixin StoreOption options = new StoreOption();

    @Parameters(arity = "0..*", paramLabel = "PATH",
        description = {"More files or folders, read as ingest reads them",
            "(../shared/data/extraction/wcxb-dev/html); without --sets only these."})
    List<String> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print the summary and the failures as one JSON object; no progress bar.")
    boolean json;

    @Option(names = "--threads", paramLabel = "N",
        description = "Threads analysing pages (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws IOException {
      if (threads < 1) throw new IllegalArgumentException("--threads must be at least 1: " + threads);
      List<SourceError> missing = new ArrayList<>();
      List<Path> files = FileSources.inputs(paths, missing::add);
      for (SourceError e : missing) System.err.println("amity: " + e.line());
      List<CorpusPage> pages = data.sets == null && !paths.isEmpty() ? List.of() : all(data);
      KnowledgeBase kb = options.kb();
      Progress progress = new Progress(System.err, pages.size() + files.size(), "pages and files", json);
      CorpusCheck.Result r = new CorpusCheck(PipelineConfig.of(kb).withLocalModels(LocalModels.dir()), threads).run(pages, files, f -> {
        progress.clearLine();
        System.err.println("amity: " + f.line());
      }, progress::update);
      if (json) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("pages", r.pages()).put("stories", r.stories()).put("mentions", r.mentions()).put("events", r.events())
            .put("entities", r.entities()).put("merged_events", r.merged()).put("failed", r.failures().size())
            .put("seconds", r.millis() / 1000.0).put("combine_seconds", r.combineMillis() / 1000.0).put("threads", r.threads());
        ArrayNode fs = o.putArray("failures");
        for (CorpusCheck.Failure f : r.failures()) {
          ObjectNode n = fs.addObject().put("page", f.page()).put("source", f.source());
          if (f.story() >= 0) n.put("story", f.story()); else n.putNull("story");
          n.put("stage", f.stage()).put("reason", f.reason()).put("at", f.where());
        }
        System.out.println(Json.write(o));
      } else {
        System.out.printf("%d pages, %d stories, %d mentions, %d events; across the corpus %d entities, %d events; "
                + "%d failures; %.1f s on %d threads (%.1f s linking and merging)%n",
            r.pages(), r.stories(), r.mentions(), r.events(), r.entities(), r.merged(), r.failures().size(),
            r.millis() / 1000.0, r.threads(), r.combineMillis() / 1000.0);
      }
      return r.failures().isEmpty() && missing.isEmpty() ? 0 : Main.EXIT_PARTIAL;
    }
  }

  /** {@return the pages of the named sets, in order} */
  static List<CorpusPage> all(DataOptions data) throws IOException {
    List<CorpusPage> pages = new ArrayList<>();
    data.pages().write(data.sets(), pages::add);
    return pages;
  }
}
