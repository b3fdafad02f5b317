package amity.http;

import static org.assertj.core.api.Assertions.assertThat;

import amity.store.Store;
import amity.store.StoryRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every endpoint against a real server on a random port, with good and bad requests. */
class ApiServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String TOKEN = "s3cret-token-for-tests";

  @TempDir static Path dir;
  static Store store;
  static ApiServer server;
  static ApiServer ingestServer;

  record Res(int status, JsonNode json, HttpResponse<String> raw) {}

  @BeforeAll
  static void start() throws Exception {
    store = SampleStore.open(dir.resolve("s"));
    server = ApiServer.start(store, SampleStore.kb(), new ApiServer.Options("127.0.0.1", 0, null));
    ingestServer = ApiServer.start(store, SampleStore.kb(), new ApiServer.Options("127.0.0.1", 0, TOKEN));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    ingestServer.close();
    store.close();
  }

  static Res get(String pathAndQuery) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery)).GET().build());
  }

  static Res send(HttpRequest r) throws Exception {
    HttpResponse<String> res = HTTP.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode j = null;
    if (res.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) j = JSON.readTree(res.body());
    return new Res(res.statusCode(), j, res);
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static void assertBad(Res r, String reasonPart) {
    assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
    assertThat(r.json().get("error").asText()).contains(reasonPart);
  }

  private static Set<String> keys(JsonNode n) {
    Set<String> s = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) s.add(it.next());
    return s;
  }

  // ------------------------------------------------------------------ events

  @Test
  void eventsAreTheCommandLinesObjectsInAnArrayWithPaging() throws Exception {
    Res all = get("/api/events?limit=1000");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().isArray()).isTrue();
    long total = Long.parseLong(all.raw().headers().firstValue("X-Total-Count").orElseThrow());
    assertThat(all.json().size()).isEqualTo((int) total).isEqualTo(store.events().all().size());
    for (JsonNode e : all.json()) {
      assertThat(keys(e)).containsAll(Set.of("id", "type", "form", "cameo", "mode", "date", "date_end", "actors", "countries",
          "location", "fields", "quantities", "sources", "confidence", "status"));
    }
    Res second = get("/api/events?limit=1&offset=1");
    assertThat(second.json().size()).isEqualTo(1);
    assertThat(second.json().get(0).get("id")).isEqualTo(all.json().get(1).get("id"));

    Res between = get("/api/events?between=" + q("Việt Nam,古巴") + "&from=2024&to=2024-11");
    assertThat(between.status()).isEqualTo(200);
    assertThat(between.json().size()).isPositive();
    for (JsonNode e : between.json()) assertThat(e.get("date").asText()).startsWith("2024");
    Res calls = get("/api/events?type=phone_call");
    assertThat(calls.json()).allSatisfy(e -> assertThat(e.get("form").asText()).isEqualTo("phone_call"));
    Res consult = get("/api/events?type=consult&limit=1000");
    assertThat(consult.json()).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("CONSULT"));
  }

  @Test
  void badEventParametersSayWhy() throws Exception {
    assertBad(get("/api/events?from=yesterday"), "'from' must be a date");
    assertBad(get("/api/events?to=2021-02-30"), "'to' must be a date");
    assertBad(get("/api/events?limit=0"), "'limit' must be between 1 and 1000");
    assertBad(get("/api/events?limit=abc"), "'limit' must be a whole number");
    assertBad(get("/api/events?offset=-1"), "'offset' must be between");
    assertBad(get("/api/events?bogus=1"), "unknown parameter bogus");
    assertBad(get("/api/events?between=Cuba"), "two names separated by a comma");
    assertBad(get("/api/events?between=" + q("Atlantis,Cuba")), "no country or entity called 'Atlantis'");
    assertBad(get("/api/events?type=bombing"), "'type' must be an event type");
    assertBad(get("/api/events?type=AID&type=AGREE"), "given 2 times");
    assertBad(get("/api/events?between="), "'between' is empty");
    assertBad(get("/api/events?between=" + "x".repeat(600)), "longer than 500");
  }

  @Test
  void oneEventByItsIdWithWhereEachSourceWasPublished() throws Exception {
    Res all = get("/api/events?limit=1000");
    JsonNode listed = null;
    for (JsonNode e : all.json()) if (e.get("sources").size() >= 3 && (listed == null)) listed = e;
    assertThat(listed).as("an event with three sources or more").isNotNull();
    Res one = get("/api/events/" + listed.get("id").asText());
    assertThat(one.status()).isEqualTo(200);
    assertThat(keys(one.json())).isEqualTo(keys(listed));
    for (String k : List.of("id", "type", "form", "date", "actors", "countries", "fields", "confidence")) {
      assertThat(one.json().get(k)).as(k).isEqualTo(listed.get(k));
    }
    assertThat(one.json().get("sources")).hasSize(listed.get("sources").size());
    for (int i = 0; i < listed.get("sources").size(); i++) {
      JsonNode src = one.json().get("sources").get(i);
      JsonNode story = get("/api/stories/" + q(src.get("story").asText())).json();
      // The source says where it was published: the story's headline, date and kind; outlet and URL
      // are keys even where the page gave neither (the sample's pages are plain text).
      assertThat(src.get("title")).isEqualTo(story.get("title"));
      assertThat(src.get("date")).isEqualTo(story.get("date"));
      assertThat(src.get("kind")).isEqualTo(story.get("kind"));
      assertThat(src.has("outlet") && src.has("url")).isTrue();
      assertThat(src.get("outlet")).isEqualTo(story.get("outlet"));
      assertThat(src.get("file")).isEqualTo(listed.get("sources").get(i).get("file"));
    }
    Res missing = get("/api/events/ev-0000000000000000");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).contains("no event 'ev-0000000000000000'");
    assertBad(get("/api/events/" + listed.get("id").asText() + "?story=x"), "unknown parameter story");
  }

  @Test
  void anOutletIsTheSiteOfTheUrlElseTheDatelinesAgency() {
    var withUrl = new StoryRepository.StorySource("s", "d", "f", "vi", "main", "t", null, "TTXVN", "https://www.vietnamplus.vn/a/b.html");
    assertThat(withUrl.outlet()).isEqualTo("vietnamplus.vn");
    assertThat(new StoryRepository.StorySource("s", "d", "f", "vi", "main", "t", null, "TTXVN", null).outlet()).isEqualTo("TTXVN");
    assertThat(new StoryRepository.StorySource("s", "d", "f", "vi", "main", "t", null, null, "not a url").outlet()).isNull();
  }

  @Test
  void lookupMatchesAnyWordOfAnyNameRankedExactThenPrefixThenWord() throws Exception {
    Res castro = get("/api/lookup?q=Castro");
    assertThat(castro.status()).isEqualTo(200);
    assertThat(castro.json().get("entities")).extracting(e -> e.get("id").asText())
        .contains("person:cu/fidel-castro", "person:cu/raul-castro");
    assertThat(castro.json().get("did_you_mean")).isEmpty();
    // Folded: case and accents do not matter, and a Chinese name's part after its middle dot is a word.
    assertThat(get("/api/lookup?q=" + q("CASTRÓ")).json().get("entities")).extracting(e -> e.get("id").asText())
        .contains("person:cu/fidel-castro");
    assertThat(get("/api/lookup?q=" + q("卡斯特罗")).json().get("entities")).extracting(e -> e.get("id").asText())
        .contains("person:cu/fidel-castro", "person:cu/raul-castro");
    // "cuba": the country (its name) first, then names that start with it, then names with it as a later word,
    // whatever their mentions.
    List<String> cuba = new ArrayList<>();
    get("/api/lookup?q=cuba&limit=50").json().get("entities").forEach(e -> cuba.add(e.get("id").asText()));
    assertThat(cuba.get(0)).isEqualTo("country:CU");
    assertThat(cuba).contains("org:cu/council-of-state", "org:cu/central-committee");
    assertThat(cuba.indexOf("org:cu/council-of-state")).as("'Cuban Council of State' starts with it").isLessThan(cuba.indexOf("org:cu/central-committee"));
    assertThat(get("/api/entities?q=castro").json()).extracting(e -> e.get("id").asText()).contains("person:cu/fidel-castro");

    Res typo = get("/api/lookup?q=Castor");
    assertThat(typo.json().get("entities")).isEmpty();
    assertThat(typo.json().get("did_you_mean")).extracting(e -> e.get("id").asText()).contains("person:cu/fidel-castro");
    assertThat(get("/api/lookup?q=Xqzwv").json().get("did_you_mean")).isEmpty();
    assertBad(get("/api/lookup"), "'q' is required");
  }

  @Test
  void aNameThatNamesNothingSaysWhatItMayHaveMeant() throws Exception {
    Res timeline = get("/api/timeline?a=Castro&b=Cuba");
    assertBad(timeline, "no country or entity called 'Castro'; did you mean");
    assertThat(timeline.json().get("unknown").asText()).isEqualTo("Castro");
    assertThat(timeline.json().get("did_you_mean")).extracting(e -> e.get("id").asText())
        .contains("person:cu/fidel-castro", "person:cu/raul-castro");
    Res entity = get("/api/entities/" + q("Fidell Castro").replace("+", "%20"));
    assertThat(entity.status()).isEqualTo(404);
    assertThat(entity.json().get("error").asText()).startsWith("no entity 'Fidell Castro'; did you mean");
    assertThat(entity.json().get("did_you_mean").get(0).get("id").asText()).isEqualTo("person:cu/fidel-castro");
    assertThat(get("/api/timeline?a=Atlantis").json().get("did_you_mean")).isEmpty();
  }

  @Test
  void namesInTheReadersLanguage() throws Exception {
    Res zh = get("/api/timeline?a=VN&b=CU&names=zh");
    assertThat(zh.json().get("a").get("name").asText()).isEqualTo("越南");
    assertThat(zh.json().get("b").get("name").asText()).isEqualTo("古巴");
    List<String> actors = new ArrayList<>();
    zh.json().get("events").forEach(e -> e.get("actors").forEach(a -> {
      if (a.get("entity").asText().equals("person:vn/luong-cuong")) actors.add(a.get("name").asText());
    }));
    assertThat(actors).isNotEmpty().containsOnly("梁强");
    // Without names=, names stay as stored.
    assertThat(get("/api/timeline?a=VN&b=CU").json().get("a").get("name").asText()).isEqualTo("Vietnam");
    // Nguyễn Hữu Tâm: no knowledge base entry, first seen as 阮友心; his Vietnamese name is in the store.
    String tam = "/api/entities/person:nguyen-huu-tam";
    assertThat(get(tam).json().get("name").asText()).isEqualTo("阮友心");
    assertThat(get(tam + "?names=vi").json().get("name").asText()).isEqualTo("Nguyễn Hữu Tâm");
    assertThat(get(tam + "?names=zh").json().get("name").asText()).isEqualTo("阮友心");
    assertThat(get(tam + "?names=en").json().get("name").asText()).doesNotContainPattern("\\p{IsHan}");
    for (JsonNode e : get("/api/events?limit=1000&names=vi").json()) {
      for (JsonNode a : e.get("actors")) if (a.get("entity").asText().equals("person:vn/luong-cuong")) assertThat(a.get("name").asText()).isEqualTo("Lương Cường");
    }
    assertThat(get("/api/lookup?q=castro&names=zh").json().get("entities").get(0).get("name").asText()).contains("卡斯特罗");
    assertBad(get("/api/events?names=fr"), "'names' must be a language");
  }

  // ------------------------------------------------------------------ entities

  @Test
  void entitiesByPrefixInAnyScriptAndProfiles() throws Exception {
    Res to = get("/api/entities?q=" + q("to lam"));
    assertThat(to.status()).isEqualTo(200);
    assertThat(to.json().get(0).get("id").asText()).isEqualTo("person:vn/to-lam");
    assertThat(keys(to.json().get(0))).isEqualTo(Set.of("id", "type", "name", "aliases", "country", "mentions"));
    Res han = get("/api/entities?q=" + q("苏"));
    assertThat(han.json()).anySatisfy(e -> assertThat(e.get("id").asText()).isEqualTo("person:vn/to-lam"));
    Res people = get("/api/entities?type=person&limit=5");
    assertThat(people.json()).hasSize(5).allSatisfy(e -> assertThat(e.get("type").asText()).isEqualTo("PERSON"));
    Res all = get("/api/entities");
    assertThat(Long.parseLong(all.raw().headers().firstValue("X-Total-Count").orElseThrow())).isEqualTo(store.entities().all().size());

    Res p = get("/api/entities/person:vn/to-lam");
    assertThat(p.status()).isEqualTo(200);
    assertThat(p.json().get("names").get("zh").get(0).asText()).isEqualTo("苏林");
    assertThat(p.json().get("events_total").asInt()).isEqualTo(p.json().get("events").size()).isPositive();
    assertThat(p.json().get("roles").size()).isPositive();
    Res byName = get("/api/entities/" + q("苏林").replace("+", "%20") + "?events=0");
    assertThat(byName.json().get("id").asText()).isEqualTo("person:vn/to-lam");
    assertThat(byName.json().get("events").size()).isZero();
  }

  @Test
  void badEntityRequests() throws Exception {
    assertBad(get("/api/entities?type=ALIEN"), "PERSON, ORG, GPE or LOC");
    assertBad(get("/api/entities?limit=5000"), "between 1 and 1000");
    assertBad(get("/api/entities?q=a&q=b"), "given 2 times");
    Res none = get("/api/entities/person:xx/nobody");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.json().get("error").asText()).contains("no entity");
    assertBad(get("/api/entities/person:vn/to-lam?events=-1"), "'events' must be between");
  }

  // ------------------------------------------------------------------ search

  @Test
  void searchCrossesLanguagesAndFilters() throws Exception {
    Res vaccine = get("/api/search?q=" + q("vắc xin"));
    assertThat(vaccine.status()).isEqualTo(200);
    Set<String> langs = new TreeSet<>();
    vaccine.json().forEach(h -> langs.add(h.get("lang").asText()));
    assertThat(langs).contains("en");
    for (JsonNode h : vaccine.json()) assertThat(keys(h)).isEqualTo(Set.of("doc", "story", "file", "lang", "title", "snippet", "score"));

    Res name = get("/api/search?q=" + q("迪亚斯-卡内尔") + "&limit=50");
    Set<String> nameLangs = new TreeSet<>();
    name.json().forEach(h -> nameLangs.add(h.get("lang").asText()));
    assertThat(nameLangs).contains("zh", "en", "vi");

    Res onlyVi = get("/api/search?q=" + q("迪亚斯-卡内尔") + "&lang=vi&limit=50");
    assertThat(onlyVi.json()).isNotEmpty().allSatisfy(h -> assertThat(h.get("lang").asText()).isEqualTo("vi"));
    Res laos = get("/api/search?country=LA&limit=50");
    assertThat(laos.json()).isNotEmpty();
    Res calls = get("/api/search?type=phone_call&limit=50");
    assertThat(calls.json()).isNotEmpty();
    Res cuba = get("/api/search?entity=" + q("古巴") + "&from=2025&to=2025-12&limit=50");
    assertThat(cuba.json()).isNotEmpty();
    Res paged = get("/api/search?q=Cuba&limit=2&offset=1");
    assertThat(paged.json().size()).isLessThanOrEqualTo(2);
    assertThat(Long.parseLong(paged.raw().headers().firstValue("X-Total-Count").orElseThrow())).isGreaterThan(2);
  }

  @Test
  void facetsCountEveryHit() throws Exception {
    Res all = get("/api/search/facets");
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().get("hits").asLong()).isEqualTo(store.stories().all().size());
    JsonNode f = all.json().get("facets");
    int byLang = 0;
    for (JsonNode n : f.get("lang")) byLang += n.asInt();
    assertThat(byLang).isEqualTo(store.stories().all().size());
    assertThat(f.get("lang").has("zh")).isTrue();
    assertThat(f.get("country").has("CU")).isTrue();
    assertThat(f.get("type").has("CONSULT")).isTrue();
    assertThat(f.get("form").has("phone_call")).isTrue();
    assertThat(f.get("type").has("phone_call")).isFalse();
    assertThat(f.get("year").has("2025")).isTrue();
    Res vi = get("/api/search/facets?q=Cuba&lang=vi&top=3");
    assertThat(vi.json().get("facets").get("lang").size()).isEqualTo(1);
    assertThat(vi.json().get("facets").get("country").size()).isLessThanOrEqualTo(3);
    assertThat(vi.json().get("hits").asLong())
        .isEqualTo(Long.parseLong(get("/api/search?q=Cuba&lang=vi").raw().headers().firstValue("X-Total-Count").orElseThrow()));
    assertBad(get("/api/search/facets?top=0"), "'top' must be between 1 and 500");
    assertBad(get("/api/search/facets?field=" + q("food security")), "'field' must be a field key");
  }

  @Test
  void searchFiltersByFieldAsTheFacetCounts() throws Exception {
    JsonNode fields = get("/api/search/facets").json().get("facets").get("field");
    assertThat(fields.has("food_security")).isTrue();
    int expected = fields.get("food_security").asInt();
    Res hits = get("/api/search?field=food_security&limit=200");
    assertThat(hits.status()).isEqualTo(200);
    assertThat(hits.json().size()).isEqualTo(expected);
    assertThat(hits.raw().headers().firstValue("X-Total-Count")).hasValue(Integer.toString(expected));
    Res facets = get("/api/search/facets?field=food_security");
    assertThat(facets.json().get("hits").asInt()).isEqualTo(expected);
    assertThat(facets.json().get("facets").get("field").get("food_security").asInt()).isEqualTo(expected);
    // With a query, the field narrows its hits.
    long cuba = get("/api/search?q=Cuba&limit=200").json().size();
    Res cubaFood = get("/api/search?q=Cuba&field=food_security&limit=200");
    assertThat(cubaFood.json().size()).isPositive().isLessThan((int) cuba);
    assertThat(get("/api/search?field=no_such_field").json()).isEmpty();
    assertBad(get("/api/search?field=Health!"), "'field' must be a field key");
    assertBad(get("/api/search/facets?limit=3"), "unknown parameter limit");
  }

  @Test
  void badSearches() throws Exception {
    assertBad(get("/api/search"), "'q' is required unless a filter");
    assertBad(get("/api/search?q=x&lang=" + q("1!")), "language tag");
    assertBad(get("/api/search?q=x&country=CUB"), "ISO 3166 alpha-2");
    assertBad(get("/api/search?q=x&from=soon"), "'from' must be a date");
    assertBad(get("/api/search?q=x&entity=Atlantis"), "no country or entity called 'Atlantis'");
    assertBad(get("/api/search?q=x&limit=1000"), "between 1 and 200");
    assertBad(get("/api/search?q=x&sort=date"), "unknown parameter sort");
  }

  // ------------------------------------------------------------------ stories

  @Test
  void aStoryCarriesItsPageWithOffsetsThatPointAtTheText() throws Exception {
    String id = null;
    for (var s : store.stories().all()) if (s.file().contains("05_vi")) id = s.id();
    Res r = get("/api/stories/" + id);
    assertThat(r.status()).isEqualTo(200);
    JsonNode s = r.json();
    String doc = s.get("document_text").asText();
    assertThat(s.get("lines").size()).isPositive();
    for (JsonNode l : s.get("lines")) assertThat(l.get("end").asInt()).isBetween(l.get("start").asInt(), doc.length());
    // The story's text is the page text at its origin ranges, once the whitespace between them is joined.
    StringBuilder fromOrigin = new StringBuilder();
    int last = -1;
    for (JsonNode o : s.get("origin")) {
      assertThat(o.get("start").asInt()).isGreaterThan(last).isLessThan(o.get("end").asInt());
      assertThat(o.get("end").asInt()).isLessThanOrEqualTo(doc.length());
      last = o.get("end").asInt();
      fromOrigin.append(doc, o.get("start").asInt(), last).append(' ');
    }
    assertThat(s.get("origin").size()).isPositive();
    assertThat(fromOrigin.toString().replaceAll("\\s+", "")).contains(s.get("text").asText().replaceAll("\\s+", ""));
    assertThat(s.get("mentions").size()).isPositive();
    for (JsonNode m : s.get("mentions")) {
      assertThat(doc.substring(m.get("start").asInt(), m.get("end").asInt())).isEqualTo(m.get("surface").asText());
    }
    assertThat(s.get("events").size()).isPositive();
    for (JsonNode e : s.get("events")) {
      for (JsonNode src : e.get("sources")) {
        if (src.get("story").asText().equals(id)) {
          assertThat(doc.substring(src.get("start").asInt(), src.get("end").asInt())).isEqualTo(src.get("sentence").asText());
        }
      }
    }
    assertThat(get("/api/stories/nope-0").status()).isEqualTo(404);
    assertBad(get("/api/stories/" + id + "?x=1"), "unknown parameter x");
  }

  // ------------------------------------------------------------------ timeline, network, fields

  @Test
  void timelineNetworkAndFields() throws Exception {
    Res t = get("/api/timeline?a=" + q("Việt Nam") + "&b=" + q("古巴"));
    assertThat(t.status()).isEqualTo(200);
    assertThat(t.json().get("total").asInt()).isEqualTo(t.json().get("events").size()).isPositive();
    assertThat(t.json().get("a").get("countries").get(0).asText()).isEqualTo("VN");
    // The label as typed, the name as the knowledge base gives it.
    assertThat(t.json().get("b").get("label").asText()).isEqualTo("古巴");
    assertThat(t.json().get("b").get("name").asText()).isEqualTo("Cuba");
    Res one = get("/api/timeline?a=" + q("苏林"));
    assertThat(one.json().get("a").get("name").asText()).isEqualTo("Tô Lâm");
    assertThat(one.json().get("b").isNull()).isTrue();
    assertThat(one.json().get("total").asInt()).isPositive();

    Res n = get("/api/network?entity=" + q("To Lam"));
    assertThat(n.status()).isEqualTo(200);
    assertThat(n.json().get("center").get(0).asText()).isEqualTo("person:vn/to-lam");
    List<String> nodes = new ArrayList<>();
    n.json().get("nodes").forEach(x -> nodes.add(x.get("id").asText()));
    assertThat(nodes).contains("person:vn/to-lam", "person:cu/miguel-diaz-canel");
    assertThat(n.json().get("edges")).anySatisfy(e -> {
      assertThat(Set.of(e.get("source").asText(), e.get("target").asText())).contains("person:vn/to-lam", "person:cu/miguel-diaz-canel");
      assertThat(e.get("weight").asInt()).isPositive();
    });

    Res f = get("/api/fields?a=VN&b=CU");
    assertThat(f.status()).isEqualTo(200);
    List<String> months = new ArrayList<>();
    f.json().get("months").forEach(m -> months.add(m.get("month").asText()));
    assertThat(months).isNotEmpty().isSorted().allSatisfy(m -> assertThat(m).matches("\\d{4}-\\d{2}"));
    assertThat(f.json().get("months")).anySatisfy(m -> assertThat(m.get("fields").size()).isPositive());
  }

  @Test
  void badTimelineNetworkAndFields() throws Exception {
    assertBad(get("/api/timeline"), "'a' is required");
    assertBad(get("/api/timeline?a=Atlantis"), "no country or entity called 'Atlantis'");
    assertBad(get("/api/timeline?a=VN&limit=6000"), "between 1 and 5000");
    assertBad(get("/api/network"), "'entity' is required");
    assertBad(get("/api/network?entity=VN&limit=1"), "between 2 and 500");
    assertBad(get("/api/fields?a=VN&b=Atlantis"), "no country or entity called 'Atlantis'");
    assertBad(get("/api/fields?a=VN&from=2025-13"), "'from' must be a date");
  }

  // ------------------------------------------------------------------ timeline filters and exports

  private static final String VN_CU = "a=" + q("Việt Nam") + "&b=Cuba";

  private static List<JsonNode> timelineEvents(String query) throws Exception {
    Res r = get("/api/timeline?" + query + "&limit=5000");
    assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    List<JsonNode> out = new ArrayList<>();
    r.json().get("events").forEach(out::add);
    assertThat(r.json().get("total").asInt()).isEqualTo(out.size());
    return out;
  }

  private static List<String> ids(List<JsonNode> events) {
    return events.stream().map(e -> e.get("id").asText()).toList();
  }

  private static boolean hasSourceIn(JsonNode e, String lang) {
    for (JsonNode s : e.get("sources")) if (s.get("lang").asText().equals(lang)) return true;
    return false;
  }

  /** Each filter gives exactly the events of the unfiltered timeline that meet it, in the same order. */
  @Test
  void timelineFiltersByClassFormLanguageStatusAndMonth() throws Exception {
    List<JsonNode> all = timelineEvents(VN_CU);
    assertThat(all).hasSizeGreaterThan(10);
    Set<String> meetingForms = amity.event.Forms.ofClass("meeting");
    Map<String, java.util.function.Predicate<JsonNode>> filters = new LinkedHashMap<>();
    filters.put("class=meeting", e -> meetingForms.contains(e.get("form").asText()));
    filters.put("class=call", e -> e.get("form").asText().endsWith("_call") && !e.get("form").asText().equals("courtesy_call")
        && !e.get("form").asText().equals("farewell_call"));
    filters.put("form=state_visit", e -> e.get("form").asText().equals("state_visit"));
    filters.put("lang=zh", e -> hasSourceIn(e, "zh"));
    filters.put("lang=es", e -> hasSourceIn(e, "es"));
    filters.put("status=planned", e -> e.get("status").asText().equals("planned"));
    filters.put("status=reported", e -> e.get("status").asText().equals("reported"));
    filters.put("month=2025-04", e -> e.get("date").asText().startsWith("2025-04"));
    filters.put("type=CONSULT&lang=vi", e -> e.get("type").asText().equals("CONSULT") && hasSourceIn(e, "vi"));
    filters.put("class=visit&form=phone_call", e -> false);
    filters.put("field=energy", e -> hasField(e, "energy"));
    filters.put("field=agriculture&lang=zh", e -> hasField(e, "agriculture") && hasSourceIn(e, "zh"));
    for (var f : filters.entrySet()) {
      List<String> expected = ids(all.stream().filter(f.getValue()).toList());
      assertThat(ids(timelineEvents(VN_CU + "&" + f.getKey()))).as(f.getKey()).isEqualTo(expected);
      Res events = get("/api/events?between=" + q("Việt Nam,Cuba") + "&limit=1000&" + f.getKey());
      List<JsonNode> got = new ArrayList<>();
      events.json().forEach(got::add);
      assertThat(ids(got)).as("/api/events " + f.getKey()).isEqualTo(expected);
    }
    // The sample has events of each kind, so that the filters above are not all trivially empty or full.
    assertThat(all).anySatisfy(e -> assertThat(e.get("status").asText()).isEqualTo("planned"))
        .anySatisfy(e -> assertThat(hasSourceIn(e, "zh")).isFalse())
        .anySatisfy(e -> assertThat(e.get("form").asText()).isEqualTo("state_visit"))
        .anySatisfy(e -> assertThat(meetingForms).doesNotContain(e.get("form").asText()))
        .anySatisfy(e -> assertThat(hasField(e, "energy")).isTrue())
        .anySatisfy(e -> assertThat(hasField(e, "energy")).isFalse());
    assertThat(get("/api/timeline?" + VN_CU + "&field=" + q("Energy; DROP")).status()).isEqualTo(400);
  }

  private static boolean hasField(JsonNode e, String field) {
    for (JsonNode f : e.path("fields")) if (f.asText().equals(field)) return true;
    return false;
  }

  /** The map counts the events of a view by the countries they involve and the places they took place at; a country picked narrows the view. */
  @Test
  void theMapCountsTheEventsOfAViewByCountryAndPlace() throws Exception {
    for (String view : List.of("a=VN", "a=VN&lang=zh", VN_CU + "&class=meeting", "a=Cuba&status=planned")) {
      List<JsonNode> events = timelineEvents(view);
      Map<String, Integer> byCountry = new java.util.TreeMap<>();
      Map<String, Integer> byPlace = new java.util.TreeMap<>();
      for (JsonNode e : events) {
        Set<String> cs = new java.util.TreeSet<>();
        e.get("countries").forEach(c -> cs.add(c.asText()));
        cs.forEach(c -> byCountry.merge(c, 1, Integer::sum));
        if (e.path("location").path("entity").isTextual()) byPlace.merge(e.get("location").get("entity").asText(), 1, Integer::sum);
      }
      Res r = get("/api/map?" + view);
      assertThat(r.status()).as(view).isEqualTo(200);
      assertThat(r.json().get("events").asInt()).as(view).isEqualTo(events.size());
      Map<String, Integer> got = new java.util.TreeMap<>();
      r.json().get("countries").forEach(c -> got.put(c.get("country").asText(), c.get("events").asInt()));
      assertThat(got).as(view).isEqualTo(byCountry);
      Map<String, Integer> places = new java.util.TreeMap<>();
      r.json().get("places").forEach(c -> places.put(c.get("entity").asText(), c.get("events").asInt()));
      assertThat(places).as(view).isEqualTo(byPlace);
    }
    Res vn = get("/api/map?a=VN&names=en");
    JsonNode cuba = null;
    for (JsonNode c : vn.json().get("countries")) if (c.get("country").asText().equals("CU")) cuba = c;
    assertThat(cuba).isNotNull();
    assertThat(cuba.get("iso_numeric").asText()).isEqualTo("192");
    assertThat(cuba.get("name").asText()).isEqualTo("Cuba");
    // A place is given with its country (none for a region such as the Mekong) and no coordinates.
    assertThat(vn.json().get("places")).isNotEmpty().allSatisfy(p -> {
      assertThat(p.get("coordinates").isNull()).isTrue();
      if (!p.get("country").isNull()) assertThat(p.get("iso_numeric").asText()).matches("\\d{3}");
    }).anySatisfy(p -> assertThat(p.get("entity").asText()).isEqualTo("city:la/vientiane"))
        .anySatisfy(p -> assertThat(p.get("country").asText()).isEqualTo("LA"));
    // Every event of the store without a; b needs a.
    assertThat(get("/api/map").json().get("events").asInt()).isEqualTo(get("/api/events?limit=1").raw().headers().firstValue("X-Total-Count").map(Integer::parseInt).orElseThrow());
    assertBad(get("/api/map?b=CU"), "parameter 'b' needs 'a'");

    // country=: the events that also involve that country, on the timeline, events and export alike.
    List<JsonNode> all = timelineEvents("a=VN");
    List<String> withCuba = ids(all.stream().filter(e -> e.get("countries").toString().contains("\"CU\"")).toList());
    assertThat(withCuba).isNotEmpty().hasSizeLessThan(all.size());
    assertThat(ids(timelineEvents("a=VN&country=CU"))).isEqualTo(withCuba);
    assertThat(ids(timelineEvents("a=VN&country=cu"))).isEqualTo(withCuba);
    List<JsonNode> got = new ArrayList<>();
    get("/api/events?limit=1000&country=CU").json().forEach(got::add);
    assertThat(got).isNotEmpty().allSatisfy(e -> assertThat(e.get("countries").toString()).contains("\"CU\""));
    assertThat(get("/api/export/events?a=VN&country=CU").raw().headers().firstValue("Content-Disposition").orElseThrow()).contains("_CU");
    assertBad(get("/api/timeline?a=VN&country=Cuba"), "ISO 3166 alpha-2");
  }

  /** One list of forms by class: Forms, served to the UI. */
  @Test
  void formsAreServedByClass() throws Exception {
    Res r = get("/api/forms");
    assertThat(r.status()).isEqualTo(200);
    List<String> classes = new ArrayList<>();
    r.json().get("classes").fieldNames().forEachRemaining(classes::add);
    assertThat(classes).isEqualTo(amity.event.Forms.CLASSES);
    for (String c : classes) {
      Set<String> forms = new java.util.TreeSet<>();
      r.json().get("classes").get(c).forEach(f -> forms.add(f.asText()));
      assertThat(forms).as(c).isEqualTo(amity.event.Forms.ofClass(c));
    }
    Set<String> all = new java.util.TreeSet<>();
    r.json().get("forms").fieldNames().forEachRemaining(all::add);
    assertThat(all).isEqualTo(new java.util.TreeSet<>(amity.event.Forms.all()));
    assertThat(r.json().get("forms").get("phone_call").get("class").asText()).isEqualTo("call");
    assertThat(r.json().get("forms").get("letter").get("class").isNull()).isTrue();
    assertThat(r.json().get("forms").get("aid").get("type").asText()).isEqualTo("AID");
  }

  @Test
  void badTimelineFilters() throws Exception {
    assertBad(get("/api/timeline?" + VN_CU + "&class=party"), "must be a class of event (visit, meeting, call, agreement, aid)");
    assertBad(get("/api/timeline?" + VN_CU + "&form=CONSULT"), "'form' must be a form");
    assertBad(get("/api/timeline?" + VN_CU + "&status=rumoured"), "must be planned or reported");
    assertBad(get("/api/events?month=2025-13"), "must be a month like 2025-04");
    assertBad(get("/api/events?lang=Chinese"), "must be a language tag");
    assertBad(get("/api/export/events?" + VN_CU + "&format=xlsx"), "must be csv or json");
    assertBad(get("/api/export/events?b=Cuba"), "'b' needs 'a'");
    assertBad(get("/api/export/stories"), "'q' is required unless a filter");
  }

  /** The CSV and JSON exports of a filtered timeline hold its events, all of them, in its order, named in the language asked. */
  @Test
  void theExportOfATimelineHoldsItsEventsAndIsNamedByItsFilters() throws Exception {
    String query = VN_CU + "&class=meeting&lang=vi&names=vi";
    List<JsonNode> shown = timelineEvents(query);
    assertThat(shown).hasSizeGreaterThan(2);

    Res csv = get("/api/export/events?" + query + "&format=csv");
    assertThat(csv.status()).as(csv.raw().body()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").contains("charset=utf-8");
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;").contains("filename=\"amity-events_VN-CU_meeting_vi.csv\"");
    List<List<String>> rows = CsvRows.parse(csv.raw().body());
    assertThat(rows.get(0)).isEqualTo(amity.export.Exporter.columns(amity.export.Exporter.Table.EVENTS));
    List<String> header = rows.get(0);
    assertThat(rows).hasSize(shown.size() + 1);
    for (int i = 0; i < shown.size(); i++) {
      JsonNode e = shown.get(i);
      List<String> row = rows.get(i + 1);
      assertThat(row).hasSize(header.size());
      assertThat(row.get(header.indexOf("id"))).isEqualTo(e.get("id").asText());
      assertThat(row.get(header.indexOf("date"))).isEqualTo(e.get("date").isNull() ? "" : e.get("date").asText());
      assertThat(row.get(header.indexOf("form"))).isEqualTo(e.get("form").asText());
      assertThat(row.get(header.indexOf("status"))).isEqualTo(e.get("status").asText());
      List<String> names = new ArrayList<>();
      e.get("actors").forEach(a -> names.add(a.get("name").asText()));
      assertThat(row.get(header.indexOf("actor_names"))).isEqualTo(String.join("|", names));
      assertThat(row.get(header.indexOf("languages")).split("\\|")).contains("vi");
    }
    // Names in Vietnamese, as the timeline asked with names=vi shows them.
    assertThat(csv.raw().body()).contains("Lương Cường").doesNotContain("Luong Cuong");
    assertThat(get("/api/export/events?" + VN_CU + "&class=meeting&lang=vi&names=en").raw().body()).contains("Luong Cuong");

    Res json = get("/api/export/events?" + query + "&format=json");
    assertThat(json.raw().headers().firstValue("Content-Disposition").orElse("")).contains("amity-events_VN-CU_meeting_vi.json");
    assertThat(ids(toList(json.json()))).isEqualTo(ids(shown));
    assertThat(json.json().get(0)).isEqualTo(shown.get(0));

    // A name in another script stays in the UTF-8 name; the plain one keeps what ASCII can hold.
    Res zh = get("/api/export/events?a=" + q("苏林") + "&month=2025-04");
    assertThat(zh.status()).isEqualTo(200);
    assertThat(zh.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("filename=\"amity-events__2025-04.csv\"").contains("filename*=UTF-8''amity-events_%E8%8B%8F%E6%9E%97_2025-04.csv");
  }

  @Test
  void theExportOfASearchHoldsEveryStoryItFinds() throws Exception {
    Res all = get("/api/search?q=Cuba&limit=200");
    List<JsonNode> hits = toList(all.json());
    assertThat(hits).hasSizeGreaterThan(5);
    Res csv = get("/api/export/stories?q=Cuba");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse("")).contains("filename=\"amity-stories_Cuba.csv\"");
    List<List<String>> rows = CsvRows.parse(csv.raw().body());
    assertThat(rows.get(0)).containsExactly("story", "doc", "file", "lang", "title", "snippet", "score");
    assertThat(rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList())
        .isEqualTo(hits.stream().map(h -> h.get("story").asText()).toList());
    assertThat(rows.get(1).get(4)).isEqualTo(hits.get(0).get("title").asText());
    Res json = get("/api/export/stories?q=Cuba&lang=zh&format=json");
    assertThat(json.raw().headers().firstValue("Content-Disposition").orElse("")).contains("amity-stories_Cuba_zh.json");
    assertThat(json.json()).isEqualTo(get("/api/search?q=Cuba&lang=zh&limit=200").json());
  }

  private static List<JsonNode> toList(JsonNode array) {
    List<JsonNode> out = new ArrayList<>();
    array.forEach(out::add);
    return out;
  }

  // ------------------------------------------------------------------ OpenAPI, errors, static files

  @Test
  void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
    Res r = get("/openapi.json");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("openapi").asText()).startsWith("3.");
    Set<String> paths = new TreeSet<>();
    r.json().get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).containsAll(List.of("/api/events", "/api/events/{id}", "/api/lookup", "/api/entities", "/api/entities/{id}", "/api/search", "/api/stories/{id}",
        "/api/timeline", "/api/network", "/api/fields", "/api/stats", "/api/ingest", "/openapi.json", "/api/search/facets",
        "/api/export/events", "/api/export/stories", "/api/map", "/api/forms"));
    // Every $ref resolves.
    Set<String> schemas = new TreeSet<>();
    r.json().get("components").get("schemas").fieldNames().forEachRemaining(schemas::add);
    List<String> refs = new ArrayList<>();
    r.json().findValues("$ref").forEach(x -> refs.add(x.asText()));
    assertThat(refs).isNotEmpty().allSatisfy(ref -> assertThat(schemas).contains(ref.substring("#/components/schemas/".length())));
    // Every documented GET answers, and its documented parameters are accepted.
    for (String p : paths) {
      JsonNode get = r.json().get("paths").get(p).get("get");
      if (get == null || p.contains("{")) continue;
      List<String> required = new ArrayList<>();
      if (get.has("parameters")) get.get("parameters").forEach(x -> { if (x.get("required").asBoolean()) required.add(x.get("name").asText()); });
      StringBuilder query = new StringBuilder(p.equals("/api/search") || p.equals("/api/export/stories") ? "?q=Cuba" : "");
      for (String name : required) query.append(query.length() == 0 ? "?" : "&").append(name).append("=VN");
      assertThat(get(p + query).status()).as(p).isEqualTo(200);
    }
  }

  @Test
  void unknownRoutesAndMethodsAnswerJson() throws Exception {
    Res api = get("/api/nothing");
    assertThat(api.status()).isEqualTo(404);
    assertThat(api.json().get("error").asText()).isNotBlank();
    Res page = get("/nothing.html");
    assertThat(page.status()).isEqualTo(404);
    assertThat(page.json().get("error").asText()).isNotBlank();
    Res post = send(HttpRequest.newBuilder(URI.create(server.url() + "/api/events")).POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertThat(post.status()).isIn(404, 405);
    assertThat(post.json().get("error").asText()).isNotBlank();
  }

  @Test
  void theUiIsServedAtTheRoot() throws Exception {
    Res r = get("/");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.raw().body()).contains("<title>amity</title>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
      "/%2e%2e%2f%2e%2e%2fsimplelogger.properties", "/../amity/http/openapi.json", "/simplelogger.properties",
      "/amity/cli/Main.class", "/amity/web/index.html", "/./../pom.xml", "/%c0%ae%c0%ae/etc/passwd", "/..\\..\\etc\\passwd"})
  void noFileOutsideTheWebFolderIsServed(String path) throws Exception {
    String raw = rawGet(path);
    String status = raw.lines().findFirst().orElse("");
    assertThat(status).as(path).doesNotContain(" 200 ");
    assertThat(raw).doesNotContain("root:").doesNotContain("simpleLogger").doesNotContain("\"openapi\"");
  }

  /** Sends the path as is: no client normalises the dots away. */
  private static String rawGet(String path) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  // ------------------------------------------------------------------ ingest

  static HttpRequest.Builder ingest(ApiServer to, String query) {
    return HttpRequest.newBuilder(URI.create(to.url() + "/api/ingest" + query)).header("Content-Type", "text/plain; charset=utf-8");
  }

  @Test
  void ingestNeedsTheFlagAndTheToken() throws Exception {
    String page = "Lao leader visits Hanoi\n\nHANOI — Lao President Thongloun Sisoulith met President Lương Cường in Hanoi on 5 May 2025.\n";
    Res off = send(ingest(server, "").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertThat(off.status()).isEqualTo(403);
    assertThat(off.json().get("error").asText()).contains("--allow-ingest");
    Res none = send(ingest(ingestServer, "").POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertThat(none.status()).isEqualTo(401);
    Res wrong = send(ingest(ingestServer, "").header("Authorization", "Bearer wrong-token-x").POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertThat(wrong.status()).isEqualTo(401);
    Res empty = send(ingest(ingestServer, "").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString("")).build());
    assertBad(empty, "body is empty");
    Res badFormat = send(ingest(ingestServer, "?format=pdf").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertBad(badFormat, "'format' must be text or html");

    Res ok = send(ingest(ingestServer, "?file=lao.txt").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertThat(ok.status()).as(ok.raw().body()).isEqualTo(200);
    assertThat(ok.json().get("added").asInt()).isEqualTo(1);
    Res again = send(ingest(ingestServer, "?file=lao.txt").header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.ofString(page)).build());
    assertThat(again.json().get("added").asInt()).isZero();
    assertThat(again.json().get("duplicates").asInt()).isEqualTo(1);
    ingestServer.awaitRefresh();
    Res events = get("/api/events?from=2025-05-05&to=2025-05-05");
    assertThat(events.json()).anySatisfy(e -> assertThat(e.get("date").asText()).isEqualTo("2025-05-05"));
  }
}
