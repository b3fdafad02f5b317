package amity.cli;

import amity.bench.SyntheticCorpus;
import amity.kb.KnowledgeBase;
import amity.model.DocumentAnalysis;
import amity.query.Queries;
import amity.store.Json;
import amity.store.Store;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code amity bench}: figures for the store at scale. Not a test: it reports, it does not judge.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchCleanCommand.class, BenchNerCommand.class, BenchParseCommand.class},
    description = {"Benchmark the store: ingest throughput (the real pipeline on variants of the sample pages,",
        "and analysed stories written directly up to --stories), store size, search and timeline",
        "latency, a bounded loopback HTTP load with concurrent clients on `amity serve` in a process of its own,",
        "and memory."})
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

  @Option(names = "--serve-java-options", paramLabel = "OPTS", defaultValue = "-Xmx1g",
      description = {"JVM options of the `amity serve` process the HTTP load is served by (default ${DEFAULT-VALUE}, as the",
          "launcher starts `amity serve`)."})
  String serveJavaOptions;

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
        List<Request> warmUp;
        List<Request> mix;
        // The store is closed after each size, so that its size after close (what a store at rest
        // takes) is measured too; the next size opens it again.
        try (Store s = Store.open(dir)) {
          fill(s, kb, corpus);
          size(dir);
          latency(s, kb, corpus);
          // The server warms up on requests of its own, so that the pages the measured ones read
          // are not in its caches for having been read just before.
          List<List<String>> stories = sampleStories(s, corpus);
          warmUp = mix(stories.get(0), corpus);
          mix = mix(stories.get(1), corpus);
          total = s.counts().get("stories");
          closing = System.nanoTime();
        }
        closedSize(dir, total, (System.nanoTime() - closing) / 1e9);
        // Served as a user serves a store: by `amity serve` in a process of its own, on the store
        // closed, so that what serving takes is not mixed with what saving and refreshing took.
        long servingPeak = http(dir, warmUp, mix);
        memory(servingPeak);
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

  /** A request of the HTTP mix: which endpoint, and its path. */
  private record Request(String endpoint, String path) {}

  /** {@return two samples of the stored stories, a hundredth of them up to 2,000 each, with none in common} */
  private static List<List<String>> sampleStories(Store s, SyntheticCorpus corpus) throws Exception {
    List<List<String>> two = List.of(new ArrayList<>(), new ArrayList<>());
    Random r = corpus.random();
    s.stories().forEach(row -> {
      List<String> to = two.get(r.nextInt(2));
      if (r.nextInt(50) == 0 && to.size() < 2000) to.add(row.id());
    });
    return two;
  }

  /** {@return the bench's mix of requests: seven endpoints, each a seventh, over the parties of the store and {@code storyIds}} */
  private static List<Request> mix(List<String> storyIds, SyntheticCorpus corpus) {
    List<Request> mix = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      String[] p = corpus.countryPair();
      String e = URLEncoder.encode(p[0], StandardCharsets.UTF_8);
      String f = URLEncoder.encode(p[1], StandardCharsets.UTF_8);
      mix.add(switch (i % 7) {
        case 0 -> new Request("events", "/api/events?between=" + e + "," + f + "&limit=100");
        case 1 -> new Request("search", "/api/search?q=" + URLEncoder.encode(corpus.query(), StandardCharsets.UTF_8));
        case 2 -> new Request("timeline", "/api/timeline?a=" + e + "&b=" + f + "&limit=200");
        case 3 -> new Request("entities", "/api/entities?q=" + URLEncoder.encode(corpus.query().substring(0, 1), StandardCharsets.UTF_8) + "&limit=20");
        case 4 -> new Request("story", "/api/stories/" + storyIds.get(i % storyIds.size()));
        case 5 -> new Request("network", "/api/network?entity=" + URLEncoder.encode(corpus.personId(), StandardCharsets.UTF_8));
        default -> new Request("fields", "/api/fields?a=" + e + "&b=" + f);
      });
    }
    return mix;
  }

  /**
   * Starts {@code amity serve} on the store in a JVM of its own, puts the HTTP load on it (after a
   * warm-up of one pass over {@code warmUp}, a mix of other requests, not counted), and stops it.
   *
   * @return the serving process's peak resident set in bytes, or -1 where /proc does not tell
   */
  private long http(Path dir, List<Request> warmUp, List<Request> mix) throws Exception {
    Process server = startServer(dir);
    try {
      String url = serverUrl(server);
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      load(client, url, warmUp, warmUp.size(), Long.MAX_VALUE, null);
      long[] lat = new long[requests];
      Load l = load(client, url, mix, requests, seconds * 1_000_000_000L, lat);
      long[] all = Arrays.copyOf(lat, l.done());
      ObjectNode o = report.putObject("http").put("clients", clients).put("requests", l.done()).put("errors", l.errors()).put("seconds", round(l.seconds()))
          .put("requests_per_s", round(l.done() / l.seconds())).put("p50_ms", round(pct(all, 50))).put("p99_ms", round(pct(all, 99)))
          .put("max_ms", round(pct(all, 100))).put("mb_received", round(l.bytes() / 1e6));
      ObjectNode by = o.putObject("endpoints");
      StringBuilder each = new StringBuilder();
      for (String endpoint : mix.stream().map(Request::endpoint).distinct().toList()) {
        long[] ns = new long[l.done()];
        int n = 0;
        for (int i = 0; i < l.done(); i++) {
          if (mix.get(i % mix.size()).endpoint().equals(endpoint)) ns[n++] = lat[i];
        }
        ns = Arrays.copyOf(ns, n);
        by.putObject(endpoint).put("requests", n).put("p50_ms", round(pct(ns, 50))).put("p99_ms", round(pct(ns, 99)));
        each.append(String.format("%n  %-9s p50 %5.1f ms, p99 %6.1f ms", endpoint, pct(ns, 50), pct(ns, 99)));
      }
      figure("HTTP requests/s", l.done() / l.seconds());
      figure("HTTP p99, ms", pct(all, 99));
      log.printf("http (`amity serve` %s in a process of its own, loopback, %d clients, mix of 7 endpoints): %d requests in %.1f s = %.0f/s,"
          + " errors %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n", serveJavaOptions, clients, l.done(), l.seconds(), l.done() / l.seconds(),
          l.errors(), pct(all, 50), pct(all, 99), pct(all, 100), each);
      return peakRss(server.pid());
    } finally {
      stop(server);
    }
  }

  /** What a load gave: requests done, errors, bytes received, seconds taken. */
  private record Load(int done, int errors, long bytes, double seconds) {}

  /** Sends up to {@code max} requests of the mix from the clients, for at most {@code nanos}; {@code lat} (if not null) takes each one's latency. */
  private Load load(HttpClient client, String url, List<Request> mix, int max, long nanos, long[] lat) throws Exception {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger errors = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    long t0 = System.nanoTime();
    long end = nanos == Long.MAX_VALUE ? Long.MAX_VALUE : t0 + nanos;
    ExecutorService pool = Executors.newFixedThreadPool(clients, run -> new Thread(run, "bench-client"));
    try {
      List<Future<?>> fs = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        fs.add(pool.submit(() -> {
          int i;
          while ((i = next.getAndIncrement()) < max && System.nanoTime() < end) {
            String path = mix.get(i % mix.size()).path();
            long t = System.nanoTime();
            try {
              HttpResponse<byte[]> res = client.send(HttpRequest.newBuilder(URI.create(url + path))
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
            if (lat != null) lat[i] = System.nanoTime() - t;
          }
          return null;
        }));
      }
      for (Future<?> f : fs) f.get();
    } finally {
      pool.shutdown();
    }
    return new Load(Math.min(next.get(), max), errors.get(), bytes.get(), (System.nanoTime() - t0) / 1e9);
  }

  /** Starts {@code amity serve --port 0} on the store with this JVM's classes and {@link #serveJavaOptions}; its errors go to this process's. */
  private Process startServer(Path dir) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String o : serveJavaOptions.strip().split("\\s+")) if (!o.isEmpty()) cmd.add(o);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--store", dir.toString(), "--port", "0"));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** {@return the address the server prints once it listens} Its other output is read on and dropped, so that it never blocks on a full pipe. */
  private static String serverUrl(Process server) throws IOException, InterruptedException {
    BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher m = SERVING.matcher(line);
      if (m.find()) {
        Thread drain = new Thread(() -> {
          try {
            while (out.readLine() != null) {
              // dropped
            }
          } catch (IOException e) {
            // the server stopped
          }
        }, "bench-server-output");
        drain.setDaemon(true);
        drain.start();
        return m.group(1);
      }
    }
    boolean ended = server.waitFor(5, TimeUnit.SECONDS);
    throw new IOException("amity serve stopped before it listened" + (ended ? " (exit " + server.exitValue() + ")" : ""));
  }

  private static final Pattern SERVING = Pattern.compile("^amity: serving .* at (http://\\S+?)/ ");

  /** Stops the server as Ctrl-C does (its store closed), forcibly after a minute. */
  private static void stop(Process server) throws InterruptedException {
    server.destroy();
    if (!server.waitFor(60, TimeUnit.SECONDS)) {
      server.destroyForcibly();
      server.waitFor();
    }
  }

  /** @param serving the serving process's peak RSS, in bytes */
  private void memory(long serving) {
    System.gc();
    long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
    }
    long rss = peakRss(ProcessHandle.current().pid());
    report.putObject("memory_mb").put("heap_after_gc", round(used / 1e6)).put("heap_peak", round(peak / 1e6))
        .put("max_heap", round(Runtime.getRuntime().maxMemory() / 1e6)).put("peak_rss", round(rss / 1e6))
        .put("peak_rss_serving", round(serving / 1e6));
    figure("peak RSS, MB", rss / 1e6);
    figure("peak RSS serving, MB", serving / 1e6);
    log.printf("memory: this process (saving, refreshing, searching): heap after GC %.0f MB, heap peak %.0f MB (max %.0f MB), peak RSS %.0f MB;"
        + " `amity serve`: peak RSS %.0f MB%n", used / 1e6, peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, rss / 1e6, serving / 1e6);
  }

  /** {@return a process's peak resident set (VmHWM) in bytes, or -1 where /proc does not tell} */
  private static long peakRss(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
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
