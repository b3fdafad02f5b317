package amity.cli;

import amity.bench.SyntheticCorpus;
import amity.http.ApiServer;
import amity.kb.KnowledgeBase;
import amity.model.DocumentAnalysis;
import amity.query.Queries;
import amity.store.Json;
import amity.store.Store;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code amity bench}: figures for the store at scale. Not a test: it reports, it does not judge.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCleanCommand.class, BenchNerCommand.class, BenchParseCommand.class},
    description = {"Benchmark the store: ingest throughput (the real pipeline on variants of the sample pages,",
        "and analysed stories written directly up to --stories), store size, search and timeline",
        "latency, a bounded loopback HTTP load with concurrent clients, and memory."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "DIR", description = "Store folder to fill (default: a temporary folder, deleted afterwards).")
  Path store;

  @Option(names = "--stories", paramLabel = "N[,N...]", split = ",", defaultValue = "100000",
      description = {"Analysed stories to store (default ${DEFAULT-VALUE}); several sizes, growing, are measured one after the",
          "other on one store, and a table says how each figure grew from one size to the next."})
  List<Integer> sizes;

  @Option(names = "--more", paramLabel = "N", defaultValue = "100", description = "Pages added to the full store and refreshed, at each size (default ${DEFAULT-VALUE}).")
  int more;

  @Option(names = "--pages", paramLabel = "N", defaultValue = "220", description = "Pages through the real pipeline (default ${DEFAULT-VALUE}).")
  int pages;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "Searches and timelines each (default ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "4000", description = "HTTP requests at most (default ${DEFAULT-VALUE}).")
  int requests;

  @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "HTTP load time at most (default ${DEFAULT-VALUE}).")
  int seconds;

  @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the figures as one JSON object.")
  boolean json;

  private final ObjectNode top = Json.MAPPER.createObjectNode();
  /** The figures of the size being measured. */
  private ObjectNode report = top;
  /** Stories of the size being measured. */
  private int stories;
  /** Per figure, its value at each size, for the growth table. */
  private final java.util.Map<String, List<Double>> figures = new java.util.LinkedHashMap<>();
  private PrintStream log;

  @Override
  public Integer call() throws Exception {
    if (sizes.isEmpty() || sizes.stream().anyMatch(n -> n < 1) || more < 1 || pages < 0 || queries < 1 || clients < 1 || requests < 1 || seconds < 1) {
      throw new IllegalArgumentException("--stories, --more, --queries, --clients, --requests and --seconds must be positive");
    }
    for (int i = 1; i < sizes.size(); i++) {
      if (sizes.get(i) <= sizes.get(i - 1)) throw new IllegalArgumentException("--stories: sizes must grow: " + sizes);
    }
    log = json ? System.err : System.out;
    KnowledgeBase kb = KnowledgeBase.builder().addBundled().build();
    Path work = Files.createTempDirectory("amity-bench");
    Path dir = store != null ? store : work.resolve("store");
    try {
      if (pages > 0) pipeline(kb, work);
      // One corpus for every size, with people enough for the largest: each size extends the last.
      SyntheticCorpus corpus = new SyntheticCorpus(kb, seed, Math.max(200, sizes.get(sizes.size() - 1) / 50));
      for (int n : sizes) {
        stories = n;
        if (sizes.size() > 1) {
          report = top.withArray("sizes").addObject().put("stories", n);
          log.printf("%n== %,d stories ==%n", n);
        }
        long total;
        long closing;
        // The store is closed after each size, so that its size after close (what a store at rest
        // takes) is measured too; the next size opens it again.
        try (Store s = Store.open(dir)) {
          fill(s, kb, corpus);
          size(dir);
          // What serving takes is measured apart from what saving and refreshing took: the peak so
          // far is noted, the heap given back as a serving process that did not refresh holds it,
          // and the peak counted again from there.
          long refreshPeak = peakRss();
          System.gc();
          settle();
          resetPeakRss();
          latency(s, kb, corpus);
          http(s, kb, corpus);
          memory(refreshPeak);
          total = s.counts().get("stories");
          closing = System.nanoTime();
        }
        closedSize(dir, total, (System.nanoTime() - closing) / 1e9);
      }
    } finally {
      deleteTree(work);
    }
    if (sizes.size() > 1) growth();
    if (json) System.out.println(Json.write(top));
    return 0;
  }

  private void pipeline(KnowledgeBase kb, Path work) throws Exception {
    Path sample = work.resolve("sample");
    List<String> files = DemoCommand.writeSample(sample);
    Path corpus = work.resolve("pages");
    Files.createDirectories(corpus);
    int n = 0;
    for (int i = 0; n < pages; i++) {
      for (String f : files) {
        if (n >= pages) break;
        String name = f.strip();
        Files.writeString(corpus.resolve(i + "_" + name), Files.readString(sample.resolve(name)) + "\n\nRef. " + i + "\n");
        n++;
      }
    }
    long t0 = System.nanoTime();
    Ingestion.Result r;
    try (Store s = Store.open(work.resolve("pipeline-store"))) {
      r = new Ingestion(kb).run(List.of(corpus.toString()), s, kb, System.in, System.err, true);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    ObjectNode o = report.putObject("pipeline_ingest");
    o.put("pages", r.added()).put("stories", r.stories()).put("seconds", round(secs)).put("pages_per_s", round(r.added() / secs));
    log.printf("pipeline ingest (decode, clean, analyse, save, index, refresh): %d pages (%d stories) in %.1f s = %.1f pages/s%n",
        r.added(), r.stories(), secs, r.added() / secs);
  }

  private void fill(Store s, KnowledgeBase kb, SyntheticCorpus corpus) throws Exception {
    long have = s.counts().get("stories");
    long t0 = System.nanoTime();
    List<DocumentAnalysis> batch = new ArrayList<>();
    long added = 0;
    for (long i = have; i < stories; i++) {
      batch.add(corpus.next());
      if (batch.size() == 500) {
        added += s.writer().saveAll(batch).stream().filter(b -> b).count();
        batch.clear();
        if (added % 20_000 == 0) log.printf("  … %d stories saved%n", have + added);
      }
    }
    if (!batch.isEmpty()) added += s.writer().saveAll(batch).stream().filter(b -> b).count();
    double save = (System.nanoTime() - t0) / 1e9;
    // Everything linked and merged again, as a first refresh (or `amity reindex --all`) does.
    long t1 = System.nanoTime();
    s.writer().refreshAll(kb);
    double refresh = (System.nanoTime() - t1) / 1e9;
    // A small ingest into the full store: the refresh redoes only the blocks the new pages touch.
    List<DocumentAnalysis> extra = new ArrayList<>();
    for (int i = 0; i < more; i++) extra.add(corpus.next());
    long t2 = System.nanoTime();
    s.writer().saveAll(extra);
    s.writer().refresh(kb);
    double small = (System.nanoTime() - t2) / 1e9;
    ObjectNode o = report.putObject("store_ingest");
    o.put("stories_added", added).put("save_and_index_seconds", round(save)).put("pages_per_s", round(added / Math.max(save, 1e-9)))
        .put("refresh_from_scratch_seconds", round(refresh)).put("more_pages", more).put("more_pages_and_refresh_seconds", round(small));
    s.counts().forEach((k, v) -> report.with("counts").put(k, v));
    figure("save, pages/s", added / Math.max(save, 1e-9));
    figure("refresh from scratch, s", refresh);
    figure(more + " more pages + refresh, s", small);
    log.printf("store ingest (analysed one-story pages, batches of 500): %d stories in %.1f s = %.0f pages/s; refresh from scratch %.1f s;"
        + " %d more pages + refresh %.2f s%n", added, save, added / Math.max(save, 1e-9), refresh, more, small);
    log.println("  counts: " + s.counts());
  }

  /** Notes a figure of the size being measured, for the growth table. */
  private void figure(String name, double value) {
    figures.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
  }

  /** Prints each figure at each size and how much it grew from the size before (×), and puts them in the report. */
  private void growth() {
    StringBuilder head = new StringBuilder(String.format("%-34s", "growth"));
    for (int i = 0; i < sizes.size(); i++) {
      String step = i == 0 ? "" : String.format(" (×%.2f)", sizes.get(i) * 1.0 / sizes.get(i - 1)).replace(".00)", ")");
      head.append(String.format("%22s", String.format("%,d", sizes.get(i)) + step));
    }
    log.printf("%n%s%n", head);
    ObjectNode g = top.putObject("growth");
    for (var f : figures.entrySet()) {
      StringBuilder line = new StringBuilder(String.format("%-34s", f.getKey()));
      var arr = g.putArray(f.getKey());
      List<Double> v = f.getValue();
      for (int i = 0; i < v.size(); i++) {
        String cell = String.format("%.1f", v.get(i));
        if (i > 0 && v.get(i - 1) > 0) {
          double x = v.get(i) / v.get(i - 1);
          cell += String.format(" (×%.2f)", x);
          arr.add(round2(x));
        }
        line.append(String.format("%22s", cell));
      }
      log.println(line);
    }
  }

  private static double round2(double d) {
    return Math.round(d * 100) / 100.0;
  }

  private void size(Path dir) throws IOException {
    long db = sizeOf(dir.resolve("amity.mv.db"));
    long idx = sizeOf(dir.resolve("index"));
    report.putObject("store_size").put("database_mb", round(db / 1e6)).put("index_mb", round(idx / 1e6));
    figure("database (open), MB", db / 1e6);
    log.printf("store size: database %.1f MB, index %.1f MB%n", db / 1e6, idx / 1e6);
  }

  /** Notes the database's size after close, per story: what a store at rest costs on disk. */
  private void closedSize(Path dir, long total, double closeSeconds) throws IOException {
    long db = sizeOf(dir.resolve("amity.mv.db"));
    long idx = sizeOf(dir.resolve("index"));
    double perStory = db / (double) Math.max(1, total);
    report.putObject("store_size_closed").put("close_seconds", round(closeSeconds)).put("database_mb", round(db / 1e6)).put("index_mb", round(idx / 1e6))
        .put("stories", total).put("database_bytes_per_story", Math.round(perStory)).put("index_bytes_per_story", Math.round(idx / (double) Math.max(1, total)));
    figure("database (closed), MB", db / 1e6);
    figure("database (closed), bytes/story", perStory);
    log.printf("store size after close (%.1f s to close): database %.1f MB (%,.0f bytes a story), index %.1f MB (%,.0f bytes a story)%n",
        closeSeconds, db / 1e6, perStory, idx / 1e6, idx / (double) Math.max(1, total));
  }

  private void latency(Store s, KnowledgeBase kb, SyntheticCorpus corpus) throws Exception {
    Queries q = new Queries(s, kb);
    for (int i = 0; i < 30; i++) {
      q.search(new Queries.SearchRequest(corpus.query(), null, null, null, null, null, null, 20, 0));
      String[] p = corpus.countryPair();
      q.events(List.of(q.target(p[0]), q.target(p[1])), null, null, null, 500, 0);
    }
    long[] search = new long[queries];
    long[] filtered = new long[queries];
    long[] timeline = new long[queries];
    long hits = 0;
    long events = 0;
    for (int i = 0; i < queries; i++) {
      long t = System.nanoTime();
      hits += q.search(new Queries.SearchRequest(corpus.query(), null, null, null, null, null, null, 20, 0)).total();
      search[i] = System.nanoTime() - t;
      t = System.nanoTime();
      String[] p = corpus.countryPair();
      q.search(new Queries.SearchRequest(corpus.query(), "vi", null, null, amity.model.DateValue.parse("2015"),
          amity.model.DateValue.parse("2020"), p[0], 20, 0));
      filtered[i] = System.nanoTime() - t;
      t = System.nanoTime();
      events += q.events(List.of(q.target(p[0]), q.target(p[1])), null, null, null, 500, 0).total();
      timeline[i] = System.nanoTime() - t;
    }
    put("search", search);
    put("search_filtered", filtered);
    figure("search p99, ms", pct(search, 99));
    figure("timeline p99, ms", pct(timeline, 99));
    put("timeline", timeline);
    log.printf("search: p50 %.1f ms, p99 %.1f ms (%.0f hits a query); with lang+date+entity filters: p50 %.1f ms, p99 %.1f ms%n",
        pct(search, 50), pct(search, 99), hits / (double) queries, pct(filtered, 50), pct(filtered, 99));
    log.printf("timeline (two countries, first 500 events): p50 %.1f ms, p99 %.1f ms (%.0f events a pair)%n",
        pct(timeline, 50), pct(timeline, 99), events / (double) queries);
  }

  private void put(String name, long[] ns) {
    report.putObject(name + "_ms").put("p50", round(pct(ns, 50))).put("p99", round(pct(ns, 99))).put("max", round(pct(ns, 100)));
  }

  private void http(Store s, KnowledgeBase kb, SyntheticCorpus corpus) throws Exception {
    List<String> storyIds = new ArrayList<>();
    Random r = corpus.random();
    s.stories().forEach(row -> {
      if (r.nextInt(100) == 0 && storyIds.size() < 2000) storyIds.add(row.id());
    });
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String[] p = corpus.countryPair();
      String e = URLEncoder.encode(p[0], StandardCharsets.UTF_8);
      String f = URLEncoder.encode(p[1], StandardCharsets.UTF_8);
      paths.add(switch (i % 7) {
        case 0 -> "/api/events?between=" + e + "," + f + "&limit=100";
        case 1 -> "/api/search?q=" + URLEncoder.encode(corpus.query(), StandardCharsets.UTF_8);
        case 2 -> "/api/timeline?a=" + e + "&b=" + f + "&limit=200";
        case 3 -> "/api/entities?q=" + URLEncoder.encode(corpus.query().substring(0, 1), StandardCharsets.UTF_8) + "&limit=20";
        case 4 -> "/api/stories/" + storyIds.get(i % storyIds.size());
        case 5 -> "/api/network?entity=" + URLEncoder.encode(corpus.personId(), StandardCharsets.UTF_8);
        default -> "/api/fields?a=" + e + "&b=" + f;
      });
    }
    try (ApiServer server = ApiServer.start(s, kb, new ApiServer.Options("127.0.0.1", 0, null))) {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      AtomicLong bytes = new AtomicLong();
      long[] lat = new long[requests];
      long end = System.nanoTime() + seconds * 1_000_000_000L;
      long t0 = System.nanoTime();
      ExecutorService pool = Executors.newFixedThreadPool(clients, run -> new Thread(run, "bench-client"));
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        fs.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < requests && System.nanoTime() < end) {
            String path = paths.get(i % paths.size());
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> res = client.send(HttpRequest.newBuilder(URI.create(server.url() + path))
                  .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
              if (res.statusCode() != 200) {
                errors.incrementAndGet();
                if (errors.get() <= 5) System.err.println("amity bench: HTTP " + res.statusCode() + " for " + path);
              }
              bytes.addAndGet(res.body().length);
            } catch (IOException | InterruptedException e) {
              errors.incrementAndGet();
              if (errors.get() <= 5) System.err.println("amity bench: " + e + " for " + path);
            }
            lat[i] = System.nanoTime() - t;
          }
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
      pool.shutdown();
      double secs = (System.nanoTime() - t0) / 1e9;
      int done = Math.min(next.get(), requests);
      long[] l = Arrays.copyOf(lat, done);
      report.putObject("http").put("clients", clients).put("requests", done).put("errors", errors.get()).put("seconds", round(secs))
          .put("requests_per_s", round(done / secs)).put("p50_ms", round(pct(l, 50))).put("p99_ms", round(pct(l, 99)))
          .put("max_ms", round(pct(l, 100))).put("mb_received", round(bytes.get() / 1e6));
      figure("HTTP requests/s", done / secs);
      figure("HTTP p99, ms", pct(l, 99));
      log.printf("http (loopback, %d clients, mix of 7 endpoints): %d requests in %.1f s = %.0f/s, errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          clients, done, secs, done / secs, errors.get(), pct(l, 50), pct(l, 99), pct(l, 100));
    }
  }

  /** @param refreshPeak the peak RSS before serving (saving and refreshing), in bytes */
  private void memory(long refreshPeak) {
    long serving = peakRss();
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    }
    long rss = Math.max(refreshPeak, serving);
    report.putObject("memory_mb").put("heap_after_gc", round(used / 1e6)).put("heap_peak", round(peak / 1e6))
        .put("max_heap", round(Runtime.getRuntime().maxMemory() / 1e6)).put("peak_rss", round(rss / 1e6))
        .put("peak_rss_serving", round(serving / 1e6));
    figure("peak RSS, MB", rss / 1e6);
    figure("peak RSS serving, MB", serving / 1e6);
    log.printf("memory: heap after GC %.0f MB, heap peak %.0f MB (max %.0f MB), peak RSS %.0f MB (serving: %.0f MB)%n",
        used / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, rss / 1e6, serving / 1e6);
  }

  /** {@return the process's peak resident set (VmHWM) in bytes, or -1 where /proc does not tell} */
  private static long peakRss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Waits (up to 5 s) until the resident set has not shrunk for a second: G1 gives heap back to the
   * system after a GC, concurrently, over a second or two.
   */
  private static void settle() throws InterruptedException {
    long last = rss();
    int still = 0;
    for (int i = 0; i < 25 && last >= 0 && still < 5; i++) {
      Thread.sleep(200);
      long now = rss();
      still = now < last ? 0 : still + 1;
      last = Math.min(last, now);
    }
  }

  /** {@return the process's resident set now (VmRSS) in bytes, or -1 where /proc does not tell} */
  private static long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /** Starts counting the peak resident set again from what is resident now (Linux: clear_refs 5); nothing elsewhere. */
  private static void resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not allowed: the serving figure is then the process's peak.
    }
  }

  private static double pct(long[] ns, int p) {
    if (ns.length == 0) return 0;
    long[] s = ns.clone();
    Arrays.sort(s);
    int i = (int) Math.ceil(p / 100.0 * s.length) - 1;
    return s[Math.max(0, Math.min(s.length - 1, i))] / 1e6;
  }

  private static double round(double d) {
    return Math.round(d * 10) / 10.0;
  }

  private static long sizeOf(Path p) throws IOException {
    if (!Files.exists(p)) return 0;
    if (Files.isRegularFile(p)) return Files.size(p);
    try (Stream<Path> s = Files.walk(p)) {
      return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path f : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
    }
  }
}
