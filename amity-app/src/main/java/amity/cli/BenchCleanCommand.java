package amity.cli;

import amity.clean.PageCleaner;
import amity.decode.TextDecoder;
import amity.model.Document;
import amity.model.Page;
import amity.model.RawDocument;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
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
      "Generation is not timed; the first --warmup pages are not counted."
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

  @Option(names = "--json", description = "One JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (pages < 1 || warmup < 0) throw new IllegalArgumentException("--pages must be positive and --warmup not negative");
    PageGenerator gen = new PageGenerator(seed, viNews);
    TextDecoder decoder = new TextDecoder();
    PageCleaner cleaner = new PageCleaner();
    for (int i = 0; i < warmup; i++) cleaner.clean(decoder.decode(gen.next()));
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    var threads = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    long cpu = 0;
    long bytes = 0;
    long stories = 0;
    int html = 0;
    for (int i = 0; i < pages; i++) {
      RawDocument raw = gen.next();
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      Document d = decoder.decode(raw);
      Page p = cleaner.clean(d);
      cpu += threads.getCurrentThreadCpuTime() - c0;
      nanos += System.nanoTime() - t0;
      bytes += raw.bytes().length;
      stories += p.stories().size();
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
      o.put("pages", pages).put("html", html).put("mb", round(mb)).put("stories", stories);
      o.put("seconds", round(seconds)).put("pages_per_second", round(perSecond)).put("mb_per_second", round(mb / seconds));
      o.put("cpu_seconds", round(cpuSeconds)).put("pages_per_cpu_second", round(pages / cpuSeconds));
      o.put("peak_heap_mb", round(peak / 1e6)).put("max_heap_mb", round(max / 1e6)).put("threads", 1);
      System.out.println(Json.write(o));
    } else {
      System.out.printf("amity bench clean: %d pages (%d HTML, %d text; en, vi, zh, es), %.1f MB, after %d warm-up pages%n",
          pages, html, pages - html, mb, warmup);
      System.out.printf("decode + clean + split, one thread: %.1f s, %.0f pages/s, %.2f MB/s, %d stories%n",
          seconds, perSecond, mb / seconds, stories);
      // On a shared machine the thread waits for a core; its CPU time says what the code costs.
      System.out.printf("thread CPU time: %.1f s, %.0f pages per CPU second%n", cpuSeconds, pages / cpuSeconds);
      System.out.printf("peak heap: %.0f MB (max %.0f MB)%n", peak / 1e6, max / 1e6);
    }
    return 0;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }
}
