package amity.http;

import static org.assertj.core.api.Assertions.assertThat;

import amity.cli.IngestAccess;
import amity.store.Store;
import amity.store.StoryRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No API answer tells where the server keeps its files: the sample corpus is ingested from an
 * absolute folder, as {@code amity demo --store /abs/dir} does, and every endpoint that {@code
 * /openapi.json} documents is asked, over every event, entity and story, and searched for that
 * folder and for any absolute path.
 */
class NoAbsolutePathTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir static Path dir;
  static Path corpus;
  static Store store;
  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    corpus = dir.resolve("sample-corpus").toAbsolutePath();
    IngestAccess.writeSample(corpus);
    IngestAccess.Result r = IngestAccess.ingest(SampleStore.kb(), corpus, dir.resolve("store"));
    assertThat(r.added()).isGreaterThan(20);
    store = Store.open(dir.resolve("store"));
    server = ApiServer.start(store, SampleStore.kb(), new ApiServer.Options("127.0.0.1", 0, null));
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) server.close();
    if (store != null) store.close();
  }

  @Test
  void ingestStoresFilesRelativeToTheFolderIngested() throws Exception {
    List<StoryRow> stories = store.stories().all();
    assertThat(stories).isNotEmpty().allSatisfy(s -> assertThat(s.file()).startsWith("sample-corpus/").doesNotContain(dir.toString()));
    assertThat(stories).anySatisfy(s -> assertThat(s.file()).isEqualTo("sample-corpus/01_en_vn-cu-state-visit.txt"));
  }

  @Test
  void noAnswerOfAnyEndpointHoldsAnAbsolutePath() throws Exception {
    Map<String, List<String>> asked = new LinkedHashMap<>();
    BiConsumer<String, String> ask = (documented, request) -> asked.computeIfAbsent(documented, k -> new ArrayList<>()).add(request);
    JsonNode events = get("/api/events?limit=1000");
    JsonNode entities = get("/api/entities?limit=1000");
    ask.accept("/api/events", "/api/events?limit=1000");
    ask.accept("/api/events", "/api/events?between=" + q("Việt Nam,Cuba"));
    events.forEach(e -> ask.accept("/api/events/{id}", "/api/events/" + q(e.get("id").asText())));
    ask.accept("/api/entities", "/api/entities?limit=1000");
    ask.accept("/api/entities", "/api/entities?q=cuba");
    entities.forEach(e -> ask.accept("/api/entities/{id}", "/api/entities/" + e.get("id").asText()));
    ask.accept("/api/entities/{id}", "/api/entities/" + q("Castor"));
    ask.accept("/api/lookup", "/api/lookup?q=Castro");
    ask.accept("/api/lookup", "/api/lookup?q=Castor");
    ask.accept("/api/search", "/api/search?q=Cuba&limit=200");
    ask.accept("/api/search", "/api/search?lang=zh&limit=200");
    ask.accept("/api/search/facets", "/api/search/facets?q=Cuba");
    store.stories().all().forEach(s -> ask.accept("/api/stories/{id}", "/api/stories/" + q(s.id())));
    ask.accept("/api/timeline", "/api/timeline?a=" + q("Việt Nam") + "&b=Cuba");
    ask.accept("/api/timeline", "/api/timeline?a=Castro");
    ask.accept("/api/network", "/api/network?entity=Cuba");
    ask.accept("/api/fields", "/api/fields?a=VN&b=CU");
    ask.accept("/api/stats", "/api/stats");
    ask.accept("/api/map", "/api/map");
    ask.accept("/api/map", "/api/map?a=VN&country=CU");
    ask.accept("/api/forms", "/api/forms");
    ask.accept("/api/export/events", "/api/export/events?format=json");
    ask.accept("/api/export/stories", "/api/export/stories?q=Cuba&format=json");
    ask.accept("/openapi.json", "/openapi.json");

    // Every GET the API documents is asked; a new endpoint has to be added here.
    Set<String> documented = new TreeSet<>();
    get("/openapi.json").get("paths").fields().forEachRemaining(p -> {
      if (p.getValue().has("get")) documented.add(p.getKey());
    });
    assertThat(asked.keySet()).containsExactlyInAnyOrderElementsOf(documented);

    int files = 0;
    for (List<String> requests : asked.values()) {
      for (String r : requests) {
        HttpResponse<String> res = send(r);
        assertThat(res.statusCode()).as(r).isIn(200, 400, 404);
        assertThat(res.body()).as(r).doesNotContain(dir.toString()).doesNotContain(corpus.toString());
        List<String> found = new ArrayList<>();
        files += absolutePaths(JSON.readTree(res.body()), found);
        assertThat(found).as(r).isEmpty();
      }
    }
    assertThat(files).as("file fields seen").isGreaterThan(100);
    // The CSV of stories has a file column too.
    HttpResponse<String> csv = send("/api/export/stories?q=Cuba");
    assertThat(csv.body()).contains("sample-corpus/").doesNotContain(dir.toString()).doesNotContain(corpus.toString());
  }

  @Test
  void answersFromAStoreThatHoldsAbsolutePathsShowThemRelative() {
    assertThat(ShownPaths.relative("[{\"sources\":[{\"file\":\"/srv/crawl/2025/page.html\"}]}]"))
        .isEqualTo("[{\"sources\":[{\"file\":\"2025/page.html\"}]}]");
    assertThat(ShownPaths.relative("{\"file\":\"C:\\\\data\\\\news\\\\a.warc.gz#record-3\"}")).isEqualTo("{\"file\":\"news/a.warc.gz#record-3\"}");
    String clean = "{\"file\":\"sample-corpus/a.txt\",\"sentence\":\"/ not a path\"}";
    assertThat(ShownPaths.relative(clean)).isSameAs(clean);
  }

  /** Counts "file" values and collects those (and any other value) that look like absolute paths. */
  private static int absolutePaths(JsonNode n, List<String> found) {
    int files = 0;
    if (n.isObject()) {
      for (var it = n.fields(); it.hasNext(); ) {
        var f = it.next();
        if (f.getKey().equals("file") && f.getValue().isTextual()) {
          files++;
          String v = f.getValue().asText();
          if (v.startsWith("/") || v.matches("^[A-Za-z]:[\\\\/].*") || v.startsWith("file:")) found.add(v);
        }
        files += absolutePaths(f.getValue(), found);
      }
    } else if (n.isArray()) {
      for (JsonNode x : n) files += absolutePaths(x, found);
    }
    return files;
  }

  private static JsonNode get(String path) throws Exception {
    HttpResponse<String> res = send(path);
    assertThat(res.statusCode()).as(path).isEqualTo(200);
    return JSON.readTree(res.body());
  }

  private static HttpResponse<String> send(String path) {
    try {
      return HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(path + ": " + e, e);
    }
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
