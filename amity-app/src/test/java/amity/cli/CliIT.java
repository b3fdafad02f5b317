package amity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import amity.testkit.Seeds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Black-box tests of the packaged command line, run as a child process as a user runs it. */
class CliIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path tmp;

  record Run(int exit, String out, String err) {
    List<JsonNode> json() throws Exception {
      List<JsonNode> l = new ArrayList<>();
      for (String line : out.split("\n")) if (!line.isBlank()) l.add(JSON.readTree(line));
      return l;
    }
  }

  static Run amity(String... args) throws Exception {
    Path jar = Path.of("target", "amity.jar").toAbsolutePath();
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-jar", jar.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().remove("AMITY_STORE");
    Path out = Files.createTempFile("amity-out", ".txt");
    Path err = Files.createTempFile("amity-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("amity " + String.join(" ", args) + " did not finish");
    }
    try {
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static Set<String> keys(JsonNode n) {
    Set<String> s = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) s.add(it.next());
    return s;
  }

  @Test
  void seedsGiveTheEventsOfIssueTwoInTheDesignShape() throws Exception {
    Path seeds = Seeds.dir();
    String store = tmp.resolve("s").toString();
    Run ingest = amity("ingest", seeds.toString(), "--store", store, "--json");
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    assertThat(JSON.readTree(ingest.out()).get("added").asInt()).isEqualTo(5);

    Run again = amity("ingest", seeds.toString(), "--store", store, "--json");
    assertThat(JSON.readTree(again.out()).get("added").asInt()).as("idempotent").isZero();
    assertThat(JSON.readTree(again.out()).get("duplicates").asInt()).isEqualTo(5);

    List<JsonNode> events = amity("events", "--store", store, "--json").json();
    assertThat(events).isNotEmpty();
    for (JsonNode e : events) {
      assertThat(keys(e)).containsAll(Set.of("id", "type", "form", "cameo", "mode", "date", "date_end", "actors",
          "countries", "location", "fields", "quantities", "sources", "confidence"));
      for (JsonNode s : e.get("sources")) assertThat(keys(s)).containsAll(Set.of("doc", "file", "lang", "sentence", "start", "end"));
    }
    Set<String> files = new TreeSet<>();
    events.forEach(e -> e.get("sources").forEach(s -> files.add(Path.of(s.get("file").asText()).getFileName().toString().substring(0, 3))));
    assertThat(files).as("events from all five pages").containsExactly("000", "001", "002", "003", "004");
    assertThat(events).anySatisfy(e -> {
      assertThat(e.get("form").asText()).isEqualTo("phone_call");
      assertThat(e.get("date").asText()).isEqualTo("2021-07-27");
      List<String> ids = new ArrayList<>();
      e.get("actors").forEach(a -> ids.add(a.get("entity").asText()));
      assertThat(ids).contains("person:vn/nguyen-phu-trong", "person:cu/miguel-diaz-canel");
    });

    Run between = amity("events", "--store", store, "--json", "--between", "Việt Nam,古巴", "--from", "2021", "--to", "2021-12");
    assertThat(between.json()).isNotEmpty().allSatisfy(e -> assertThat(e.get("date").asText()).startsWith("2021"));

    List<JsonNode> entities = amity("entities", "--store", store, "--json").json();
    for (JsonNode e : entities) assertThat(keys(e)).isEqualTo(Set.of("id", "type", "name", "aliases", "country", "mentions"));
    JsonNode diaz = entities.stream().filter(e -> e.get("id").asText().equals("person:cu/miguel-diaz-canel")).findFirst().orElseThrow();
    List<String> aliases = new ArrayList<>();
    diaz.get("aliases").forEach(a -> aliases.add(a.asText()));
    assertThat(aliases).contains("Miguel Diaz-Canel Bermudez", "Miguel Díaz-Canel Bermudez", "迪亚斯-卡内尔");

    // Recomputing everything gives what the refresh of the ingest gave.
    Run all = amity("reindex", "--all", "--store", store);
    assertThat(all.exit()).as(all.err()).isZero();
    assertThat(all.out()).contains("recomputed " + entities.size() + " entities and " + events.size() + " events", "reindexed 29 stories");
    assertThat(amity("events", "--store", store, "--json").json()).isEqualTo(events);
    assertThat(amity("entities", "--store", store, "--json").json()).isEqualTo(entities);
  }

  @Test
  void storiesSplitAsTheIssueSays() throws Exception {
    Path seeds = Seeds.dir();
    String store = tmp.resolve("s").toString();
    assertThat(amity("ingest", seeds.toString(), "--store", store).exit()).isZero();
    List<JsonNode> stories = amity("stories", "--store", store, "--json").json();
    for (JsonNode s : stories) {
      assertThat(keys(s)).isEqualTo(Set.of("id", "doc", "file", "lang", "kind", "title", "date", "date_basis", "text"));
    }
    Map<String, Long> perFile = stories.stream().collect(Collectors.groupingBy(
        s -> Path.of(s.get("file").asText()).getFileName().toString().substring(0, 3), Collectors.counting()));
    assertThat(perFile).containsEntry("000", 1L).containsEntry("001", 1L).containsEntry("002", 6L)
        .containsEntry("003", 20L).containsEntry("004", 1L);
  }

  @Test
  void badFilesAreNamedAndTheRestIsIngested() throws Exception {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good.txt"), "Talks in Hanoi\n\nHANOI — President Lương Cường met Lao President Thongloun Sisoulith in Hanoi on 5 May 2025.\n");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[5000];
    new java.util.Random(3).nextBytes(noise);
    Files.write(in.resolve("noise.txt"), noise);
    Files.writeString(in.resolve("notes.pdf"), "%PDF-1.4");
    String store = tmp.resolve("s").toString();
    Run r = amity("ingest", in.toString(), "--store", store);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("amity: ")).toList())
        .anyMatch(l -> l.contains("empty.txt: empty file"))
        .anyMatch(l -> l.contains("noise.txt: binary content"))
        .anyMatch(l -> l.contains("notes.pdf"));
    assertThat(r.out()).contains("1 documents added");
    List<JsonNode> events = amity("events", "--store", store, "--json").json();
    assertThat(events).anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2025-05-05"));
  }

  @Test
  void searchFindsOtherLanguagesThroughALinkedEntity() throws Exception {
    String store = tmp.resolve("s").toString();
    assertThat(amity("ingest", Seeds.dir().toString(), "--store", store).exit()).isZero();
    List<JsonNode> hits = amity("search", "迪亚斯-卡内尔", "--store", store, "--json").json();
    Set<String> langs = new TreeSet<>();
    hits.forEach(h -> langs.add(h.get("lang").asText()));
    assertThat(langs).contains("zh", "en", "vi");
    for (JsonNode h : hits) assertThat(keys(h)).containsAll(Set.of("doc", "file", "lang", "title", "snippet", "score"));
  }

  @Test
  void demoPrintsTheTimelineAndTheSummary() throws Exception {
    String store = tmp.resolve("demo").toString();
    Run r = amity("demo", "--store", store);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Việt Nam – Cuba:", "Summary by language", "phone_call", "state_visit");
    assertThat(r.out().strip()).endsWith("Web UI: ./amity demo --serve, or ./amity serve --store " + store + ", then open http://127.0.0.1:8080/");
    for (String lang : List.of("en", "vi", "zh", "es")) assertThat(r.out()).containsPattern("(?m)^  " + lang + " +\\d+ +\\d+ +\\d+$");
    Run timeline = amity("timeline", "Vietnam", "CU", "--store", store);
    assertThat(timeline.out()).contains("events").contains("2025-01-08");
    // A word of a name is no name, but the error says whose it is; a misspelling, what it is near.
    Run castro = amity("timeline", "Castro", "Cuba", "--store", store);
    assertThat(castro.exit()).isNotZero();
    assertThat(castro.err()).contains("no country or entity called 'Castro'; did you mean Fidel Castro Ruz, Raúl Castro Ruz?");
    assertThat(amity("timeline", "Vietnam", "Cubba", "--store", store).err()).contains("'Cubba'; did you mean Cuba");
    // --names: one name per entity in the reader's language.
    Run zh = amity("timeline", "Vietnam", "CU", "--names", "zh", "--store", store);
    assertThat(zh.exit()).as(zh.err()).isZero();
    assertThat(zh.out()).contains("梁强").doesNotContain("Lương Cường");
    assertThat(amity("timeline", "Vietnam", "CU", "--names", "vi", "--store", store).out()).contains("Lương Cường");
  }

  @Test
  void demoServeEndsWithTheAddressOfTheWebUiOverTheSample() throws Exception {
    String store = tmp.resolve("demo-serve").toString();
    Path jar = Path.of("target", "amity.jar").toAbsolutePath();
    ProcessBuilder pb = new ProcessBuilder(javaBin(), "-Xmx1g", "-jar", jar.toString(), "demo", "--serve", "--port", "0", "--store", store);
    pb.environment().remove("AMITY_STORE");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    try {
      String url = null;
      StringBuilder seen = new StringBuilder();
      try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; url == null && (line = out.readLine()) != null; ) {
          seen.append(line).append('\n');
          if (line.startsWith("Web UI: http://127.0.0.1:")) url = line.substring("Web UI: ".length()).strip();
        }
        assertThat(url).as(seen.toString()).isNotNull().matches("http://127\\.0\\.0\\.1:\\d+/");
        assertThat(seen.toString()).contains("Việt Nam – Cuba:", "Summary by language");
        var http = java.net.http.HttpClient.newHttpClient();
        var page = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script type=\"module\" src=\"js/main.js\">");
        var timeline = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "api/timeline?a=VN&b=CU")).build(),
            java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(JSON.readTree(timeline.body()).get("total").asInt()).isGreaterThanOrEqualTo(15);
      }
    } finally {
      p.destroy();
      if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
    }
    assertThat(p.exitValue()).as("stops cleanly on SIGTERM").isIn(0, 143);
  }

  @Test
  void everyCommandHasHelpAndBadOptionsSayWhy() throws Exception {
    for (String c : List.of("ingest", "stories", "entities", "entity", "events", "timeline", "search", "demo")) {
      Run r = amity(c, "--help");
      assertThat(r.exit()).as(c).isZero();
      assertThat(r.out()).as(c).contains("Usage: amity " + c);
    }
    Run bad = amity("events", "--store", tmp.resolve("x").toString(), "--from", "yesterday");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err().strip()).isEqualTo("amity: --from must be a date like 2021, 2021-07 or 2021-07-27: 'yesterday'");
  }
}
