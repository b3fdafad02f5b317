package amity.cli;

import amity.http.ApiServer;
import amity.kb.KnowledgeBase;
import amity.store.Store;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code amity serve}: the HTTP JSON API and the web UI over a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the HTTP JSON API (see /openapi.json) and the web UI over the store, on 127.0.0.1",
        "unless --host says otherwise. Ctrl-C stops it. POST /api/ingest works only with --allow-ingest",
        "and a bearer token (--token, or $AMITY_TOKEN)."})
final class ServeCommand implements Callable<Integer> {
  @Mixin StoreOption store;

  @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to bind (default ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default ${DEFAULT-VALUE}; 0 for any free port).")
  int port;

  @Option(names = "--allow-ingest", description = "Accept POST /api/ingest from clients that send the token.")
  boolean allowIngest;

  @Option(names = "--token", paramLabel = "T", description = "Bearer token for POST /api/ingest (8 characters or more; default $AMITY_TOKEN).")
  String token;

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    String t = token != null ? token : System.getenv("AMITY_TOKEN");
    if (allowIngest && (t == null || t.isBlank())) {
      throw new IllegalArgumentException("--allow-ingest needs a token: --token T or $AMITY_TOKEN");
    }
    if (!allowIngest && token != null) throw new IllegalArgumentException("--token is only used with --allow-ingest");
    if (allowIngest && t.length() < 8) throw new IllegalArgumentException("--token must be at least 8 characters");
    KnowledgeBase kb = store.kb();
    Store s = store.open();
    if (s.writer().isDirty()) {
      s.writer().refresh(kb);
      // A refresh holds the corpus's mentions and readings for a while; a full GC now lets the
      // JVM give that heap back rather than serve at the refresh's peak resident size.
      System.gc();
    }
    return serve(s, kb, new ApiServer.Options(host, port, allowIngest ? t : null, LocalModels.dir()));
  }

  /**
   * Serves the API and the web UI over an open store until Ctrl-C, printing the address; closes the
   * store when stopped. Also used by {@code amity demo --serve}.
   */
  static int serve(Store s, KnowledgeBase kb, ApiServer.Options options) throws InterruptedException, IOException {
    ApiServer server;
    try {
      server = ApiServer.start(s, kb, options);
    } catch (RuntimeException e) {
      s.close();
      throw new IllegalArgumentException("cannot listen on " + options.host() + ":" + options.port() + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
        s.close();
      } catch (Exception e) {
        System.err.println("amity: while stopping: " + e.getMessage());
      } finally {
        stopped.countDown();
      }
    }, "amity-stop"));
    String host = options.host();
    if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
      System.err.println("amity: warning: listening on " + host + ", reachable from other machines");
    }
    System.out.println("amity: serving " + s.location() + " at " + server.url() + "/ (API: " + server.url() + "/openapi.json; Ctrl-C stops)");
    System.out.println("Web UI: " + server.url() + "/");
    System.out.flush();
    stopped.await();
    return 0;
  }
}
