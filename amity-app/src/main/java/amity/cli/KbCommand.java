package amity.cli;

import amity.kb.KnowledgeBase;
import amity.kb.WikidataImport;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code amity kb …}: knowledge-base files. */
@Command(name = "kb", mixinStandardHelpOptions = true, description = "Knowledge-base files: import from Wikidata, check.",
    subcommands = {KbCommand.Import.class, KbCommand.Check.class})
final class KbCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code amity kb import DUMP}: streams a Wikidata JSON dump into a KB file. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Stream a Wikidata JSON dump (.json or .json.gz, one entity a line) into knowledge-base",
          "lines (docs/KB.md): office holders with dated roles, countries, cities, organisations.",
          "Use the result with --kb FILE on any command."})
  static final class Import implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DUMP", description = "The dump file.")
    Path dump;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
    Path out;

    @Option(names = "--source", paramLabel = "TEXT", description = "Source note on every entry (default: the dump's file name).")
    String source;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(dump)) throw new IllegalArgumentException(dump + ": no such file");
      String src = source != null ? source : "Wikidata dump " + dump.getFileName();
      Writer w = out == null
          ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
          : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
      WikidataImport.Counts c;
      try (w) {
        c = new WikidataImport().run(() -> open(dump), w, src, m -> System.err.println("amity: " + dump + ": " + m));
      }
      System.err.printf("amity: %s: %d people, %d countries, %d cities, %d organisations%s%n", dump, c.people(),
          c.countries(), c.cities(), c.orgs(), c.skippedLines() > 0 ? ", " + c.skippedLines() + " bad lines skipped" : "");
      return 0;
    }

    static InputStream open(Path p) {
      try {
        InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16);
        return p.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
      } catch (IOException e) {
        throw new UncheckedIOException(p + ": " + e.getMessage(), e);
      }
    }
  }

  /** {@code amity kb check FILE...}: validates KB files. */
  @Command(name = "check", mixinStandardHelpOptions = true, description = "Validate knowledge-base files against docs/KB.md.")
  static final class Check implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE") List<Path> files;

    @Override
    public Integer call() {
      int bad = 0;
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          KnowledgeBase kb = KnowledgeBase.builder().read(in, f.toString()).build();
          System.out.println(f + ": " + kb.size() + " entries, valid");
        } catch (IOException e) {
          System.err.println("amity: " + e.getMessage());
          bad++;
        }
      }
      return bad == 0 ? 0 : 1;
    }
  }
}
