package amity.query;

import amity.index.DayRange;
import amity.index.StoryIndex;
import amity.kb.KnowledgeBase;
import amity.model.DateValue;
import amity.model.Entity;
import amity.model.Event;
import amity.store.EventFilter;
import amity.store.EventRepository;
import amity.store.ResultPage;
import amity.store.Store;
import amity.store.StoreException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The questions analysts ask of a store: events between two countries or entities, a contact
 * network, fields of cooperation by month, filtered search. Each runs as indexed SQL or Lucene
 * queries, never a scan of all events in Java. Thread-safe.
 *
 * <pre>{@code
 * Queries q = new Queries(store, kb);
 * List<Event> timeline = q.events(List.of(q.target("Việt Nam"), q.target("古巴")), null, null, null, 100, 0).items();
 * }</pre>
 */
public final class Queries {
  private final Store store;
  private final Targets targets;
  private final Search search;

  public Queries(Store store, KnowledgeBase kb) {
    this.store = store;
    this.targets = new Targets(kb, store);
    this.search = new Search(store, kb);
  }

  /**
   * {@return what {@code label} names}
   *
   * @throws UnknownName when it names no country or entity, with what it may have meant
   */
  public Target target(String label) throws StoreException {
    Target t;
    try {
      t = targets.resolve(label);
    } catch (UncheckedIOException e) {
      throw (StoreException) e.getCause();
    }
    if (t.isEmpty()) throw new UnknownName(label.strip(), didYouMean(label, 5));
    return t;
  }

  /**
   * {@return entities a name that resolves to nothing may have meant: those with a word that starts
   * with it ("Castro": Fidel Castro Ruz, Raúl Castro Ruz), else those with a name a few edits away}
   */
  public List<Entity> didYouMean(String name, int max) throws StoreException {
    List<Entity> words = store.entities().find(name, null, max, 0).items();
    return words.isEmpty() ? store.entities().similar(name, max) : words;
  }

  /** {@return the store filter for events involving every target, in the date range, of the type} */
  public static EventFilter filter(List<Target> involving, @Nullable DateValue from, @Nullable DateValue to, @Nullable String type) {
    List<Set<String>> keys = new ArrayList<>();
    for (Target t : involving) keys.add(keys(t));
    return new EventFilter(keys, from == null ? null : DayRange.lowKey(from), to == null ? null : DayRange.highKey(to), type);
  }

  /**
   * {@return the store filter for events involving every target, in the date range, of the type,
   * narrowed by forms, a source's language, status and the month the event starts in (each null: any)}
   */
  public static EventFilter filter(List<Target> involving, @Nullable DateValue from, @Nullable DateValue to, @Nullable String type,
      @Nullable Set<String> forms, @Nullable String lang, @Nullable String status, @Nullable String month) {
    EventFilter f = filter(involving, from, to, type);
    return new EventFilter(f.keys(), f.from(), f.to(), f.type(), forms, lang, status, month);
  }

  /** {@return the store filter for an {@link EventQuery}} */
  public static EventFilter filter(EventQuery q) {
    return filter(q.between() == null ? List.of() : q.between(), q.from(), q.to(), q.type());
  }

  private static Set<String> keys(Target t) {
    Set<String> k = new LinkedHashSet<>();
    t.entityIds().forEach(id -> k.add(EventFilter.entityKey(id)));
    t.countries().forEach(c -> k.add(EventFilter.countryKey(c)));
    return k;
  }

  /** {@return one page of events involving every target (none: all events), oldest first} */
  public ResultPage<Event> events(List<Target> involving, @Nullable DateValue from, @Nullable DateValue to, @Nullable String type,
      int limit, int offset) throws StoreException {
    return store.events().page(filter(involving, from, to, type), limit, offset);
  }

  /** {@return one page of events involving every target, as the JSON of {@code amity events --json}} */
  public ResultPage<String> eventsJson(List<Target> involving, @Nullable DateValue from, @Nullable DateValue to, @Nullable String type,
      int limit, int offset) throws StoreException {
    return store.events().jsonPage(filter(involving, from, to, type), limit, offset);
  }

  /** {@return one page of the events that meet {@code f}, as the JSON of {@code amity events --json}} */
  public ResultPage<String> eventsJson(EventFilter f, int limit, int offset) throws StoreException {
    return store.events().jsonPage(f, limit, offset);
  }

  /** Calls {@code each} for every event {@code q} matches, oldest first, undated last. */
  public void forEachEvent(EventQuery q, Consumer<Event> each) throws StoreException {
    store.events().forEach(filter(q), Integer.MAX_VALUE, 0, each);
  }

  /** {@return events involving the entity with this corpus-wide id} */
  public List<Event> eventsOf(String entityId) throws StoreException {
    return eventsOf(entityId, Integer.MAX_VALUE).items();
  }

  /** {@return the first {@code limit} events involving the entity with this corpus-wide id, oldest first, and how many there are} */
  public ResultPage<Event> eventsOf(String entityId, int limit) throws StoreException {
    return store.events().page(new EventFilter(List.of(Set.of(EventFilter.entityKey(entityId))), null, null, null), limit, 0);
  }

  // ------------------------------------------------------------------ network

  /** A participant in the network: how many of the events it took part in. */
  public record Node(String id, String name, String type, @Nullable String country, int events) {}

  /** Two participants and how often they met, by form. */
  public record Edge(String source, String target, int weight, Map<String, Integer> forms) {}

  /**
   * Who met whom: the actors of the events involving the center, each pair joined by the number of
   * events they share.
   */
  public record Network(List<String> center, int events, List<Node> nodes, List<Edge> edges) {}

  /** {@return the contact network around {@code t}, kept to the {@code maxNodes} most active participants} */
  public Network network(Target t, @Nullable DateValue from, @Nullable DateValue to, int maxNodes) throws StoreException {
    List<EventRepository.ActorRow> rows = store.events().actors(filter(List.of(t), from, to, null));
    Map<String, List<String>> byEvent = new LinkedHashMap<>();
    Map<String, String> formOf = new HashMap<>();
    for (EventRepository.ActorRow r : rows) {
      byEvent.computeIfAbsent(r.event(), k -> new ArrayList<>()).add(r.entity());
      formOf.put(r.event(), r.form());
    }
    Map<String, Integer> activity = new HashMap<>();
    byEvent.values().forEach(l -> l.forEach(a -> activity.merge(a, 1, Integer::sum)));
    List<String> center = t.entityIds().stream().filter(activity::containsKey).toList();
    List<String> ranked = new ArrayList<>(activity.keySet());
    ranked.sort(Comparator.comparing((String a) -> !center.contains(a)).thenComparing(a -> -activity.get(a)).thenComparing(a -> a));
    Set<String> kept = new LinkedHashSet<>(ranked.subList(0, Math.min(maxNodes, ranked.size())));
    Map<String, Map<String, Integer>> forms = new TreeMap<>();
    Map<String, Integer> weight = new HashMap<>();
    for (Map.Entry<String, List<String>> e : byEvent.entrySet()) {
      List<String> actors = e.getValue().stream().filter(kept::contains).distinct().sorted().toList();
      for (int i = 0; i < actors.size(); i++) {
        for (int j = i + 1; j < actors.size(); j++) {
          String key = actors.get(i) + "\n" + actors.get(j);
          weight.merge(key, 1, Integer::sum);
          forms.computeIfAbsent(key, k -> new TreeMap<>()).merge(formOf.get(e.getKey()), 1, Integer::sum);
        }
      }
    }
    Map<String, Entity> entities = store.entities().byIds(kept);
    List<Node> nodes = new ArrayList<>();
    for (String id : kept) {
      Entity e = entities.get(id);
      nodes.add(new Node(id, e == null ? id : e.name(), e == null ? "" : e.type().name(), e == null ? null : e.country(), activity.get(id)));
    }
    List<Edge> edges = new ArrayList<>();
    forms.forEach((key, f) -> {
      String[] ab = key.split("\n", 2);
      edges.add(new Edge(ab[0], ab[1], weight.get(key), f));
    });
    edges.sort(Comparator.comparingInt((Edge e) -> -e.weight()).thenComparing(Edge::source).thenComparing(Edge::target));
    return new Network(center, byEvent.size(), nodes, edges);
  }

  // ------------------------------------------------------------------ fields by month

  /** The fields of cooperation of the events of one month. */
  public record MonthFields(String month, int events, Map<String, Integer> fields) {}

  /**
   * {@return for each month (yyyy-mm) with events involving every target, how many events touched
   * each field} Events dated only to a year, or not dated, have no month and are left out.
   */
  public List<MonthFields> fieldsByMonth(List<Target> involving, @Nullable DateValue from, @Nullable DateValue to) throws StoreException {
    Map<String, int[]> events = new TreeMap<>();
    Map<String, Map<String, Integer>> fields = new TreeMap<>();
    // Counted by day in SQL, then by month here: what "a month" is stays DateValue's to say.
    for (EventRepository.DateFields d : store.events().fieldsByDate(filter(involving, from, to, null))) {
      DateValue start = DateValue.parse(d.date());
      if (start.year() == null || start.month() == null) continue;
      String month = start.iso().substring(0, 7);
      events.computeIfAbsent(month, k -> new int[1])[0] += d.events();
      Map<String, Integer> f = fields.computeIfAbsent(month, k -> new TreeMap<>());
      d.fields().forEach((x, n) -> f.merge(x, n, Integer::sum));
    }
    List<MonthFields> out = new ArrayList<>();
    events.forEach((m, n) -> out.add(new MonthFields(m, n[0], fields.get(m))));
    return out;
  }

  // ------------------------------------------------------------------ search

  /**
   * A search with filters; nulls filter nothing.
   *
   * @param query words, names or a topic, in any language; may be blank when a filter is given
   * @param lang the story's language
   * @param country ISO alpha-2 of a country the story names
   * @param type an event type or form read from the story
   * @param from the story's date reaches this date
   * @param to the story's date starts by this date
   * @param entity a country or entity the story names (any language or script)
   * @param field a field of cooperation (health, energy, …) of an event read from the story
   */
  public record SearchRequest(
      String query, @Nullable String lang, @Nullable String country, @Nullable String type, @Nullable DateValue from,
      @Nullable DateValue to, @Nullable String entity, @Nullable String field, int limit, int offset) {

    /** A search with every filter but the field. */
    public SearchRequest(
        String query, @Nullable String lang, @Nullable String country, @Nullable String type, @Nullable DateValue from,
        @Nullable DateValue to, @Nullable String entity, int limit, int offset) {
      this(query, lang, country, type, from, to, entity, null, limit, offset);
    }
  }

  /** {@return one page of the hits of {@code r}, and their count} */
  public ResultPage<SearchHit> search(SearchRequest r) throws StoreException {
    return search.find(r.query(), filter(r), r.limit(), r.offset());
  }

  /** {@return facet counts over every hit of {@code r} (its limit and offset aside), at most {@code top} values a facet} */
  public StoryIndex.Facets facets(SearchRequest r, int top) throws StoreException {
    return search.facets(r.query(), filter(r), top);
  }

  private StoryIndex.Filter filter(SearchRequest r) throws StoreException {
    Set<String> entities = new LinkedHashSet<>();
    if (r.entity() != null) {
      for (String id : target(r.entity()).entityIds()) entities.addAll(store.entities().localIds(id));
    }
    Set<String> types = r.type() == null ? Set.of() : Set.of(r.type().toUpperCase(Locale.ROOT), r.type().toLowerCase(Locale.ROOT));
    return new StoryIndex.Filter(r.lang(), r.country() == null ? Set.of() : Set.of(r.country().toUpperCase(Locale.ROOT)),
        types, entities, r.from() == null ? null : DayRange.low(r.from()), r.to() == null ? null : DayRange.high(r.to()),
        r.field() == null ? Set.of() : Set.of(r.field()));
  }
}
