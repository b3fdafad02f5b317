package amity.http;

import amity.decode.TextDecoder;
import amity.event.Forms;
import amity.export.Exporter;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.kb.Role;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.StoryFailure;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.query.DisplayNames;
import amity.query.Queries;
import amity.query.SearchHit;
import amity.query.Target;
import amity.query.UnknownName;
import amity.store.EntityRepository;
import amity.store.EventFilter;
import amity.store.Json;
import amity.store.ResultPage;
import amity.store.Store;
import amity.store.StoreException;
import amity.store.StoryRepository;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP JSON API over a store, with the web UI's static files ({@code amity/web/} on the
 * classpath) at {@code /}. Binds 127.0.0.1 unless told otherwise. Every parameter is checked; a
 * bad one gets 400 and {@code {"error": reason}}, an unknown route 404 in the same shape.
 * Ingest over HTTP is refused unless enabled with a bearer token.
 *
 * <pre>{@code
 * try (ApiServer s = ApiServer.start(store, kb, new ApiServer.Options("127.0.0.1", 8080, null))) {
 *   s.port();
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests run in parallel on Jetty's threads; the store serialises writes.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String JSON = "application/json; charset=utf-8";
  /** Events in an entity profile unless told. */
  private static final int PROFILE_EVENTS = 100;

  /**
   * How to serve.
   *
   * @param host address to bind
   * @param port port, 0 for any free one
   * @param ingestToken bearer token that enables {@code POST /api/ingest}; null leaves it off
   * @param localModels folder of locally trained NER models for pages ingested over HTTP; null for
   *     the shipped models only
   */
  public record Options(String host, int port, @Nullable String ingestToken, @Nullable Path localModels) {
    /** Options with the shipped NER models only. */
    public Options(String host, int port, @Nullable String ingestToken) {
      this(host, port, ingestToken, null);
    }

    public Options {
      if (port < 0 || port > 65535) throw new IllegalArgumentException("port out of range: " + port);
      if (ingestToken != null && ingestToken.length() < 8) {
        throw new IllegalArgumentException("the ingest token must be at least 8 characters");
      }
    }
  }

  private final Store store;
  private final KnowledgeBase kb;
  private final Queries queries;
  private final DisplayNames names;
  private final Options options;
  private final Javalin app;
  private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "amity-refresh");
    t.setDaemon(true);
    return t;
  });
  private final AtomicBoolean refreshPending = new AtomicBoolean();
  private final Object ingestLock = new Object();
  private @Nullable Pipeline pipeline;

  private ApiServer(Store store, KnowledgeBase kb, Options options) {
    this.store = store;
    this.kb = kb;
    this.queries = new Queries(store, kb);
    this.names = new DisplayNames(store, kb);
    this.options = options;
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.startupWatcherEnabled = false;
      config.http.maxRequestSize = TextDecoder.MAX_BYTES + 1024L;
      config.http.prefer405over404 = true;
      config.router.ignoreTrailingSlashes = true;
      config.jetty.modifyServer(server -> server.setErrorHandler(new JsonBadMessages()));
      config.staticFiles.add(s -> {
        s.hostedPath = "/";
        s.directory = "/amity/web";
        s.location = Location.CLASSPATH;
      });
    });
    routes();
  }

  /** Starts a server; {@link #close()} stops it. */
  public static ApiServer start(Store store, KnowledgeBase kb, Options options) {
    ApiServer s = new ApiServer(store, kb, options);
    s.app.start(options.host(), options.port());
    return s;
  }

  /** {@return the port listened on} */
  public int port() {
    return app.port();
  }

  /** {@return the base URL, e.g. http://127.0.0.1:8080} */
  public String url() {
    String h = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
    return "http://" + h + ":" + port();
  }

  private void routes() {
    app.get("/api/events", this::events);
    app.get("/api/events/<id>", this::event);
    app.get("/api/lookup", this::lookup);
    app.get("/api/entities", this::entities);
    app.get("/api/entities/<id>", this::entity);
    app.get("/api/search", this::search);
    app.get("/api/search/facets", this::facets);
    app.get("/api/stories/<id>", this::story);
    app.get("/api/timeline", this::timeline);
    app.get("/api/network", this::network);
    app.get("/api/fields", this::fields);
    app.get("/api/stats", this::stats);
    app.get("/api/map", this::map);
    app.get("/api/forms", this::forms);
    app.get("/api/export/events", this::exportEvents);
    app.get("/api/export/stories", this::exportStories);
    app.get("/openapi.json", this::openapi);
    app.post("/api/ingest", this::ingest);

    app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(UnknownName.class, (e, ctx) -> unknown(ctx, 400, e.getMessage(), e.name(), e.suggestions()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(StoreException.class, (e, ctx) -> {
      LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, e.getMessage());
    });
    app.exception(Exception.class, (e, ctx) -> {
      LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e);
    });
    app.error(404, ctx -> {
      if (ctx.resultInputStream() == null || !String.valueOf(ctx.res().getContentType()).startsWith("application/json")) {
        error(ctx, 404, "no such resource: " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()));
  }

  private static void error(Context ctx, int status, @Nullable String reason) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("error", reason == null ? "error" : reason);
    ctx.status(status).contentType(JSON).result(Json.write(o));
  }

  /** An error about a name, with the entities it may have meant ({@code "did_you_mean"}). */
  private static void unknown(Context ctx, int status, @Nullable String reason, String name, List<Entity> suggestions) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("error", reason == null ? "error" : reason);
    o.put("unknown", name);
    o.set("did_you_mean", Render.entities(suggestions));
    ctx.status(status).contentType(JSON).result(Json.write(o));
  }

  private static void json(Context ctx, JsonNode n) {
    ctx.contentType(JSON).result(ShownPaths.relative(Json.write(n)));
  }

  /** Answers with {@code n}, its entities named in {@code lang} when one is asked for ({@code ?names=}). */
  private void json(Context ctx, JsonNode n, @Nullable String lang) throws StoreException {
    if (lang != null) Names.apply(n, names, lang);
    json(ctx, n);
  }

  /** Answers with stored JSON text, passed on as it is unless names in a language are asked for. */
  private void json(Context ctx, String stored, @Nullable String lang) throws StoreException {
    if (lang == null) ctx.contentType(JSON).result(ShownPaths.relative(stored));
    else json(ctx, Json.read(stored), lang);
  }

  // ------------------------------------------------------------------ endpoints

  /** A field of cooperation's name (people_to_people, science_technology). */
  private static final java.util.regex.Pattern FIELD = java.util.regex.Pattern.compile("[a-z][a-z_]{0,40}");

  /** What narrows events beside who took part: the same on /api/events, /api/timeline and /api/export/events. */
  private static final List<String> EVENT_FILTERS = List.of("from", "to", "type", "class", "form", "lang", "status", "month", "country", "field");

  private static String[] with(List<String> filters, String... more) {
    List<String> all = new ArrayList<>(filters);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  /** The parties {@code a} and, with it, {@code b}, where a view may leave both out. */
  private List<Target> optionalParties(Params p) throws StoreException {
    String as = p.str("a");
    String bs = p.str("b");
    if (as == null && bs != null) throw ApiException.bad("parameter 'b' needs 'a'");
    List<Target> targets = new ArrayList<>();
    if (as != null) targets.add(queries.target(as));
    if (bs != null) targets.add(queries.target(bs));
    return targets;
  }

  /**
   * The store filter for events involving every target and meeting the {@link #EVENT_FILTERS} given;
   * {@code country} (ISO alpha-2, as the map's countries are picked) is one more country the events involve.
   */
  private static EventFilter eventFilter(Params p, List<Target> targets) {
    String country = p.country("country");
    if (country != null) {
      targets = new ArrayList<>(targets);
      targets.add(new Target(country, Set.of("country:" + country), Set.of(country)));
    }
    Set<String> forms = null;
    String form = p.form("form");
    String eventClass = p.eventClass("class");
    if (form != null) forms = Set.of(form);
    if (eventClass != null) {
      Set<String> of = Forms.ofClass(eventClass);
      forms = forms == null ? of : forms.stream().filter(of::contains).collect(Collectors.toSet());
    }
    EventFilter f = Queries.filter(targets, p.date("from"), p.date("to"), p.type("type"), forms, p.lang("lang"), p.status("status"), p.month("month"));
    String field = p.str("field");
    if (field == null) return f;
    if (!FIELD.matcher(field).matches()) throw ApiException.bad("parameter 'field' must be a field's name, as /api/fields gives it: '" + field + "'");
    return f.andOneOf(Set.of(EventFilter.fieldKey(field)));
  }

  private void events(Context ctx) throws StoreException {
    Params p = new Params(ctx, with(EVENT_FILTERS, "between", "limit", "offset", "names"));
    List<Target> targets = new ArrayList<>();
    String between = p.str("between");
    if (between != null) {
      String[] parts = between.split(",", 2);
      if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
        throw ApiException.bad("parameter 'between' needs two names separated by a comma, e.g. Việt Nam,Cuba");
      }
      targets.add(queries.target(parts[0]));
      targets.add(queries.target(parts[1]));
    }
    int limit = p.integer("limit", 100, 1, 1000);
    int offset = p.integer("offset", 0, 0, 10_000_000);
    ResultPage<String> page = queries.eventsJson(eventFilter(p, targets), limit, offset);
    ctx.header("X-Total-Count", Long.toString(page.total()));
    json(ctx, "[" + String.join(",", page.items()) + "]", p.names("names"));
  }

  /** One event, its sources with where each was published (outlet, headline, date, link). */
  private void event(Context ctx) throws StoreException {
    Params p = new Params(ctx, "names");
    String id = ctx.pathParam("id");
    if (id.length() > 200) throw ApiException.bad("event id is too long");
    String stored = store.events().json(id).orElseThrow(() -> new ApiException(404, "no event '" + id + "'"));
    ObjectNode o = (ObjectNode) Json.read(stored);
    List<String> storyIds = new ArrayList<>();
    o.path("sources").forEach(src -> storyIds.add(src.path("story").asText()));
    json(ctx, Render.withPublication(o, store.stories().sources(storyIds)), p.names("names"));
  }

  /** Entities by any word of any name, ranked; what a name that finds none may have meant. */
  private void lookup(Context ctx) throws StoreException {
    Params p = new Params(ctx, "q", "limit", "names");
    String q = p.required("q");
    int limit = p.integer("limit", 20, 1, 200);
    ResultPage<Entity> page = store.entities().find(q, null, limit, 0);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("q", q);
    o.put("total", page.total());
    o.set("entities", Render.entities(page.items()));
    o.set("did_you_mean", Render.entities(page.items().isEmpty() ? store.entities().similar(q, 8) : List.of()));
    json(ctx, o, p.names("names"));
  }

  private void entities(Context ctx) throws StoreException {
    Params p = new Params(ctx, "q", "type", "limit", "offset", "names");
    String q = p.str("q");
    String t = p.str("type");
    EntityType type = null;
    if (t != null) {
      try {
        type = EntityType.valueOf(t.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiException.bad("parameter 'type' must be PERSON, ORG, GPE or LOC: '" + t + "'");
      }
    }
    int limit = p.integer("limit", 50, 1, 1000);
    int offset = p.integer("offset", 0, 0, 10_000_000);
    ResultPage<Entity> page = store.entities().find(q == null ? "" : q, type, limit, offset);
    ArrayNode a = Json.MAPPER.createArrayNode();
    page.items().forEach(e -> a.add(Json.entity(e)));
    ctx.header("X-Total-Count", Long.toString(page.total()));
    json(ctx, a, p.names("names"));
  }

  private void entity(Context ctx) throws StoreException {
    Params p = new Params(ctx, "events", "names");
    int maxEvents = p.integer("events", PROFILE_EVENTS, 0, 10_000);
    String id = ctx.pathParam("id");
    EntityRepository.Profile profile = store.entities().profile(id).orElse(null);
    if (profile == null) {
      // Any name in any script also finds the entity.
      Target t;
      try {
        t = queries.target(id);
      } catch (UnknownName e) {
        unknown(ctx, 404, "no entity '" + id + "'" + (e.suggestions().isEmpty() ? "" : e.getMessage().substring(e.getMessage().indexOf(';'))),
            e.name(), e.suggestions());
        return;
      } catch (IllegalArgumentException e) {
        throw new ApiException(404, "no entity '" + id + "'");
      }
      for (String x : t.entityIds()) {
        profile = store.entities().profile(x).orElse(null);
        if (profile != null) break;
      }
      if (profile == null) throw new ApiException(404, "no entity '" + id + "'");
    }
    List<Role> roles = kb.get(profile.entity().id()).map(KbEntry::roles).orElse(List.of());
    json(ctx, Render.profile(profile, roles, queries.eventsOf(profile.entity().id(), maxEvents)), p.names("names"));
  }

  private void search(Context ctx) throws StoreException {
    Params p = new Params(ctx, "q", "lang", "country", "type", "from", "to", "entity", "field", "limit", "offset");
    String q = p.str("q");
    var req = new Queries.SearchRequest(q == null ? "" : q, p.lang("lang"), p.country("country"), p.type("type"), p.date("from"),
        p.date("to"), p.str("entity"), p.field("field"), p.integer("limit", 20, 1, 200), p.integer("offset", 0, 0, 10_000));
    if (q == null && req.lang() == null && req.country() == null && req.type() == null && req.from() == null && req.to() == null
        && req.entity() == null && req.field() == null) {
      throw ApiException.bad("parameter 'q' is required unless a filter (lang, country, type, from, to, entity, field) is given");
    }
    ResultPage<SearchHit> page = queries.search(req);
    ArrayNode a = Json.MAPPER.createArrayNode();
    page.items().forEach(h -> a.add(h.json()));
    ctx.header("X-Total-Count", Long.toString(page.total()));
    json(ctx, a);
  }

  private void facets(Context ctx) throws StoreException {
    Params p = new Params(ctx, "q", "lang", "country", "type", "from", "to", "entity", "field", "top");
    String q = p.str("q");
    var req = new Queries.SearchRequest(q == null ? "" : q, p.lang("lang"), p.country("country"), p.type("type"), p.date("from"),
        p.date("to"), p.str("entity"), p.field("field"), 1, 0);
    int top = p.integer("top", 20, 1, 500);
    var f = queries.facets(req, Integer.MAX_VALUE);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("hits", f.hits());
    ObjectNode facets = o.putObject("facets");
    for (String name : List.of("lang", "country", "type", "form", "field", "year")) {
      ObjectNode x = facets.putObject(name);
      var counts = f.counts().get(name.equals("type") || name.equals("form") ? "etype" : name);
      // Event types are upper case (CONSULT), forms lower case (phone_call); both are indexed as etype.
      counts.entrySet().stream()
          .filter(e -> !name.equals("type") || e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)))
          .filter(e -> !name.equals("form") || !e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)))
          .limit(top)
          .forEach(e -> x.put(e.getKey(), e.getValue()));
    }
    json(ctx, o);
  }

  private void story(Context ctx) throws StoreException {
    Params p = new Params(ctx, "names");
    String id = ctx.pathParam("id");
    if (id.length() > 200) throw ApiException.bad("story id is too long");
    StoryRepository.StoryDetail d = store.stories().detail(id).orElseThrow(() -> new ApiException(404, "no story '" + id + "'"));
    json(ctx, Render.story(d, store.stories().sources(List.of(id)).get(id)), p.names("names"));
  }

  private void timeline(Context ctx) throws StoreException {
    Params p = new Params(ctx, with(EVENT_FILTERS, "a", "b", "limit", "offset", "names"));
    Target a = queries.target(p.required("a"));
    String bs = p.str("b");
    Target b = bs == null ? null : queries.target(bs);
    int limit = p.integer("limit", 500, 1, 5000);
    int offset = p.integer("offset", 0, 0, 10_000_000);
    ResultPage<String> page = queries.eventsJson(eventFilter(p, b == null ? List.of(a) : List.of(a, b)), limit, offset);
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.set("a", target(a));
    if (b == null) o.putNull("b"); else o.set("b", target(b));
    o.put("total", page.total());
    String head = Json.write(o);
    ctx.header("X-Total-Count", Long.toString(page.total()));
    json(ctx, head.substring(0, head.length() - 1) + ",\"events\":[" + String.join(",", page.items()) + "]}", p.names("names"));
  }

  /** A target as typed, with the name it goes by when it is one entity or one country ("古巴" → "Cuba"). */
  private ObjectNode target(Target t) throws StoreException {
    ObjectNode o = Render.target(t);
    String name = t.label().strip();
    if (t.entityIds().size() == 1) {
      String id = t.entityIds().iterator().next();
      Optional<Entity> e = store.entities().byId(id);
      if (e.isPresent()) name = e.get().name();
      else name = kb.get(id).map(k -> k.name()).orElse(name);
    } else if (t.entityIds().isEmpty() && t.countries().size() == 1) {
      name = kb.get("country:" + t.countries().iterator().next()).map(k -> k.name()).orElse(name);
    }
    o.put("name", name);
    return o;
  }

  private void network(Context ctx) throws StoreException {
    Params p = new Params(ctx, "entity", "from", "to", "limit", "names");
    Target t = queries.target(p.required("entity"));
    Queries.Network n = queries.network(t, p.date("from"), p.date("to"), p.integer("limit", 50, 2, 500));
    json(ctx, Render.network(n, t), p.names("names"));
  }

  private void fields(Context ctx) throws StoreException {
    Params p = new Params(ctx, "a", "b", "from", "to", "names");
    Target a = queries.target(p.required("a"));
    String bs = p.str("b");
    Target b = bs == null ? null : queries.target(bs);
    List<Queries.MonthFields> months = queries.fieldsByMonth(b == null ? List.of(a) : List.of(a, b), p.date("from"), p.date("to"));
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.set("a", target(a));
    if (b == null) o.putNull("b"); else o.set("b", target(b));
    o.set("months", Render.months(months));
    json(ctx, o, p.names("names"));
  }

  /**
   * What the map of a view draws: the events of {@code /api/timeline} for the same parameters (all
   * of them; {@code a} may be left out for every event in the store) counted by the countries they
   * involve and by the places they took place at ({@link EventMap}).
   */
  private void map(Context ctx) throws StoreException {
    Params p = new Params(ctx, with(EVENT_FILTERS, "a", "b", "names"));
    List<Target> targets = optionalParties(p);
    EventMap map = new EventMap();
    ResultPage<String> page = queries.eventsJson(eventFilter(p, targets), MAX_EXPORT, 0);
    if (page.total() > MAX_EXPORT) {
      throw ApiException.bad(page.total() + " events are more than the map counts (" + MAX_EXPORT + "); narrow the filters");
    }
    page.items().forEach(j -> map.add(Json.read(j)));
    ObjectNode o = map.render(place -> {
      try {
        return store.entities().byId(place).map(Entity::country).orElseGet(() -> kb.get(place).map(KbEntry::country).orElse(null));
      } catch (StoreException e) {
        throw new IllegalStateException(e);
      }
    }, c -> kb.get("country:" + c).map(KbEntry::name).orElse(c));
    json(ctx, o, p.names("names"));
  }

  /** The forms of event and the class of contact event each counts as (the UI's filters read them here). */
  private void forms(Context ctx) {
    new Params(ctx);
    ObjectNode o = Json.MAPPER.createObjectNode();
    ObjectNode classes = o.putObject("classes");
    for (String c : Forms.CLASSES) {
      ArrayNode a = classes.putArray(c);
      Forms.ofClass(c).forEach(a::add);
    }
    ObjectNode forms = o.putObject("forms");
    for (String f : new java.util.TreeSet<>(Forms.all())) {
      forms.putObject(f).put("class", Forms.eventClass(f)).put("type", Forms.type(f));
    }
    json(ctx, o);
  }

  private void stats(Context ctx) throws StoreException {
    new Params(ctx);
    ObjectNode o = Json.MAPPER.createObjectNode();
    ObjectNode counts = o.putObject("counts");
    store.counts().forEach(counts::put);
    ArrayNode langs = o.putArray("languages");
    for (Store.LanguageCount c : store.summary()) {
      langs.addObject().put("lang", c.lang()).put("stories", c.stories()).put("entities", c.entities()).put("events", c.events());
    }
    o.put("ingest", options.ingestToken() != null);
    json(ctx, o);
  }

  // ------------------------------------------------------------------ exports

  /** Rows one export holds at most; more is a job for {@code amity export}. */
  static final int MAX_EXPORT = 50_000;

  /**
   * The events of a timeline view as a file: the same events, in the same order, as
   * {@code /api/timeline} gives for the same parameters (all of them, not a page), as CSV (the
   * columns of {@code amity export}) or JSON (the API's objects); the file is named by the filters.
   */
  private void exportEvents(Context ctx) throws StoreException, IOException {
    Params p = new Params(ctx, with(EVENT_FILTERS, "a", "b", "names", "format"));
    String format = exportFormat(p);
    List<Target> targets = optionalParties(p);
    ResultPage<String> page = queries.eventsJson(eventFilter(p, targets), MAX_EXPORT, 0);
    if (page.total() > MAX_EXPORT) {
      throw ApiException.bad(page.total() + " events are more than an export from the web holds (" + MAX_EXPORT + "); narrow the filters or use amity export");
    }
    ArrayNode events = Json.MAPPER.createArrayNode();
    page.items().forEach(j -> events.add(Json.read(j)));
    String lang = p.names("names");
    if (lang != null) Names.apply(events, names, lang);
    List<String> nameParts = new ArrayList<>();
    if (!targets.isEmpty()) nameParts.add(String.join("-", targets.stream().map(ExportNames::target).toList()));
    // The month first, as the timeline reads (VN-CU_2025-04_meeting).
    for (String k : List.of("month", "from", "to", "type", "class", "form", "lang", "status", "country")) if (p.str(k) != null) nameParts.add(p.str(k));
    String file = ExportNames.file("events", nameParts, format);
    if (format.equals("json")) {
      download(ctx, file, JSON, ShownPaths.relative(Json.write(events)));
      return;
    }
    List<Event> list = new ArrayList<>();
    events.forEach(n -> list.add(Json.event(n)));
    StringWriter w = new StringWriter();
    Exporter.writeEventsCsv(list, w);
    download(ctx, file, CSV, w.toString());
  }

  private static final List<String> STORY_COLUMNS = List.of("story", "doc", "file", "lang", "title", "snippet", "score");

  /** The stories of a search as a file: the hits {@code /api/search} gives for the same parameters, all pages, as CSV or JSON. */
  private void exportStories(Context ctx) throws StoreException, IOException {
    Params p = new Params(ctx, "q", "lang", "country", "type", "from", "to", "entity", "field", "format");
    String format = exportFormat(p);
    String q = p.str("q");
    var req = new Queries.SearchRequest(q == null ? "" : q, p.lang("lang"), p.country("country"), p.type("type"), p.date("from"),
        p.date("to"), p.str("entity"), p.field("field"), MAX_EXPORT, 0);
    if (q == null && req.lang() == null && req.country() == null && req.type() == null && req.from() == null && req.to() == null
        && req.entity() == null && req.field() == null) {
      throw ApiException.bad("parameter 'q' is required unless a filter (lang, country, type, from, to, entity, field) is given");
    }
    ResultPage<SearchHit> page = queries.search(req);
    if (page.total() > MAX_EXPORT) {
      throw ApiException.bad(page.total() + " stories are more than an export from the web holds (" + MAX_EXPORT + "); narrow the search");
    }
    ArrayNode hits = Json.MAPPER.createArrayNode();
    page.items().forEach(h -> hits.add(h.json()));
    ShownPaths.rewrite(hits);
    List<String> nameParts = new ArrayList<>();
    for (String k : List.of("q", "lang", "country", "type", "field", "entity", "from", "to")) if (p.str(k) != null) nameParts.add(p.str(k));
    String file = ExportNames.file("stories", nameParts, format);
    if (format.equals("json")) {
      download(ctx, file, JSON, Json.write(hits));
      return;
    }
    StringBuilder sb = new StringBuilder(String.join(",", STORY_COLUMNS)).append("\r\n");
    for (JsonNode h : hits) {
      List<String> row = new ArrayList<>();
      for (String c : STORY_COLUMNS) row.add(Exporter.csv(h.path(c).isNull() ? "" : h.path(c).asText()));
      sb.append(String.join(",", row)).append("\r\n");
    }
    download(ctx, file, CSV, sb.toString());
  }

  private static final String CSV = "text/csv; charset=utf-8; header=present";

  private static String exportFormat(Params p) {
    String f = p.str("format");
    if (f == null) return "csv";
    f = f.toLowerCase(Locale.ROOT);
    if (!f.equals("csv") && !f.equals("json")) throw ApiException.bad("parameter 'format' must be csv or json: '" + f + "'");
    return f;
  }

  private static void download(Context ctx, String file, String contentType, String body) {
    ctx.header("Content-Disposition", ExportNames.contentDisposition(file));
    ctx.contentType(contentType).result(body.getBytes(StandardCharsets.UTF_8));
  }

  private void openapi(Context ctx) throws IOException {
    new Params(ctx);
    try (InputStream in = ApiServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IOException("openapi.json missing from the build");
      ctx.contentType(JSON).result(in.readAllBytes());
    }
  }

  // ------------------------------------------------------------------ ingest

  private void ingest(Context ctx) throws IOException {
    if (options.ingestToken() == null) {
      throw new ApiException(403, "ingest over HTTP is off; start amity serve with --allow-ingest --token TOKEN");
    }
    String auth = ctx.header("Authorization");
    String expected = "Bearer " + options.ingestToken();
    if (auth == null || !MessageDigest.isEqual(auth.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "a valid bearer token is required (Authorization: Bearer TOKEN)");
    }
    Params p = new Params(ctx, "file", "format");
    String file = p.str("file");
    String format = p.str("format");
    if (format != null && !Set.of(SourceMeta.TEXT, SourceMeta.HTML).contains(format)) {
      throw ApiException.bad("parameter 'format' must be text or html: '" + format + "'");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) throw ApiException.bad("the request body is empty: send the page as the body");
    if (body.length > TextDecoder.MAX_BYTES) throw new ApiException(413, "the page is over " + TextDecoder.MAX_BYTES + " bytes");
    if (format == null) {
      String ct = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
      format = ct.contains("html") ? SourceMeta.HTML : SourceMeta.TEXT;
    }
    String name = file == null ? "http-upload" : file;
    RawDocument raw = new RawDocument(name, body, SourceMeta.HTML.equals(format) ? SourceMeta.html() : SourceMeta.text());
    ObjectNode o = Json.MAPPER.createObjectNode();
    synchronized (ingestLock) {
      if (pipeline == null) pipeline = Pipeline.builder().defaults(PipelineConfig.of(kb).withLocalModels(options.localModels())).build();
      DocumentAnalysis a;
      try {
        a = pipeline.process(raw);
      } catch (IOException e) {
        throw new ApiException(422, name + ": " + e.getMessage());
      }
      boolean added = store.writer().saveAll(List.of(a)).get(0);
      o.put("doc", a.document().id());
      o.put("added", added ? 1 : 0);
      o.put("duplicates", added ? 0 : 1);
      o.put("stories", added ? a.stories().size() : 0);
      ArrayNode failures = o.putArray("failures");
      for (StoryFailure f : a.failures()) {
        LOG.warn("amity: {}: {}", name, f.line());
        failures.addObject().put("story", f.story()).put("stage", f.stage()).put("reason", f.reason());
      }
      if (added) scheduleRefresh();
    }
    o.put("refresh", "scheduled");
    ctx.status(200);
    json(ctx, o);
  }

  /** Recomputes entities and events in the background; many ingests in a row cause one refresh. */
  private void scheduleRefresh() {
    if (!refreshPending.compareAndSet(false, true)) return;
    refresher.execute(() -> {
      refreshPending.set(false);
      try {
        store.writer().refresh(kb);
      } catch (StoreException e) {
        LOG.error("refresh after ingest failed", e);
      }
    });
  }

  /** Waits until background refreshes are done (for tests). */
  void awaitRefresh() throws InterruptedException {
    var f = refresher.submit(() -> { });
    try {
      f.get(5, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
    refresher.shutdown();
    try {
      refresher.awaitTermination(5, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
