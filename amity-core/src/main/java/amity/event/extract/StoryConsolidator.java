package amity.event.extract;

import amity.event.EventDates;
import amity.event.Forms;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mode;
import amity.model.Role;
import amity.model.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Joins the readings of a story that tell one event: a later reference ("the visit", "此次访问")
 * continues the last event of its family; readings of one family that share an actor or a
 * sentence, with dates that agree and neither naming a person the other lacks, are one; "the two
 * sides signed" takes the actors of the story's last event between two people, or the story's two
 * countries' leading people. Then undated readings take the date of the one occasion the story is
 * about, and a visitor's undated plans the days of the visit under way.
 *
 * <p>Stateless and thread-safe.
 */
public final class StoryConsolidator {
  private static final Map<String, Integer> ROLE_RANK = Map.ofEntries(
      Map.entry("general_secretary", 10), Map.entry("president", 10), Map.entry("head_of_state", 10),
      Map.entry("monarch", 10), Map.entry("first_secretary", 9), Map.entry("prime_minister", 9),
      Map.entry("head_of_government", 9), Map.entry("chancellor", 9), Map.entry("parliament_chair", 8),
      Map.entry("vice_president", 7), Map.entry("deputy_prime_minister", 6), Map.entry("foreign_minister", 6),
      Map.entry("secretary_general", 6), Map.entry("minister", 5), Map.entry("party_secretary", 4),
      Map.entry("ambassador", 3));

  private final KnowledgeBase kb;

  public StoryConsolidator(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** {@return the story's events, each once, in the order first told} */
  public List<Reading> consolidate(List<Reading> readings, List<LinkedMention> mentions, @Nullable DateValue anchor) {
    List<Participant> sides = sides(mentions);
    List<Reading> out = new ArrayList<>();
    for (Reading d : plannedRunsOn(AntecedentParties.give(readings))) {
      int target = -1;
      // The sides as subject, the names read only what they spoke of: the sides of the story's
      // last event between two people act, when it has one.
      Reading sameSentence = null;
      for (Reading o : out) if (sharesSentence(o, d) && o.persons().size() >= 2) sameSentence = o;
      if (d.has(Cue.SIDES_AS_SUBJECT) && d.has(Cue.BOTH_SIDES) && sameSentence != null) {
        // "习近平主席邀请穆塔里卡总统来华…，两国元首举行了…会晤": the sides are the two people of what the
        // sentence told before them, not those of the story's last meeting.
        List<Participant> pair = new ArrayList<>();
        for (Participant p : SideResolver.parties(sameSentence)) {
          if (p.mention().mention().type() == EntityType.PERSON) pair.add(p.withRole(Role.PARTICIPANT));
        }
        Set<String> countries = new LinkedHashSet<>(d.countries());
        countries.addAll(sameSentence.countries());
        d = d.withActors(pair).withCountries(countries);
      } else if (d.has(Cue.SIDES_AS_SUBJECT) && d.has(Cue.BOTH_SIDES) && out.stream().anyMatch(o -> o.persons().size() >= 2)) {
        d = d.withActors(List.of());
      } else if (d.has(Cue.SIDES_BEFORE) && d.has(Cue.BOTH_SIDES)) {
        d = sidesActing(d, out);
      } else if (d.has(Cue.BOTH_STATES) && (d.actors().isEmpty() || d.has(Cue.SIDES_AS_SUBJECT)) && sides.size() < 2
          && !d.family().equals("visit") && !d.family().equals("invitation") && out.stream().noneMatch(o -> o.persons().size() >= 2)) {
        // "… enfrenta a Brasil y Canadá … Los fallos de la OMC animaron a Canadá a pedir … sanciones
        // a Brasil … ambos gobiernos comenzarán a negociar": with no event between two people told
        // before, the two governments are the two states the story named last.
        List<Participant> states = lastStates(mentions, d);
        if (states.size() == 2) {
          Set<String> countries = new LinkedHashSet<>(d.countries());
          for (Participant p : states) countries.add(p.country());
          d = d.withActors(states).withCountries(countries);
        }
      }
      boolean continuing = d.has(Cue.ANAPHORIC) || (d.has(Cue.BOTH_SIDES) && d.actors().isEmpty());
      for (int i = out.size() - 1; i >= 0; i--) {
        Reading o = out.get(i);
        if (!Forms.compatible(o.form(), d.form())) continue;
        if (!continuing && !datesCompatible(o.date(), d.date()) || !placesCompatible(o, d)) continue;
        // "la reunión que los ministros … celebrarán mañana" after "la reunión … de hoy": a later
        // reference on another day is another occasion of the kind.
        if (continuing && differentDays(o.date(), d.date())) continue;
        // "现行的北美自由贸易协定是美国、墨西哥和加拿大于1994年签署的" after the new agreement they
        // reached: what a year long past tells is history, and joins no event of the story's time.
        if (!continuing && o.has(Cue.PAST_YEAR) != d.has(Cue.PAST_YEAR)) continue;
        // "The accord, agreed two weeks ago" with its parties from "the treaty should be signed in
        // the first half of September": what was done and what is still ahead are two.
        if (!continuing && (o.has(Cue.PARTIES_ELSEWHERE) || d.has(Cue.PARTIES_ELSEWHERE)) && o.planned() != d.planned()) continue;
        // A gathering of many states ("la cumbre de la UE") continues no telephone call.
        if (d.has(Cue.GATHERING) && o.mode() != Mode.IN_PERSON) continue;
        // A gathering a body alone may hold, named as such ("begin negotiations … at a NATO
        // meeting"), is an occasion of its own beside the talks its sentence tells, unless that is
        // the attending of it ("出席第74届联合国大会的中国代表团 … 峰会").
        if (d.has(Cue.GATHERING) && d.has(Cue.FORUM) && !continuing && sharesSentence(o, d) && !o.has(Cue.GATHERING)
            && !o.family().equals("ceremony")) {
          continue;
        }
        // "Tras su reunión sectorial con el ministro del Interior, Jaime Mayor Oreja, Chevenement
        // constató" after the two states' summit: a word for a meeting that names the two people
        // who held it, one of them no party of the gathering told before, is their own meeting
        // beside it, not a later word for the gathering.
        if (continuing && o.has(Cue.GATHERING) && !d.has(Cue.GATHERING) && d.family().equals("meet") && d.persons().size() >= 2
            && !o.persons().containsAll(d.persons())) {
          continue;
        }
        // "Elizabeth Papasoi, que inscribe su visita a España" after Vaz's visit to Spain: a word
        // for a visit told before, but another visitor's, one from abroad; a host's official
        // speaking of "the visit" names no other visitor.
        if (otherVisitors(o, d) && (!continuing || visitorsFromAbroad(o, d))) continue;
        // "He had earlier visited Japan, South Korea and China": told as at another time, it is
        // not the dated event told before.
        if (!continuing && d.has(Cue.ANOTHER_TIME) && o.date() != null && d.family().equals("visit")) continue;
        // "Rifkind, in Pakistan for a visit, …" then "an Asian tour that will also take him to
        // India, Sri Lanka …": a visit still to come, told in a sentence of its own, is not the
        // one under way.
        if (!continuing && d.family().equals("visit") && o.family().equals("visit") && d.planned() && !o.planned()
            && !sharesSentence(o, d) && goesElsewhere(d, o)) {
          continue;
        }
        // A call and a meeting told in two sentences are two ("He later discussed with Maskhadov …";
        // "in a telephone conversation with Yeltsin"); "phone talks" is one trigger.
        // The call told on with the same two people ("Trong held phone talks with Díaz-Canel …
        // The two leaders discussed …") is the call.
        if (!continuing && (o.mode() == Mode.IN_PERSON) != (d.mode() == Mode.IN_PERSON) && !sharesSentence(o, d)
            && !(o.persons().size() >= 2 && o.persons().equals(d.persons()))) continue;
        // "a telephone call from envoy Dennis Ross, who held talks in Paris with Israeli and Egyptian
        // officials": a call and talks in person, each led by someone the other is not led by, are two.
        if (!continuing && (o.mode() == Mode.IN_PERSON) != (d.mode() == Mode.IN_PERSON) && otherLeads(o, d)) continue;
        if (continuing || (sharesActor(o, d) || sharesSentence(o, d) || sharesCountries(o, d)) && nestedPeople(o, d)) {
          target = i;
          break;
        }
      }
      if (target < 0 && d.actors().isEmpty() && d.has(Cue.BOTH_SIDES) && (!out.isEmpty() || sides.size() == 2)) {
        d = SideResolver.resolve(d, out, sides);
      }
      if (target < 0) {
        out.add(d);
      } else {
        Reading into = out.get(target);
        // "…等出席会议": those who attend the occasion told before take part in it; a word that names
        // the gathering itself ("此一外长会", FORUM) is only a reference to it.
        boolean attending = continuing && d.family().equals("ceremony") && d.has(Cue.ANAPHORIC) && !d.has(Cue.FORUM);
        out.set(target, absorb(into, d, !continuing || into.persons().isEmpty() || attending, continuing));
      }
    }
    List<Reading> dated = dateFromProgramme(dateFromOccasion(out, anchor), anchor);
    List<Reading> tensed = new ArrayList<>();
    for (Reading r : dated) tensed.add(ahead(r, anchor) ? r.withStatus(Status.PLANNED) : r);
    return tensed;
  }

  /**
   * "Davies said … direct U.S. contacts with Massoud Barzani … and Jalal Talabani … The two party
   * leaders had also agreed to meet … Robert Pelletreau": the sides standing as the subject are the
   * two people of the story's last event between two people, and take part; those the sentence
   * names after the trigger are whom they act with. {@return the reading so, or as it was when the
   * story told no event between exactly two people, or one of them is already among its actors}
   */
  static Reading sidesActing(Reading d, List<Reading> before) {
    Reading last = null;
    for (Reading o : before) if (o.persons().size() >= 2) last = o;
    if (last == null || last.persons().size() != 2) return d;
    Reading from = last;
    List<Participant> pair = new ArrayList<>();
    for (Participant p : from.actors()) {
      if (p.mention().mention().type() == EntityType.PERSON) pair.add(p.withRole(Role.PARTICIPANT));
    }
    if (pair.size() != 2 || d.actors().stream().anyMatch(p -> from.persons().contains(p.entity()))) return d;
    List<Participant> actors = new ArrayList<>(pair);
    Set<String> sideStates = new HashSet<>();
    for (Participant p : pair) if (p.country() != null) sideStates.add(p.country());
    for (Participant p : d.actors()) {
      // "hai Thủ tướng đã hội đàm tại Trụ sở Chính phủ": a body of one side's own state is where
      // that side comes from (here, where they met), not a third party.
      if (p.mention().mention().type() != EntityType.PERSON && p.country() != null && sideStates.contains(p.country())) continue;
      actors.add(p.role() == Role.PARTICIPANT ? p.withRole(Role.TARGET) : p);
    }
    Set<String> countries = new LinkedHashSet<>(d.countries());
    countries.addAll(from.countries());
    return d.withActors(actors).withCountries(countries).withCue(Cue.PARTIES_ELSEWHERE);
  }

  /**
   * {@return the last two states the story names before {@code d}'s word, each as last named there,
   * or fewer}
   */
  static List<Participant> lastStates(List<LinkedMention> mentions, Reading d) {
    int at = d.trigger().span().start();
    Map<String, LinkedMention> last = new LinkedHashMap<>();
    for (LinkedMention m : mentions) {
      if (m.mention().span().end() > at || !EntityIds.isCountry(m.entityId())) continue;
      last.remove(m.entityId());
      last.put(m.entityId(), m);
    }
    List<LinkedMention> named = new ArrayList<>(last.values());
    List<Participant> out = new ArrayList<>();
    for (LinkedMention m : named.subList(Math.max(0, named.size() - 2), named.size())) {
      out.add(new Participant(m, Role.PARTICIPANT, EntityIds.countryCode(m.entityId())));
    }
    return out;
  }

  /** Whether two dates are both full days and do not overlap. */
  private static boolean differentDays(@Nullable DateRange a, @Nullable DateRange b) {
    return a != null && b != null && a.start().isFullDate() && b.start().isFullDate() && !datesCompatible(a, b);
  }

  /**
   * Whether an event's day, or the whole month it is dated by, lies after the story's
   * ("la reunión hispano-marroquí que previsiblemente se celebrará … la primera semana de junio" in
   * a story of 23 May): whatever the words, it has not happened yet.
   */
  private static boolean ahead(Reading r, @Nullable DateValue anchor) {
    if (r.date() == null || anchor == null || !anchor.isFullDate()) return false;
    DateValue d = r.date().start();
    if (d.year() == null) return false;
    if (d.isFullDate()) return d.sortKey().compareTo(anchor.sortKey()) > 0;
    // A year alone is too coarse: "el presupuesto de 2001", "the 1997 budget" are often named
    // onto what is told of today.
    if (d.month() == null) return false;
    return d.year() * 12 + d.month() > anchor.year() * 12 + anchor.month();
  }

  private static Reading absorb(Reading into, Reading d, boolean withActors, boolean reference) {
    String form = Forms.moreSpecific(into.form(), d.form());
    Mode mode = d.mode() != Mode.IN_PERSON ? d.mode() : into.mode();
    Reading r = into.withForm(form, mode).withEvidenceOf(d);
    // Attending what its sentence names a gathering of many states is taking part in it.
    if (d.has(Cue.GATHERING) && into.family().equals("ceremony")) r = r.withCue(Cue.GATHERING);
    if (datesCompatible(into.date(), d.date())) {
      r = r.withDate(EventDates.morePrecise(into.date(), d.date(), Forms.family(form).equals("visit")));
    }
    // Two words of one sentence ("expected to meet … for talks"): planned if either is. Later
    // references ("Levy's visit would be the first …", "before Levy's arrival") keep what the
    // first report said; the date decides at the end.
    if (sharesSentence(into, d) && d.planned()) r = r.withStatus(Status.PLANNED);
    if (withActors) {
      Map<String, Participant> actors = new LinkedHashMap<>();
      for (Participant p : into.actors()) actors.put(p.entity(), p);
      for (Participant p : d.actors()) actors.putIfAbsent(p.entity(), p);
      r = r.withActors(namedOverGroups(List.copyOf(actors.values())));
    }
    return r;
  }

  /**
   * Many states named together ("安理会非洲成员国") give way to their people named one by one at the
   * same occasion ("外长塔诺、…杰希纳维等出席会议"): the most specific names the story gives, when
   * people of two countries or more take part.
   */
  private static List<Participant> namedOverGroups(List<Participant> actors) {
    if (actors.stream().noneMatch(p -> GroupFinder.manyStates(p.mention()))) return actors;
    Set<String> countries = new java.util.HashSet<>();
    for (Participant p : actors) {
      if (p.mention().mention().type() == EntityType.PERSON && p.country() != null) countries.add(p.country());
    }
    if (countries.size() < 2) return actors;
    return actors.stream().filter(p -> !GroupFinder.manyStates(p.mention())).toList();
  }

  /**
   * Two readings share an actor that is not a country. With {@link #nestedPeople} they are one
   * event: talks with Díaz-Canel and a call on Raúl Castro the same afternoon are two, though
   * Lương Cường is in both.
   */
  static boolean sharesActor(Reading a, Reading b) {
    for (Participant p : a.actors()) {
      if (EntityIds.isCountry(p.entity())) continue;
      for (Participant q : b.actors()) if (q.entity().equals(p.entity())) return true;
    }
    return false;
  }

  /**
   * Two readings whose only actors are countries, the same two or more ("the United States,
   * Mexico and Canada signed …" told twice).
   */
  static boolean sharesCountries(Reading a, Reading b) {
    Set<String> ca = countryActors(a);
    Set<String> cb = countryActors(b);
    if (ca.size() < 2 || cb.size() < 2 || ca.size() != a.actors().size() || cb.size() != b.actors().size()) return false;
    return ca.containsAll(cb) || cb.containsAll(ca);
  }

  private static Set<String> countryActors(Reading r) {
    Set<String> out = new java.util.HashSet<>();
    for (Participant p : r.actors()) if (EntityIds.isCountry(p.entity())) out.add(p.entity());
    return out;
  }

  /**
   * A visit to Lima and one to Chile are two, whoever made them; a visit to Havana and one to a
   * monument in Havana's country are one trip.
   */
  boolean placesCompatible(Reading a, Reading b) {
    if (!a.family().equals("visit") || !b.family().equals("visit")) return true;
    if (a.location() != null && b.location() != null) {
      if (a.location().entity().equals(b.location().entity())) return true;
      String ca = kb.get(a.location().entity()).map(KbEntry::country).orElse(null);
      String cb = kb.get(b.location().entity()).map(KbEntry::country).orElse(null);
      return ca != null && ca.equals(cb);
    }
    // Without both places, the countries gone to: "arrived in Belgrade" and "flew to the Croatian
    // capital Zagreb" are two visits.
    Set<String> da = destinations(a);
    Set<String> db = destinations(b);
    if (da.isEmpty() || db.isEmpty()) return true;
    for (String c : da) if (db.contains(c)) return true;
    return false;
  }

  /**
   * Whether {@code d} names countries it goes to ("will also take him to India, Sri Lanka …") and
   * {@code o} names none of them, as a party, a country or its place.
   */
  private boolean goesElsewhere(Reading d, Reading o) {
    Set<String> to = new java.util.HashSet<>();
    for (Participant p : d.actors()) if (p.role() == Role.TARGET && EntityIds.isCountry(p.entity())) to.add(EntityIds.countryCode(p.entity()));
    if (to.isEmpty()) return false;
    Set<String> there = new java.util.HashSet<>(destinations(o));
    there.addAll(o.countries());
    for (Participant p : o.actors()) if (EntityIds.isCountry(p.entity())) there.add(EntityIds.countryCode(p.entity()));
    for (String c : to) if (there.contains(c)) return false;
    return true;
  }

  /** The countries a visit goes to: its place's, else those it names that are not its visitors'. */
  private Set<String> destinations(Reading r) {
    Set<String> out = new java.util.HashSet<>();
    if (r.location() != null) {
      kb.get(r.location().entity()).map(KbEntry::country).ifPresent(out::add);
      return out;
    }
    out.addAll(r.countries());
    for (Participant p : r.actors()) if (p.role() != Role.TARGET && p.country() != null) out.remove(p.country());
    return out;
  }

  /** Whether both readings name who leads them ({@code SOURCE}) and none leads both. */
  static boolean otherLeads(Reading a, Reading b) {
    Set<String> la = new java.util.HashSet<>();
    for (Participant p : a.actors()) if (p.role() == Role.SOURCE) la.add(p.entity());
    if (la.isEmpty()) return false;
    boolean any = false;
    for (Participant p : b.actors()) {
      if (p.role() != Role.SOURCE) continue;
      if (la.contains(p.entity())) return false;
      any = true;
    }
    return any;
  }

  /** Two visits by different people ("Levy will visit Bonn"; "Ruehe will visit Israel") are two. */
  static boolean otherVisitors(Reading a, Reading b) {
    if (!a.family().equals("visit") || !b.family().equals("visit")) return false;
    Set<String> va = visitors(a);
    Set<String> vb = visitors(b);
    if (va.isEmpty() || vb.isEmpty()) return false;
    for (String v : va) if (vb.contains(v)) return false;
    return true;
  }

  /** Whether {@code d}'s visitors all have a known country, none of them one {@code o} goes to. */
  private boolean visitorsFromAbroad(Reading o, Reading d) {
    Set<String> to = destinations(o);
    if (to.isEmpty()) return false;
    boolean any = false;
    for (Participant p : d.actors()) {
      if (p.role() == Role.TARGET || !p.entity().startsWith("person")) continue;
      if (p.country() == null || to.contains(p.country())) return false;
      any = true;
    }
    return any;
  }

  private static Set<String> visitors(Reading r) {
    Set<String> out = new java.util.HashSet<>();
    for (Participant p : r.actors()) if (p.role() != Role.TARGET && p.entity().startsWith("person")) out.add(p.entity());
    return out;
  }

  /** Two readings told in one sentence: "rice donated by the Government … was handed over" is one gift. */
  static boolean sharesSentence(Reading a, Reading b) {
    for (var e : b.sources()) if (a.sources().contains(e)) return true;
    return false;
  }

  /** Neither reading names a person the other lacks. */
  static boolean nestedPeople(Reading a, Reading b) {
    Set<String> pa = a.persons();
    Set<String> pb = b.persons();
    return pa.containsAll(pb) || pb.containsAll(pa);
  }

  static boolean datesCompatible(@Nullable DateRange a, @Nullable DateRange b) {
    return a == null || b == null || a.overlaps(b);
  }

  /**
   * "The committee will meet on Sunday … Representatives of the five nations will meet at 11
   * a.m.": a planned event told on in the very next sentence without a date of its own keeps the
   * day just given for a planned event of its kind.
   */
  static List<Reading> plannedRunsOn(List<Reading> readings) {
    List<Reading> out = new ArrayList<>(readings);
    for (int i = 0; i < out.size(); i++) {
      Reading d = out.get(i);
      if (!d.planned() || d.date() != null || d.has(Cue.PAST_YEAR) || d.has(Cue.BACKGROUND) || d.has(Cue.ANOTHER_TIME)) continue;
      var at = d.sources().get(0);
      for (int j = i - 1; j >= 0; j--) {
        Reading p = out.get(j);
        var before = p.sources().get(p.sources().size() - 1);
        if (before.span().equals(at.span()) || !before.doc().equals(at.doc())) continue;
        boolean adjacent = before.span().end() <= at.span().start() && at.span().start() - before.span().end() <= 3;
        if (!adjacent) break;
        if (p.planned() && p.date() != null && p.date().start().day() != null && Forms.compatible(p.form(), d.form())) {
          out.set(i, d.withDate(p.date()));
          break;
        }
      }
    }
    return out;
  }

  /**
   * A story about one occasion dates all it reports: when every dated report of the story falls
   * on one day, or inside the one visit it tells of, and that is no more than a week before the
   * story's day, undated reports take that date. A report dated after the story's day is of a
   * plan, whatever its words.
   */
  static List<Reading> dateFromOccasion(List<Reading> readings) {
    return dateFromOccasion(readings, null);
  }

  static List<Reading> dateFromOccasion(List<Reading> readings, @Nullable DateValue anchor) {
    DateRange occasion = null;
    // A speaker's presence in a place is read at home too until the gate drops it ("Bertinotti
    // denunció hoy en Florencia"): its day makes no occasion of the story.
    for (Reading d : readings) {
      if (d.planned() || d.date() == null || ahead(d, anchor) || d.trigger().trigger().presence()) continue;
      if (d.family().equals("visit") && d.date().end() != null) {
        if (occasion != null && occasion.end() != null && !occasion.equals(d.date())) return readings;
        occasion = d.date();
      }
    }
    for (Reading d : readings) {
      if (d.planned() || d.date() == null || ahead(d, anchor) || d.trigger().trigger().presence()) continue;
      if (occasion == null) {
        occasion = d.date();
      } else if (!occasion.overlaps(d.date())) {
        return readings;
      }
    }
    // Only a day (or days) makes an occasion: a month told of one report ("el pasado febrero")
    // is not the day of the rest.
    if (occasion == null || occasion.start().day() == null || !recent(occasion, anchor)) return readings;
    List<Reading> out = new ArrayList<>();
    for (Reading d : readings) {
      // A visit lasts: the one day of what was done during it is not its date. An item of a press
      // digest is a story of its own paper, not of the occasion of the items around it.
      boolean undated = d.date() == null && !d.planned() && !d.has(Cue.PAST_YEAR) && !d.has(Cue.BACKGROUND)
          && d.sources().stream().noneMatch(e -> EventDater.opensDigestItem(e.sentence()))
          && !d.has(Cue.REPORTED_SPEECH) && !d.has(Cue.ANOTHER_TIME) && !(d.family().equals("visit") && occasion.end() == null);
      out.add(undated ? d.withDate(occasion) : d);
    }
    return out;
  }

  /** How many days before the story's an occasion may end and still be what the story is about. */
  static final int OCCASION_DAYS = 7;

  /** Whether a date ends within {@link #OCCASION_DAYS} of the story's day (never when the story's day is not known). */
  private static boolean recent(DateRange d, @Nullable DateValue anchor) {
    DateValue last = d.end() != null ? d.end() : d.start();
    // A story of no known day shows no occasion: a day without a year ("9月30日") may be any.
    if (anchor == null || !anchor.isFullDate()) return false;
    if (!last.isFullDate()) return true;
    return java.time.temporal.ChronoUnit.DAYS.between(last.toLocalDate().orElseThrow(), anchor.toLocalDate().orElseThrow()) <= OCCASION_DAYS;
  }

  /**
   * "According to the programme, the President will meet …", "Ruehe will visit Israel from
   * September 2 to 4 … planned to meet his Israeli counterpart": an undated plan of a visitor falls
   * within the days of the visit that visitor is making or will make, when the story tells of one.
   */
  static List<Reading> dateFromProgramme(List<Reading> readings, @Nullable DateValue anchor) {
    List<Reading> visits = new ArrayList<>();
    for (Reading d : readings) {
      if (d.date() == null || d.date().start().day() == null || !d.family().equals("visit")) continue;
      DateValue last = d.date().end() != null ? d.date().end() : d.date().start();
      // A visit told as past counts only while it is still under way.
      if (!d.planned() && (d.date().end() == null || !last.isFullDate()
          || anchor != null && anchor.isFullDate() && anchor.sortKey().compareTo(last.sortKey()) > 0)) {
        continue;
      }
      visits.add(d);
    }
    if (visits.isEmpty()) return readings;
    List<Reading> out = new ArrayList<>();
    for (Reading d : readings) {
      DateRange date = null;
      if (d.date() == null && d.planned() && !d.family().equals("visit") && !d.has(Cue.PAST_YEAR) && !d.has(Cue.BACKGROUND)) {
        for (Reading v : visits) {
          if (!sharesPerson(d, v)) continue;
          if (date != null && !date.equals(v.date())) {
            date = null;
            break;
          }
          date = v.date();
        }
      }
      out.add(date != null ? d.withDate(date) : d);
    }
    return out;
  }

  private static boolean sharesPerson(Reading a, Reading b) {
    Set<String> pb = b.persons();
    for (String p : a.persons()) if (pb.contains(p)) return true;
    return false;
  }

  /**
   * The two sides a story is about: its two most named countries, each with its highest-ranking
   * person, for sentences that say "the two sides" and name no one.
   */
  private List<Participant> sides(List<LinkedMention> mentions) {
    Map<String, Integer> countryCount = new HashMap<>();
    Map<String, LinkedMention> best = new HashMap<>();
    Map<String, Integer> bestRank = new HashMap<>();
    for (LinkedMention m : mentions) {
      KbEntry e = kb.get(m.entityId()).orElse(null);
      String c = e != null && e.country() != null ? e.country() : m.mention().country();
      if (c == null) continue;
      countryCount.merge(c, 1, Integer::sum);
      if (m.mention().type() != EntityType.PERSON) continue;
      int rank = 1;
      for (String r : m.mention().roles()) rank = Math.max(rank, ROLE_RANK.getOrDefault(r, 1));
      if (e != null) for (var r : e.roles()) rank = Math.max(rank, ROLE_RANK.getOrDefault(r.role(), 1));
      if (rank > bestRank.getOrDefault(c, 0)) {
        bestRank.put(c, rank);
        best.put(c, m);
      }
    }
    List<String> top = countryCount.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(2).map(Map.Entry::getKey).toList();
    List<Participant> out = new ArrayList<>();
    for (String c : top) {
      LinkedMention p = best.get(c);
      if (p != null) out.add(new Participant(p, Role.PARTICIPANT, c));
    }
    return out;
  }
}
