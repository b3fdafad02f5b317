package amity.event;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.PhraseTrie;
import amity.model.Actor;
import amity.model.AnalyzedStory;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.EntityType;
import amity.model.Event;
import amity.model.Evidence;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.Sentence;
import amity.model.Span;
import amity.stage.EventExtractor;
import amity.time.DateFinder;
import amity.time.DateMention;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads events from trigger words and the mentions around them, one language's {@code
 * triggers.tsv} and {@code events.tsv} at a time.
 *
 * <p>In each sentence, every trigger family (visits, meetings, signings, aid, …) gives at most one
 * event. Its actors are the people, bodies and countries of the sentence, except places named as
 * where it happened, titles' complements, and people who only report it; those before the trigger
 * act, those after it are acted on. Its date is the date expression nearest the trigger, resolved
 * against the story's publication date. A trigger after a determiner ("the visit", "此次访问") or a
 * sentence about "the two sides" continues the story's last event of its family instead of
 * starting a new one.
 *
 * <p>Thread-safe: per-language data is loaded once and immutable.
 */
public final class TriggerEventExtractor implements EventExtractor {
  private final KnowledgeBase kb;
  private final DateFinder dates = new DateFinder();
  private final Map<String, Optional<EventLexicon>> lexicons = new ConcurrentHashMap<>();

  public TriggerEventExtractor(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** An event while it is being read. */
  private static final class Draft {
    Trigger trigger;
    String surface;
    /** Where the first trigger stands in the document: one sentence may tell two events of a family. */
    int triggerAt;
    boolean planned;
    boolean anaphoric;
    boolean bothSides;
    /** "met A and B separately", "分别会见": one meeting with each. */
    boolean separately;
    /** The sentence names a year long before the story's own, near the trigger. */
    boolean pastYear;
    /** Told as the object of thanks: it happened before, on no day the story gives. */
    boolean background;
    @Nullable DateRange date;
    final Map<String, Actor> actors = new LinkedHashMap<>();
    final Set<String> countries = new LinkedHashSet<>();
    @Nullable Place location;
    final Set<String> fields = new LinkedHashSet<>();
    final List<Quantity> quantities = new ArrayList<>();
    final List<Evidence> sources = new ArrayList<>();
    double confidence;

    /** Tells apart the events one reading was split into (one per envoy); empty otherwise. */
    String part = "";

    Draft(Trigger t, String surface) {
      this.trigger = t;
      this.surface = surface;
    }

    /** {@return a copy naming, of the people acted on, only {@code target}} */
    Draft withOnlyTarget(Actor target, Set<String> otherCountries, @Nullable String targetCountry) {
      Draft c = new Draft(trigger, surface);
      c.triggerAt = triggerAt;
      c.planned = planned;
      c.anaphoric = anaphoric;
      c.bothSides = bothSides;
      c.separately = separately;
      c.pastYear = pastYear;
      c.background = background;
      c.date = date;
      for (Actor a : actors.values()) {
        if (!a.role().equals(Actor.TARGET) || a.entity().equals(target.entity()) || !a.entity().startsWith("person")) {
          c.actors.put(a.entity(), a);
        }
      }
      for (String country : countries) if (!otherCountries.contains(country) || country.equals(targetCountry)) c.countries.add(country);
      if (targetCountry != null) c.countries.add(targetCountry);
      c.location = location;
      c.fields.addAll(fields);
      c.quantities.addAll(quantities);
      c.sources.addAll(sources);
      c.confidence = confidence;
      c.part = target.entity();
      return c;
    }
  }

  /**
   * "The President received the ambassadors of Spain, Mexico and Laos, who presented their
   * credentials": each envoy presents their own, so each is an event between two countries. So
   * is each meeting of "met A and B separately" ("分别会见了A和B").
   */
  private static List<Draft> perEnvoy(Draft d, List<LinkedMention> mentions) {
    boolean each = d.trigger.form().equals("credentials") || d.separately && Forms.family(d.trigger.form()).equals("meet");
    if (!each) return List.of(d);
    List<Actor> envoys = new ArrayList<>();
    for (Actor a : d.actors.values()) if (a.role().equals(Actor.TARGET) && a.entity().startsWith("person")) envoys.add(a);
    if (envoys.size() < 2) return List.of(d);
    Map<String, String> countryOf = new HashMap<>();
    for (LinkedMention m : mentions) {
      if (m.mention().country() != null) countryOf.putIfAbsent(m.entityId(), m.mention().country());
    }
    List<Draft> out = new ArrayList<>();
    for (Actor envoy : envoys) {
      Set<String> others = new HashSet<>();
      for (Actor o : envoys) {
        String c = countryOf.get(o.entity());
        if (o != envoy && c != null) others.add(c);
      }
      out.add(d.withOnlyTarget(envoy, others, countryOf.get(envoy.entity())));
    }
    return out;
  }

  @Override
  public List<Event> extract(Document document, AnalyzedStory story, List<LinkedMention> mentions) {
    Optional<EventLexicon> lex = lexicons.computeIfAbsent(story.lang(), EventLexicon::load);
    if (lex.isEmpty()) return List.of();
    String text = story.story().text();
    DateValue anchor = story.story().published().date();
    boolean approximate = story.story().published().basis().equals("related-list");
    List<DateMention> allDates = dates.find(text, story.lang(), anchor, approximate);
    List<Draft> drafts = new ArrayList<>();
    DateRange carried = null;
    for (Sentence s : story.sentences()) {
      drafts.addAll(readSentence(document, story, s, lex.get(), mentions, allDates, carried));
      // A day named in a sentence dates the sentences after it that name none ("On 15 April the
      // presidents held talks. They signed six documents.").
      // A single day tells more than the range of the visit it falls in.
      DateRange day = null;
      DateRange range = null;
      for (DateMention dm : allDates) {
        if (s.span().contains(dm.span()) && dm.isDay() && !insideParentheses(text, s.span().start(), dm.span().start())) {
          if (dm.range().end() == null) day = dm.range(); else range = dm.range();
        }
      }
      if (day != null) carried = day; else if (range != null) carried = range;
    }
    List<Draft> merged = consolidate(drafts, sides(mentions));
    dateFromOccasion(merged);
    dateFromProgramme(merged, anchor);
    List<Event> out = new ArrayList<>();
    for (Draft whole : merged) {
      for (Draft d : perEnvoy(whole, mentions)) {
        if (d.actors.isEmpty() || isHistory(d, anchor)) continue;
        out.add(build(d));
      }
    }
    return out;
  }

  /** A trigger found in a sentence. */
  private record Found(Trigger trigger, Span span) {}

  private List<Draft> readSentence(
      Document doc,
      AnalyzedStory story,
      Sentence s,
      EventLexicon lex,
      List<LinkedMention> mentions,
      List<DateMention> allDates,
      @Nullable DateRange carried) {
    String text = story.story().text();
    List<Span> frames = new ArrayList<>();
    for (Span x : lex.suppressed(s.text())) frames.add(x.shift(s.span().start()));
    // People inside an invitation frame ("at the invitation of X") invite; they do not act.
    List<LinkedMention> inSentence = mentions.stream()
        .filter(m -> s.span().contains(m.mention().span()))
        .filter(m -> frames.stream().noneMatch(f -> f.contains(m.mention().span())))
        .toList();
    List<Found> found = triggers(text, s, lex, mentions);
    if (found.isEmpty()) return List.of();
    List<Span> people = new ArrayList<>();
    for (LinkedMention m : inSentence) if (m.mention().type() == amity.model.EntityType.PERSON) people.add(m.mention().span());
    List<List<Found>> all = group(found, people, s.span().end());
    List<List<Found>> kept = precedence(all);
    List<Draft> out = new ArrayList<>();
    boolean bothSides = lex.anyIn("both_sides", s.text());
    boolean separately = lex.anyIn("separately", s.text());
    int firstTrigger = all.get(0).get(0).span().start();
    List<LinkedMention> previousObjects = List.of();
    for (int gi = 0; gi < all.size(); gi++) {
      List<Found> g = all.get(gi);
      Found lead = g.get(0);
      // Scope: mentions before the first trigger are everyone's subjects; a mention after a
      // trigger is its object, unless a comma stands between them, which makes it the subject of
      // the next trigger ("访问古巴期间，黄忠海一行会见了…").
      int from = lead.span().start();
      int to = gi + 1 < all.size() ? all.get(gi + 1).get(0).span().start() : s.span().end();
      int prevEnd = gi > 0 ? all.get(gi - 1).get(all.get(gi - 1).size() - 1).span().end() : -1;
      List<LinkedMention> scope = new ArrayList<>();
      List<LinkedMention> objects = new ArrayList<>();
      for (LinkedMention m : inSentence) {
        int at = m.mention().fullSpan().start();
        boolean subject = at < firstTrigger
            || (prevEnd >= 0 && at >= prevEnd && at < from && hasClauseBreak(text, prevEnd, at));
        boolean object = at >= from && at < to && !(gi + 1 < all.size() && hasClauseBreak(text, lead.span().end(), at));
        if (subject || object) scope.add(m);
        if (object) objects.add(m);
      }
      String before = text.substring(clauseStart(text, s.span().start(), lead.span().start()), lead.span().start());
      boolean history = !lex.find("history", text.substring(Math.max(s.span().start(), lead.span().start() - 60), lead.span().start())).isEmpty();
      boolean thanks = !lex.find("background", before).isEmpty();
      boolean occasion = lex.endsBefore("occasion", text, lead.span().start(), 12);
      List<LinkedMention> previous = previousObjects;
      previousObjects = objects;
      if (!kept.contains(g) || history) continue;
      Draft d = new Draft(lead.trigger(), lead.span().of(text));
      d.triggerAt = story.story().alignment().toOriginal(lead.span().start());
      for (Found f : g) {
        if (!Forms.moreSpecific(d.trigger.form(), f.trigger().form()).equals(d.trigger.form())) {
          d.trigger = f.trigger();
          d.surface = f.span().of(text);
        }
        if (!f.trigger().mode().equals("in_person")) d.trigger = withMode(d.trigger, f.trigger().mode());
        String b = text.substring(clauseStart(text, s.span().start(), f.span().start()), f.span().start());
        if (!lex.find("planned", b).isEmpty() || !lex.find("planned", f.span().of(text)).isEmpty()) d.planned = true;
        if (lex.endsBefore("anaphor", text, f.span().start(), 24)) d.anaphoric = true;
      }
      d.bothSides = bothSides;
      d.separately = separately;
      d.background = thanks;
      if (thanks) {
        // "thanked Việt Nam for gifting rice": the one thanked gave.
        int marker = s.span().start() + clauseStart(text, s.span().start(), lead.span().start()) - s.span().start();
        for (PhraseTrie.Match<String> bm : lex.find("background", before)) marker = Math.max(marker, clauseStart(text, s.span().start(), lead.span().start()) + bm.span().end());
        int m0 = marker;
        scope = inSentence.stream().filter(m -> m.mention().span().start() >= m0 && m.mention().span().start() < lead.span().start()).toList();
      } else if (occasion && Forms.family(d.trigger.form()).equals("visit") && !previous.isEmpty()) {
        // "X received Y on the occasion of his visit": the visitor is Y.
        scope = previous;
      }
      fillArguments(d, lead.span(), text, s, lex, scope, inSentence);
      DateMention dm = nearestDate(allDates, s.span(), lead.span(), text);
      d.date = dm == null ? null : byTense(dm, d.planned, story.story().published().date());
      d.pastYear = pastYearNear(s.text(), lead.span().start() - s.span().start(), story.story().published().date());
      if (d.date == null && !d.planned && !d.pastYear && !d.background) d.date = carried;
      for (PhraseTrie.Match<String> f : lex.fields.findAll(s.text())) d.fields.addAll(f.values());
      for (Map.Entry<Span, Quantity> q : lex.quantities(s.text())) d.quantities.add(q.getValue());
      Span docSpan = story.story().alignment().toOriginal(s.span());
      d.sources.add(new Evidence(doc.id(), story.story().id(), doc.file(), story.lang(), s.text(), docSpan));
      d.confidence = confidence(d);
      out.add(d);
    }
    return out;
  }

  private static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (",，;；:：".indexOf(text.charAt(i)) >= 0) return true;
    }
    return false;
  }

  /** Triggers of a sentence that are events: not inside names or titles, not suppressed, with what they require. */
  private List<Found> triggers(String text, Sentence s, EventLexicon lex, List<LinkedMention> inSentence) {
    List<Span> suppressed = lex.suppressed(s.text());
    boolean hasQuantity = !lex.quantities(s.text()).isEmpty();
    boolean hasAgreementObject = lex.anyIn("agreement_object", s.text());
    boolean hasCeremony = lex.anyIn("ceremony", s.text());
    List<Found> out = new ArrayList<>();
    for (PhraseTrie.Match<Trigger> m : PhraseTrie.longestNonOverlapping(lex.triggers.findAll(s.text()))) {
      Trigger t = m.values().get(0);
      if (!t.isEvent() || suppressed.stream().anyMatch(x -> x.contains(m.span()))) continue;
      boolean required =
          switch (t.requires()) {
            case "quantity" -> hasQuantity;
            case "agreement_object" -> hasAgreementObject;
            case "ceremony" -> hasCeremony;
            default -> true;
          };
      if (!required) continue;
      Span span = m.span().shift(s.span().start());
      boolean insideName = inSentence.stream().anyMatch(l ->
          (l.mention().type() != EntityType.GPE && l.mention().span().overlaps(span))
              || (l.mention().titleSpan() != null && l.mention().titleSpan().overlaps(span)));
      if (!insideName) out.add(new Found(t, span));
    }
    // What an invitation invites to ("mời … sang thăm Việt Nam và dự Lễ …", "对…访问越南的邀请") is
    // not an event yet.
    List<Found> invitations = out.stream().filter(f -> f.trigger().form().equals("invitation")).toList();
    if (!invitations.isEmpty()) {
      out.removeIf(f -> {
        String fam = Forms.family(f.trigger().form());
        if (!fam.equals("visit") && !fam.equals("ceremony")) return false;
        for (Found inv : invitations) {
          int a = Math.min(inv.span().start(), f.span().start());
          int b = Math.max(inv.span().end(), f.span().end());
          String between = text.substring(a, b);
          if (between.length() < 120 && !between.matches("(?s).*[.;。；!?].*")) return true;
        }
        return false;
      });
    }
    return out;
  }

  /** Whether another group's trigger stands within 40 characters of this group's. */
  private static boolean closeToAnother(List<Found> g, List<List<Found>> groups) {
    for (List<Found> o : groups) {
      if (o == g) continue;
      for (Found a : g) {
        for (Found b : o) {
          int gap = a.span().start() < b.span().start() ? b.span().start() - a.span().end() : a.span().start() - b.span().end();
          if (gap <= 40) return true;
        }
      }
    }
    return false;
  }

  /**
   * Triggers of one family next to each other ("tiếp … đến chào từ biệt") are one event, unless
   * each has people of its own after it: "paid a courtesy call on A and met B" is two.
   */
  private static List<List<Found>> group(List<Found> found, List<Span> people, int sentenceEnd) {
    List<List<Found>> groups = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      List<Found> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null) {
        Found prev = last.get(last.size() - 1);
        boolean sameFamily = Forms.family(prev.trigger().form()).equals(Forms.family(f.trigger().form()));
        int nextStart = i + 1 < found.size() ? found.get(i + 1).span().start() : sentenceEnd;
        boolean ownObjects = anyWithin(people, prev.span().end(), f.span().start()) && anyWithin(people, f.span().end(), nextStart);
        if (sameFamily && f.span().start() - prev.span().end() <= 40 && !ownObjects) {
          last.add(f);
          continue;
        }
      }
      List<Found> g = new ArrayList<>();
      g.add(f);
      groups.add(g);
    }
    return groups;
  }

  private static boolean anyWithin(List<Span> spans, int from, int to) {
    for (Span x : spans) if (x.start() >= from && x.end() <= to) return true;
    return false;
  }

  /**
   * In one sentence, a joint-committee session, a presentation of credentials or a handover of
   * aid is the event, and the meeting or reception words around it describe it; attending is
   * incidental when anything else happens in the sentence.
   */
  private static List<List<Found>> precedence(List<List<Found>> groups) {
    java.util.Set<String> families = new java.util.HashSet<>();
    for (List<Found> g : groups) for (Found f : g) families.add(Forms.family(f.trigger().form()));
    boolean strong = families.contains("committee") || families.contains("aid")
        || groups.stream().anyMatch(g -> g.stream().anyMatch(f -> f.trigger().form().equals("credentials")));
    List<List<Found>> out = new ArrayList<>();
    for (List<Found> g : groups) {
      String fam = Forms.family(g.get(0).trigger().form());
      boolean credentials = g.stream().anyMatch(f -> f.trigger().form().equals("credentials"));
      boolean remote = g.stream().anyMatch(f -> !f.trigger().mode().equals("in_person"));
      if (strong && fam.equals("meet") && !credentials && !remote) continue;
      if (fam.equals("ceremony") && closeToAnother(g, groups)) continue;
      out.add(g);
    }
    return out.isEmpty() ? groups : out;
  }

  private void fillArguments(
      Draft d, Span trigger, String text, Sentence s, EventLexicon lex, List<LinkedMention> scope,
      List<LinkedMention> inSentence) {
    List<LinkedMention> people = new ArrayList<>();
    List<LinkedMention> places = new ArrayList<>();
    for (LinkedMention l : scope) {
      Mention m = l.mention();
      boolean complement =
          inSentence.stream()
              .anyMatch(o -> o != l && o.mention().titleSpan() != null && o.mention().titleSpan().contains(m.span()));
      KbEntry e = kb.get(l.entityId()).orElse(null);
      String country = e != null ? e.country() : m.country();
      if (country != null) d.countries.add(country);
      if (complement) continue;
      // An agency in parentheses is a byline ("(EFE)", "(VNA)"), not a party to the event.
      if (e != null && "news_agency".equals(e.kind()) && insideParentheses(text, s.span().start(), m.span().start())) continue;
      if (lex.endsBefore("attribution", text, m.fullSpan().start(), 16)) continue;
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORG) {
        people.add(l);
      } else {
        places.add(l);
      }
    }
    boolean visit = Forms.family(d.trigger.form()).equals("visit");
    List<LinkedMention> countryActors = new ArrayList<>();
    for (LinkedMention p : places) {
      int start = p.mention().span().start();
      boolean locative = lex.endsBefore("locative", text, start, 16);
      boolean destination = lex.endsBefore("destination", text, start, 16) && start > trigger.start() - 16;
      KbEntry e = kb.get(p.entityId()).orElse(null);
      boolean city = e != null && !"country".equals(e.kind());
      if (locative || (visit && destination)) {
        if (d.location == null || city) d.location = new Place(p.entityId(), p.entityName());
        if (visit && destination && !city) countryActors.add(p);
      } else if (!city) {
        countryActors.add(p);
      }
    }
    boolean anyPerson = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON);
    if (anyPerson) {
      // With people named, bodies are where they come from, not who acts — unless a body is the
      // only subject ("the Ministry of Health handed over …").
      boolean personBefore = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON
          && p.mention().span().start() < trigger.start());
      people.removeIf(p -> p.mention().type() == EntityType.ORG
          && (personBefore || p.mention().span().start() > trigger.start() || isInternational(p)));
    }
    // Countries act only when no person or body is named; otherwise they are the event's
    // countries (and a visit's destination its place). International bodies are the frame
    // ("at the United Nations") unless nothing else acts.
    List<LinkedMention> actors = new ArrayList<>(people);
    if (people.stream().anyMatch(p -> !isInternational(p)) || !countryActors.isEmpty()) {
      actors.removeIf(this::isInternational);
    }
    if (actors.isEmpty()) actors.addAll(countryActors);
    if (actors.isEmpty()) actors.addAll(people);
    if (visit && actors.stream().allMatch(a -> a.mention().type() == EntityType.GPE)) {
      actors.clear(); // a visit needs a visitor
    }
    boolean anyBefore = actors.stream().anyMatch(a -> a.mention().span().start() < trigger.start());
    boolean anyAfter = actors.stream().anyMatch(a -> a.mention().span().start() > trigger.start());
    for (LinkedMention a : actors) {
      String role;
      int start = a.mention().fullSpan().start();
      if (!(anyBefore && anyAfter)) {
        role = Actor.PARTICIPANT;
      } else if (start < trigger.start()) {
        role = Actor.SOURCE;
      } else {
        role = lex.endsBefore("agent", text, start, 8) ? Actor.SOURCE : Actor.TARGET;
      }
      d.actors.putIfAbsent(a.entityId(), new Actor(a.entityId(), a.entityName(), role));
    }
  }

  private static Trigger withMode(Trigger t, String mode) {
    return new Trigger(t.type(), t.form(), t.cameo(), mode, t.requires());
  }

  /** Past events recalled as background ("Fidel Castro's visit in 1973") are not news. */
  private static boolean isHistory(Draft d, @Nullable DateValue anchor) {
    if (d.pastYear && (d.date == null || d.date.start().day() == null)) return true;
    if (d.date == null || d.date.start().year() == null || anchor == null || anchor.year() == null) return false;
    return d.date.start().year() < anchor.year() - 3;
  }

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

  /** Whether a year more than three years before the anchor's stands within 60 characters of the trigger. */
  private static boolean pastYearNear(String sentence, int trigger, @Nullable DateValue anchor) {
    if (anchor == null || anchor.year() == null) return false;
    java.util.regex.Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y < anchor.year() - 3 && Math.abs(m.start() - trigger) <= 60) return true;
    }
    return false;
  }

  private boolean isInternational(LinkedMention m) {
    return kb.get(m.entityId()).map(e -> "international".equals(e.kind())).orElse(false);
  }

  private static int clauseStart(String text, int sentenceStart, int pos) {
    for (int i = pos - 1; i > sentenceStart; i--) {
      if (";；:：".indexOf(text.charAt(i)) >= 0) return i + 1;
    }
    return sentenceStart;
  }

  /**
   * The date expression that dates the trigger: one before it in the sentence ("Chiều 7/11, X tiếp
   * Y") or shortly after it ("held talks on July 27"), not one in parentheses, which is an aside
   * ("(July 28, 1921-2021)").
   */
  /**
   * A month named without its year ("in November") was taken as the one nearest publication; a
   * planned event's lies ahead of it. (A reported one's month may still be ahead: an invitation
   * told today names the month of the visit it invites to.)
   */
  private static DateRange byTense(DateMention dm, boolean planned, @Nullable DateValue anchor) {
    DateRange r = dm.range();
    if (!dm.kind().equals(DateFinder.MONTH_NEAR) || anchor == null || anchor.month() == null || r.start().year() == null) {
      return r;
    }
    int at = anchor.year() * 12 + anchor.month();
    int month = r.start().year() * 12 + r.start().month();
    if (planned && month < at) return DateRange.of(DateValue.ofMonth(r.start().year() + 1, r.start().month()));
    return r;
  }

  private static @Nullable DateMention nearestDate(
      List<DateMention> dates, Span sentence, Span trigger, String text) {
    DateMention best = null;
    int bestScore = Integer.MAX_VALUE;
    for (DateMention d : dates) {
      if (!sentence.contains(d.span())) continue;
      if (insideParentheses(text, sentence.start(), d.span().start())) continue;
      if (d.span().start() >= trigger.end() && d.span().start() - trigger.end() > 200) continue;
      int distance =
          d.span().end() <= trigger.start()
              ? trigger.start() - d.span().end()
              : Math.max(0, d.span().start() - trigger.end());
      // Days beat months and years: "on July 27 (…1953-2021)" dates the talk by its day.
      int score = distance + (d.isDay() ? 0 : 1000);
      if (score < bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }

  private static boolean insideParentheses(String text, int from, int pos) {
    int depth = 0;
    for (int i = from; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') depth++;
      if ((c == ')' || c == '）') && depth > 0) depth--;
    }
    return depth > 0;
  }

  private static double confidence(Draft d) {
    double c = 0.4;
    if (d.actors.size() >= 2) c += 0.2;
    if (d.date != null) c += 0.15;
    if (!d.trigger.form().equals("visit") && !d.trigger.form().equals("meeting")) c += 0.1;
    if (d.actors.keySet().stream().anyMatch(id -> id.startsWith("person"))) c += 0.1;
    return Math.min(0.95, c);
  }

  // ------------------------------------------------------------------ within a story

  /**
   * A story about one occasion dates all it reports: when every dated report of the story falls
   * on one day, or inside the one visit it tells of, undated reports take that date.
   */
  private static void dateFromOccasion(List<Draft> drafts) {
    DateRange occasion = null;
    for (Draft d : drafts) {
      if (d.planned || d.date == null) continue;
      if (Forms.family(d.trigger.form()).equals("visit") && d.date.end() != null) {
        if (occasion != null && occasion.end() != null && !occasion.equals(d.date)) return;
        occasion = d.date;
      }
    }
    for (Draft d : drafts) {
      if (d.planned || d.date == null) continue;
      if (occasion == null) {
        occasion = d.date;
      } else if (!occasion.overlaps(d.date)) {
        return;
      }
    }
    if (occasion == null) return;
    for (Draft d : drafts) {
      if (d.date == null && !d.planned && !d.pastYear && !d.background) {
        d.date = occasion;
        d.confidence = Math.max(0.3, d.confidence - 0.1);
      }
    }
  }

  /**
   * "According to the programme, the President will meet …": an undated plan of the visitor while
   * the story's one visit is still under way falls within that visit's days.
   */
  private static void dateFromProgramme(List<Draft> drafts, @Nullable DateValue anchor) {
    Draft visit = null;
    for (Draft d : drafts) {
      if (d.planned || d.date == null || d.date.end() == null || !Forms.family(d.trigger.form()).equals("visit")) continue;
      if (visit != null && !visit.date.equals(d.date)) return;
      visit = d;
    }
    if (visit == null || !visit.date.end().isFullDate()) return;
    if (anchor != null && anchor.isFullDate() && anchor.sortKey().compareTo(visit.date.end().sortKey()) > 0) return;
    for (Draft d : drafts) {
      if (d != visit && d.date == null && d.planned && !d.pastYear && !d.background && sharesPerson(d, visit)) {
        d.date = visit.date;
        d.confidence = Math.max(0.3, d.confidence - 0.1);
      }
    }
  }

  private static boolean sharesPerson(Draft a, Draft b) {
    java.util.Set<String> pb = persons(b);
    for (String p : persons(a)) if (pb.contains(p)) return true;
    return false;
  }

  private static final Map<String, Integer> ROLE_RANK = Map.ofEntries(
      Map.entry("general_secretary", 10), Map.entry("president", 10), Map.entry("head_of_state", 10),
      Map.entry("monarch", 10), Map.entry("first_secretary", 9), Map.entry("prime_minister", 9),
      Map.entry("head_of_government", 9), Map.entry("chancellor", 9), Map.entry("parliament_chair", 8),
      Map.entry("vice_president", 7), Map.entry("deputy_prime_minister", 6), Map.entry("foreign_minister", 6),
      Map.entry("secretary_general", 6), Map.entry("minister", 5), Map.entry("party_secretary", 4),
      Map.entry("ambassador", 3));

  /**
   * The two sides a story is about: its two most named countries, each with its highest-ranking
   * person, for sentences that say "the two sides" and name no one.
   */
  private List<Actor> sides(List<LinkedMention> mentions) {
    Map<String, Integer> countryCount = new java.util.HashMap<>();
    Map<String, LinkedMention> best = new java.util.HashMap<>();
    Map<String, Integer> bestRank = new java.util.HashMap<>();
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
    List<Actor> out = new ArrayList<>();
    for (String c : top) {
      LinkedMention p = best.get(c);
      if (p != null) out.add(new Actor(p.entityId(), p.entityName(), Actor.PARTICIPANT));
    }
    return out;
  }

  private static List<Draft> consolidate(List<Draft> drafts, List<Actor> sides) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) {
      Draft target = null;
      boolean continuing = d.anaphoric || (d.bothSides && d.actors.isEmpty());
      for (int i = out.size() - 1; i >= 0; i--) {
        Draft o = out.get(i);
        if (!Forms.compatible(o.trigger.form(), d.trigger.form())) continue;
        if (!continuing && !datesCompatible(o.date, d.date)) continue;
        if (continuing || (sharesActor(o, d) || sharesSentence(o, d)) && nestedPeople(o, d)) {
          target = o;
          break;
        }
      }
      if (target == null && d.actors.isEmpty() && d.bothSides && (!out.isEmpty() || sides.size() == 2)) {
        // "The two sides signed …": the sides are those of the story's last event between two
        // people, or else the story's two countries' leading people.
        Draft last = null;
        for (int i = out.size() - 1; i >= 0; i--) {
          if (persons(out.get(i)).size() >= 2) {
            last = out.get(i);
            break;
          }
        }
        if (last != null) {
          for (Actor a : last.actors.values()) {
            d.actors.putIfAbsent(a.entity(), new Actor(a.entity(), a.name(), Actor.PARTICIPANT));
          }
          d.countries.addAll(last.countries);
        } else {
          for (Actor a : sides) d.actors.putIfAbsent(a.entity(), a);
        }
        if (d.date == null && !out.isEmpty()) d.date = (last != null ? last : out.get(out.size() - 1)).date;
      }
      if (target == null) {
        out.add(d);
      } else {
        absorb(target, d, !continuing || persons(target).isEmpty(), continuing);
      }
    }
    return out;
  }

  /**
   * Two readings share an actor that is not a country. With {@link #nestedPeople} they are one
   * event: talks with Díaz-Canel and a call on Raúl Castro the same afternoon are two, though
   * Lương Cường is in both.
   */
  private static boolean sharesActor(Draft a, Draft b) {
    for (String id : a.actors.keySet()) {
      if (!id.startsWith("country:") && b.actors.containsKey(id)) return true;
    }
    return false;
  }

  /**
   * Two readings told in one sentence. With {@link #nestedPeople} they are one event: "rice
   * donated by the Government … was handed over" is one gift, whoever each trigger names.
   */
  private static boolean sharesSentence(Draft a, Draft b) {
    for (Evidence e : b.sources) if (a.sources.contains(e)) return true;
    return false;
  }

  /** Neither reading names a person the other lacks. */
  private static boolean nestedPeople(Draft a, Draft b) {
    java.util.Set<String> pa = persons(a);
    java.util.Set<String> pb = persons(b);
    return pa.containsAll(pb) || pb.containsAll(pa);
  }

  private static java.util.Set<String> persons(Draft d) {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String id : d.actors.keySet()) if (id.startsWith("person")) out.add(id);
    return out;
  }

  private static boolean datesCompatible(@Nullable DateRange a, @Nullable DateRange b) {
    return a == null || b == null || a.overlaps(b);
  }

  private static void absorb(Draft into, Draft d, boolean withActors, boolean reference) {
    String form = Forms.moreSpecific(into.trigger.form(), d.trigger.form());
    Trigger t = form.equals(into.trigger.form()) ? into.trigger : d.trigger;
    String mode = !d.trigger.mode().equals("in_person") ? d.trigger.mode() : into.trigger.mode();
    into.trigger = new Trigger(t.type(), t.form(), t.cameo(), mode, t.requires());
    if (datesCompatible(into.date, d.date)) {
      into.date = morePrecise(into.date, d.date, Forms.family(into.trigger.form()).equals("visit"));
    }
    // A later reference ("the visit will …") says nothing about whether it happened.
    if (!reference) into.planned = into.planned && d.planned;
    if (withActors) d.actors.forEach(into.actors::putIfAbsent);
    into.countries.addAll(d.countries);
    if (into.location == null) into.location = d.location;
    into.fields.addAll(d.fields);
    for (Quantity q : d.quantities) if (!into.quantities.contains(q)) into.quantities.add(q);
    for (Evidence e : d.sources) if (!into.sources.contains(e)) into.sources.add(e);
    into.confidence = Math.max(into.confidence, d.confidence);
  }

  static @Nullable DateRange morePrecise(@Nullable DateRange a, @Nullable DateRange b) {
    return morePrecise(a, b, false);
  }

  /**
   * {@return the more precise of two dates} A known year beats an unknown one, a day a month; of
   * two full dates, a visit keeps its range and anything else its single day.
   */
  static @Nullable DateRange morePrecise(@Nullable DateRange a, @Nullable DateRange b, boolean preferRange) {
    if (a == null) return b;
    if (b == null) return a;
    int pa = precision(a, preferRange);
    int pb = precision(b, preferRange);
    return pb > pa ? b : a;
  }

  static int precision(DateRange r, boolean preferRange) {
    DateValue d = r.start();
    int p = (d.year() != null ? 4 : 0) + (d.month() != null ? 2 : 0) + (d.day() != null ? 1 : 0);
    boolean range = r.end() != null;
    return p * 2 + (range == preferRange ? 1 : 0);
  }

  private static Event build(Draft d) {
    Evidence first = d.sources.get(0);
    String id = eventId(first, d.trigger.form(), d.triggerAt, d.part);
    List<String> countries = new ArrayList<>(d.countries);
    return new Event(
        id,
        d.trigger.type(),
        d.trigger.form(),
        d.trigger.cameo(),
        d.trigger.mode(),
        d.planned ? Event.PLANNED : Event.REPORTED,
        d.date,
        List.copyOf(d.actors.values()),
        countries,
        d.location,
        List.copyOf(d.fields),
        d.quantities,
        d.sources,
        d.confidence);
  }

  /** {@return a stable id from the first source and the form} */
  public static String eventId(Evidence first, String form, int triggerAt) {
    return eventId(first, form, triggerAt, "");
  }

  /** {@return a stable id from the first source, the form and, for one reading split in parts, the part} */
  public static String eventId(Evidence first, String form, int triggerAt, String part) {
    String key = first.doc() + "|" + first.span().start() + "|" + triggerAt + "|" + Forms.family(form) + (part.isEmpty() ? "" : "|" + part);
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "ev-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  @Override
  public String toString() {
    return "TriggerEventExtractor";
  }
}
