package amity.cli;

import amity.corpus.CorpusPage;
import amity.corpus.CorpusPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code amity corpus pages|check}: the public corpora beside the project as pages, and the
 * whole pipeline run over all of them.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
    description = "The public corpora in ../shared/data as pages amity reads (pages), and the pipeline over all of them (check).",
    subcommands = {CorpusCommand.Pages.class})
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
        description = "Which sets (default: all): en-train, en-testa, es-train, es-testa, zh-2019, zh-2020, vi-world, vi-news.")
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
          "detokenised with their dateline date, zh-news stories from headline to headline, vi-news articles with their date."})
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

  /** {@return the pages of the named sets, in order} */
  static List<CorpusPage> all(DataOptions data) throws IOException {
    List<CorpusPage> pages = new ArrayList<>();
    data.pages().write(data.sets(), pages::add);
    return pages;
  }
}
