package amity.cli;

import amity.clean.PageCleaner;
import amity.decode.DecodeException;
import amity.decode.TextDecoder;
import amity.model.RawDocument;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.source.FileSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code amity bench clean}: pages per second for decode + clean + split on generated pages, and
 * the peak heap. A benchmark to run by hand, not a test: its figures depend on the machine.
 */
@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Generate news pages (text and HTML, en/vi/zh/es, some GB18030 and Windows-1258) and time",
      "decode + clean + split on them, one thread; print pages/s (wall clock and per CPU second),",
      "MB/s, stories and the peak heap.",
      "Generation is not timed; the first --warmup pages are not counted.",
      "With --input, the pages are the files under DIR instead (read into memory first, not timed;",
      "every page is timed once after a warm-up pass over the first --warmup of them)."
    })
final class BenchCleanCommand implements Callable<Integer> {
  @Option(names = "--pages", defaultValue = "10000", description = "Pages to time (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--warmup", defaultValue = "2000", description = "Pages run first and not timed (default ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--seed", defaultValue = "1", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--vi-news", paramLabel = "DIR", description = "Also take Vietnamese paragraphs from the text files in DIR (e.g. ../shared/data/text/vi-news).")
  Path viNews;

  @Option(names = "--input", paramLabel = "DIR", description = "Time real pages: every file under DIR (HTML, .gz, WARC, text), e.g. ../shared/data/extraction/wcxb-dev/html.")
  Path input;

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  @Option(names = "--second-reader", description = "Also read each HTML page with Readability (readability4j), as eval clean --second-reader does.")
  boolean secondReader;

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || warmup < 0) throw new IllegalArgumentException("--pages must be positive and --warmup not negative");
    java.util.function.IntFunction<RawDocument> source;
    if (input != null) {
      List<RawDocument> files = readAll(input);
      if (files.isEmpty()) throw new IllegalArgumentException(input + ": no pages in it");
      pages = files.size();
      warmup = Math.min(warmup, pages);
      source = i -> files.get(i % files.size());
    } else {
      PageGenerator gen = new PageGenerator(seed, viNews);
      source = i -> gen.next();
    }
    TextDecoder decoder = secondReader ? TextDecoder.withSecondReader() : new TextDecoder();
    PageCleaner cleaner = new PageCleaner();
    for (int i = 0; i < warmup; i++) storiesOf(source.apply(i), decoder, cleaner);
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    var threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    long cpu = 0;
    long bytes = 0;
    long stories = 0;
    int html = 0;
    int unread = 0;
    for (int i = 0; i < pages; i++) {
      RawDocument raw = source.apply(input != null ? i : warmup + i);
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      int n = storiesOf(raw, decoder, cleaner);
      cpu += threads.getCurrentThreadCpuTime() - c0;
      nanos += System.nanoTime() - t0;
      bytes += raw.bytes().length;
      if (n < 0) unread++;
      else stories += n;
      if (raw.meta().format().equals("html")) html++;
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
    }
    double seconds = nanos / 1e9;
    double perSecond = pages / seconds;
    double cpuSeconds = cpu / 1e9;
    double mb = bytes / 1e6;
    long max = Runtime.getRuntime().maxMemory();
    if (json) {
      ObjectNode o = Json.MAPPER.createObjectNode();
      o.put("pages", pages).put("html", html).put("mb", round(mb)).put("stories", stories).put("pages_without_text", unread);
      o.put("seconds", round(seconds)).put("pages_per_second", round(perSecond)).put("mb_per_second", round(mb / seconds));
      o.put("cpu_seconds", round(cpuSeconds)).put("pages_per_cpu_second", round(pages / cpuSeconds));
      o.put("peak_heap_mb", round(peak / 1e6)).put("max_heap_mb", round(max / 1e6)).put("threads", 1);
      System.out.println(Json.write(o));
    } else {
      System.out.printf("amity bench clean: %d pages (%d HTML, %d text; %s), %.1f MB, after %d warm-up pages%n",
          pages, html, pages - html, input != null ? "from " + input : "generated en, vi, zh, es", mb, warmup);
      System.out.printf("decode + clean + split, one thread: %.1f s, %.0f pages/s, %.2f MB/s, %d stories (%d pages without text)%n",
          seconds, perSecond, mb / seconds, stories, unread);
      // On a shared machine the thread waits for a core; its CPU time says what the code costs.
      System.out.printf("thread CPU time: %.1f s, %.0f pages per CPU second%n", cpuSeconds, pages / cpuSeconds);
      System.out.printf("peak heap: %.0f MB (max %.0f MB)%n", peak / 1e6, max / 1e6);
    }
    return 0;
  }

  /** The stories the page splits into, or -1 for a page the decoder refuses (no text in it, binary): timed as any other. */
  private static int storiesOf(RawDocument raw, TextDecoder decoder, PageCleaner cleaner) {
    try {
      return cleaner.clean(decoder.decode(raw)).stories().size();
    } catch (DecodeException e) {
      return -1;
    }
  }

  /** Every document of every file under {@code dir}, in path order; a file that cannot be read is skipped, saying why. */
  private static List<RawDocument> readAll(Path dir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    List<RawDocument> out = new ArrayList<>();
    for (Path f : files) {
      try (InputStream in = FileSources.open(f, InputStream.nullInputStream(), ReadLimits.DEFAULT);
          DocumentReader r = Readers.open(f.getFileName().toString(), in, ReadLimits.DEFAULT, p -> {})) {
        for (Optional<RawDocument> d = r.next(); d.isPresent(); d = r.next()) out.add(d.get());
      } catch (IOException | RuntimeException e) {
        System.err.println("amity: " + f + ": " + e.getMessage());
      }
    }
    return out;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
