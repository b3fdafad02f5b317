package amity.event;

import amity.model.Actor;
import amity.model.DateRange;
import amity.model.EntityIds;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.Mode;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges reports of one event from several stories, outlets and languages into one event with
 * several sources.
 *
 * <p>Two reports are the same event when their forms belong to one family (a "state visit" and a
 * "visit", "talks" and a "phone call"), both are dated and their dates can overlap, and they share
 * a person or a body among their actors — or, where neither names one, the same countries on the
 * same day. Undated reports from different stories are never merged: nothing shows they are the
 * same. Meetings of the same two people on different days stay apart.
 *
 * <p>The merged event takes the most specific form, any non-in-person mode, the most precise
 * date, and the union of actors, countries, fields, quantities and sources. Its id is the id of
 * its earliest report, so it is stable as more reports arrive. Stateless and thread-safe.
 */
public final class EventMerger {

  /**
   * The order merging reads reports in: by first source document, its offset, then id. Merging
   * joins clusters pair by pair, so this order (not the input's) decides ties.
   */
  public static final Comparator<Event> ORDER =
      Comparator.comparing((Event e) -> e.sources().get(0).doc())
          .thenComparingInt(e -> e.sources().get(0).span().start())
          .thenComparing(Event::id);

  /** {@return the events with reports of the same event merged; order by date, then id} */
  public List<Event> merge(List<Event> input) {
    List<Event> events = new ArrayList<>(input);
    events.sort(ORDER);
    int n = events.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    Map<String, List<Integer>> blocks = new java.util.TreeMap<>();
    for (int i = 0; i < n; i++) {
      for (String key : blockKeys(events.get(i))) blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    // Clusters grow one compatible pair at a time, and a pair joins only when the two whole
    // clusters agree: no story twice (a story's own readings were already joined or kept apart
    // by the extractor), dates that can overlap, and people of one within those of the other.
    Cluster[] clusters = new Cluster[n];
    for (int i = 0; i < n; i++) clusters[i] = new Cluster(events.get(i));
    // Pairs that share a person or a body join first; pairs linked only by day and countries
    // after, so a weak link (a welcome ceremony naming no one) cannot take a story's place in a
    // cluster that a report naming the same people would have joined.
    List<int[]> strong = new ArrayList<>();
    List<int[]> weak = new ArrayList<>();
    for (List<Integer> block : blocks.values()) {
      List<Event> members = new ArrayList<>(block.size());
      for (int i : block) members.add(events.get(i));
      for (int[] pair : sameEventPairs(members)) {
        int[] global = {block.get(pair[0]), block.get(pair[1])};
        (match(members.get(pair[0]), members.get(pair[1])) == SHARED_AGENT ? strong : weak).add(global);
      }
    }
    for (List<int[]> pairs : List.of(strong, weak)) {
      for (int[] pair : pairs) {
        int rx = find(parent, pair[0]);
        int ry = find(parent, pair[1]);
        if (rx == ry || !clusters[rx].compatible(clusters[ry])) continue;
        union(parent, rx, ry);
        int root = find(parent, rx);
        clusters[root] = clusters[rx].join(clusters[ry]);
      }
    }
    Map<Integer, List<Event>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(events.get(i));
    List<Event> out = new ArrayList<>();
    for (List<Event> g : groups.values()) out.add(g.size() == 1 ? withSortedCountries(g.get(0)) : combine(g));
    out.sort(BY_DATE);
    return out;
  }

  /** The order of merged events: by date (undated last), then id. */
  public static final Comparator<Event> BY_DATE =
      Comparator.comparing((Event e) -> e.date() == null ? "~" : e.date().start().sortKey()).thenComparing(Event::id);

  /**
   * {@return the keys of the blocks a report is compared within} Candidates share a family and an
   * actor that is not a country, or, for reports dated to the day, the family, the day and a
   * country. Undated reports have none: they are never merged.
   *
   * <p>Design decision: public so that a distributed merge can group reports by these keys and
   * find the pairs to join block by block ({@link #sameEventPairs}); any set of reports closed
   * under those pairs merges as it would among all reports.
   */
  public static List<String> blockKeys(Event e) {
    if (e.date() == null) return List.of();
    List<String> keys = new ArrayList<>();
    String fam = Forms.family(e.form());
    for (Actor a : e.actors()) {
      if (!EntityIds.isCountry(a.entity())) keys.add(fam + "|" + a.entity());
    }
    // Reports that name only countries meet others on the same day and country.
    if (e.date().start().isFullDate()) {
      for (String c : e.countries()) keys.add(fam + "|" + e.date().start().iso() + "|" + c);
    }
    return keys;
  }

  /**
   * {@return the pairs of one block's reports that tell the same event, as indexes into {@code
   * block}, in the order merging tries them} The block must be in {@link #ORDER}. Whether a pair
   * is joined also depends on the clusters each side already belongs to.
   */
  public static List<int[]> sameEventPairs(List<Event> block) {
    List<int[]> out = new ArrayList<>();
    for (int[] p : candidatePairs(block)) {
      if (sameEvent(block.get(p[0]), block.get(p[1]))) out.add(p);
    }
    return out;
  }

  /**
   * Pairs of a block whose dates can overlap: sorted by first day, each event meets only those
   * starting before its last day, so a busy actor's block is not compared pair by pair. Days
   * without a year can fall in any year and meet everyone.
   */
  private static List<int[]> candidatePairs(List<Event> block) {
    List<int[]> out = new ArrayList<>();
    List<Integer> dated = new ArrayList<>();
    List<Integer> floating = new ArrayList<>();
    for (int i = 0; i < block.size(); i++) (block.get(i).date().start().year() == null ? floating : dated).add(i);
    dated.sort(Comparator.comparingInt(i -> low(block.get(i).date().start())));
    for (int a = 0; a < dated.size(); a++) {
      DateRange ra = block.get(dated.get(a)).date();
      int end = high(ra.end() == null ? ra.start() : ra.end());
      for (int b = a + 1; b < dated.size(); b++) {
        if (low(block.get(dated.get(b)).date().start()) > end) break;
        out.add(new int[] {dated.get(a), dated.get(b)});
      }
    }
    for (int f = 0; f < floating.size(); f++) {
      for (int i = 0; i < block.size(); i++) {
        if (i == floating.get(f) || floating.indexOf(i) >= 0 && floating.indexOf(i) < f) continue;
        out.add(new int[] {Math.min(floating.get(f), i), Math.max(floating.get(f), i)});
      }
    }
    return out;
  }

  private static int low(amity.model.DateValue d) {
    return d.year() * 10000 + (d.month() == null ? 1 : d.month()) * 100 + (d.day() == null ? 1 : d.day());
  }

  private static int high(amity.model.DateValue d) {
    if (d.year() == null) return Integer.MAX_VALUE;
    return d.year() * 10000 + (d.month() == null ? 12 : d.month()) * 100 + (d.day() == null ? 31 : d.day());
  }

  /** What a growing cluster must keep consistent. */
  /** @param countries a visit's countries; none for other contacts */
  private record Cluster(Set<String> stories, Set<String> persons, DateRange date, Set<String> places, Set<String> countries) {
    Cluster(Event e) {
      this(storiesOf(e), personsOf(e), e.date(), placesOf(e), "visit".equals(Forms.eventClass(e.form())) ? new LinkedHashSet<>(e.countries()) : Set.of());
    }

    /**
     * No story twice, dates that can overlap, and no rival counterparts: a person only one side
     * names may be a stray mention, but two different people of one country, one on each side,
     * mean two different meetings (talks with Díaz-Canel, a call on Raúl Castro).
     */
    boolean compatible(Cluster o) {
      for (String s : stories) if (o.stories.contains(s)) return false;
      if (date != null && o.date != null && !date.overlaps(o.date)) return false;
      // Held in two countries: two events (Ivanov in Moscow, Ivanov in Florence the same day).
      if (!places.isEmpty() && !o.places.isEmpty() && java.util.Collections.disjoint(places, o.places)) return false;
      // Each side naming someone the other does not (talks with Izetbegovic, talks with Plavsic
      // the same day) are two meetings, whatever the people's countries.
      if (!persons.isEmpty() && !o.persons.isEmpty() && !persons.containsAll(o.persons) && !o.persons.containsAll(persons)) {
        return false;
      }
      // Visits the same: their countries are the visitor's and the host's, so two or more on each
      // side, neither within the other, are two visits (Hashimoto in Mexico, Hashimoto in Brazil)
      // even where no host or place tells them apart. Other contacts' countries are too loose
      // (a meeting's may name a state only talked about).
      if (rivals(countries, o.countries)) return false;
      for (String p : persons) {
        if (o.persons.contains(p)) continue;
        String cp = countryOf(p);
        if (cp == null) continue;
        for (String q : o.persons) {
          if (!persons.contains(q) && cp.equals(countryOf(q))) return false;
        }
      }
      return true;
    }

    Cluster join(Cluster o) {
      Set<String> st = new LinkedHashSet<>(stories);
      st.addAll(o.stories);
      Set<String> ps = new LinkedHashSet<>(persons);
      ps.addAll(o.persons);
      Set<String> pl = new LinkedHashSet<>(places);
      pl.addAll(o.places);
      Set<String> cs = new LinkedHashSet<>(countries);
      cs.addAll(o.countries);
      return new Cluster(st, ps, EventDates.morePrecise(date, o.date), pl, cs);
    }

    private static boolean rivals(Set<String> a, Set<String> b) {
      return a.size() >= 2 && b.size() >= 2 && !a.containsAll(b) && !b.containsAll(a);
    }
  }

  /** The country a knowledge-base person id carries ("person:cu/raul-castro" → cu), else null. */
  static String countryOf(String personId) {
    int colon = personId.indexOf(':');
    int slash = personId.indexOf('/');
    return colon >= 0 && slash > colon ? personId.substring(colon + 1, slash) : null;
  }

  private static Set<String> storiesOf(Event e) {
    Set<String> s = new LinkedHashSet<>();
    for (Evidence ev : e.sources()) s.add(ev.story());
    return s;
  }

  /** The country of an event's place, read from its id ("city:ru/moscow" → ru, "country:IT" → it). */
  private static Set<String> placesOf(Event e) {
    if (e.location() == null) return Set.of();
    String id = e.location().entity();
    if (EntityIds.isCountry(id)) return Set.of(EntityIds.countryCode(id).toLowerCase(java.util.Locale.ROOT));
    String c = countryOf(id);
    return c == null ? Set.of() : Set.of(c.toLowerCase(java.util.Locale.ROOT));
  }

  private static Set<String> personsOf(Event e) {
    Set<String> s = new LinkedHashSet<>();
    for (Actor a : e.actors()) if (a.entity().startsWith("person")) s.add(a.entity());
    return s;
  }

  private static final int NO_MATCH = 0;
  private static final int SAME_DAY_AND_COUNTRIES = 1;
  private static final int SHARED_AGENT = 2;

  static boolean sameEvent(Event x, Event y) {
    return match(x, y) != NO_MATCH;
  }

  /** How strongly two reports look like one event: not, by day and countries, or by a shared agent. */
  private static int match(Event x, Event y) {
    if (!Forms.compatible(x.form(), y.form())) return NO_MATCH;
    DateRange a = x.date();
    DateRange b = y.date();
    if (a == null || b == null || !a.overlaps(b)) return NO_MATCH;
    if (callBesideMeeting(x, y)) return NO_MATCH;
    Set<String> ax = agents(x);
    Set<String> ay = agents(y);
    for (String id : ax) if (ay.contains(id)) return SHARED_AGENT;
    // Without a shared person or body, the same day, the same countries (one side's within the
    // other's), and no person on one side at least.
    if (!personsOf(x).isEmpty() && !personsOf(y).isEmpty()) return NO_MATCH;
    if (!a.start().isFullDate() || !b.start().isFullDate() || !a.start().equals(b.start())) return NO_MATCH;
    Set<String> cx = new LinkedHashSet<>(x.countries());
    Set<String> cy = new LinkedHashSet<>(y.countries());
    // The very same two countries or more: one of them alone is any day's news.
    if (cx.size() < 2 || !cx.equals(cy)) return NO_MATCH;
    return SAME_DAY_AND_COUNTRIES;
  }

  /** Forms only held face to face: a call beside one of them is another contact, whatever day and people they share. */
  private static final Set<String> FACE_TO_FACE = Set.of("meeting", "reception", "courtesy_call", "farewell_call", "credentials");

  /**
   * Whether one report is a call and the other a contact only held face to face: "Chirac met …"
   * and "Chirac spoke by telephone with Lahoud" the same day are two contacts ("talks" may be
   * either, and joins both).
   */
  static boolean callBesideMeeting(Event x, Event y) {
    return isCall(x) && FACE_TO_FACE.contains(y.form()) || isCall(y) && FACE_TO_FACE.contains(x.form());
  }

  private static boolean isCall(Event e) {
    return e.mode() == Mode.PHONE || e.mode() == Mode.VIDEO || e.form().equals("phone_call") || e.form().equals("video_call");
  }

  private static Set<String> agents(Event e) {
    Set<String> s = new LinkedHashSet<>();
    for (Actor a : e.actors()) if (!EntityIds.isCountry(a.entity())) s.add(a.entity());
    return s;
  }

  /** Countries in one order whatever order a store gave them back in. */
  private static Event withSortedCountries(Event e) {
    List<String> sorted = e.countries().stream().sorted().toList();
    if (sorted.equals(e.countries())) return e;
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), e.actors(), sorted, e.location(),
        e.fields(), e.quantities(), e.sources(), e.confidence());
  }

  private static Event combine(List<Event> group) {
    List<Event> g = new ArrayList<>(group);
    g.sort(Comparator.comparing((Event e) -> e.sources().get(0).doc()).thenComparing(e -> e.sources().get(0).span().start()));
    Event first = g.get(0);
    String form = first.form();
    Event formSource = first;
    Mode mode = first.mode();
    DateRange date = first.date();
    boolean reported = false;
    Map<String, Actor> actors = new LinkedHashMap<>();
    // Sorted: the union is the same whichever report came first or was stored first.
    Set<String> countries = new java.util.TreeSet<>();
    Place location = null;
    Set<String> fields = new LinkedHashSet<>();
    List<Quantity> quantities = new ArrayList<>();
    List<Evidence> sources = new ArrayList<>();
    double confidence = 0;
    for (Event e : g) {
      String f = Forms.moreSpecific(form, e.form());
      if (!f.equals(form)) {
        form = f;
        formSource = e;
      }
      if (e.mode() != Mode.IN_PERSON) mode = e.mode();
      date = EventDates.morePrecise(date, e.date(), Forms.family(form).equals("visit"));
      reported |= e.status() == Status.REPORTED;
      for (Actor a : e.actors()) actors.putIfAbsent(a.entity(), a);
      countries.addAll(e.countries());
      if (location == null) location = e.location();
      fields.addAll(e.fields());
      for (Quantity q : e.quantities()) if (!quantities.contains(q)) quantities.add(q);
      for (Evidence s : e.sources()) if (!sources.contains(s)) sources.add(s);
      confidence = Math.max(confidence, e.confidence());
    }
    confidence = Math.min(0.99, confidence + 0.05 * (g.size() - 1));
    return new Event(
        first.id(),
        formSource.type(),
        form,
        formSource.cameo(),
        mode,
        reported ? Status.REPORTED : Status.PLANNED,
        date,
        List.copyOf(actors.values()),
        List.copyOf(countries),
        location,
        List.copyOf(fields),
        quantities,
        sources,
        confidence);
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  private static void union(int[] p, int a, int b) {
    int ra = find(p, a);
    int rb = find(p, b);
    if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  @Override
  public String toString() {
    return "EventMerger";
  }
}
