package amity.event.extract;

import amity.event.Forms;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.PhraseTrie;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Place;
import amity.model.Role;
import amity.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Assigns the people, bodies, countries and places of a sentence to its triggers: mentions before
 * the sentence's first trigger are every trigger's subjects; those after a trigger, up to the next,
 * its objects (a comma before the next trigger makes them that one's subjects: "访问古巴期间，黄忠海一行会见了…");
 * those who report it, invite to it ("at the invitation of X") or stand in a title's complement are
 * none of its actors. Places after a locative word are where it happened, after a destination word
 * where a visit went. With people named, bodies and countries are where they come from; a pronoun
 * subject ("he", "他", "ông") is the reporter it quotes or the story's last person.
 *
 * <p>Stateless and thread-safe.
 */
public final class ArgumentReader {
  /** The arguments of one trigger. */
  public record Arguments(List<Participant> actors, @Nullable Place location, Set<String> countries) {
    public Arguments {
      actors = List.copyOf(actors);
      // Kept in the order found: Set.copyOf's order changes from one JVM to the next.
      countries = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(countries));
    }
  }

  private final KnowledgeBase kb;
  private final EventTrace trace;

  public ArgumentReader(KnowledgeBase kb) {
    this(kb, EventTrace.OFF);
  }

  /** A reader telling {@code trace} which names each trigger's scope held. */
  public ArgumentReader(KnowledgeBase kb, EventTrace trace) {
    this.kb = kb;
    this.trace = java.util.Objects.requireNonNull(trace, "trace must not be null");
  }

  /**
   * {@return the arguments of each trigger, in the order given}
   *
   * @param salient the person the story last told as acting, for a pronoun subject
   */
  public List<Arguments> read(SentenceView s, List<TriggerMatch> triggers, List<Clause> clauses,
      ActorGate.StoryActors actors, @Nullable LinkedMention salient) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    List<LinkedMention> usable = TriggerScope.usable(s);
    List<Arguments> out = new ArrayList<>();
    List<LinkedMention> previousObjects = List.of();
    // A foreign party arriving with no place named: at the dateline's place.
    String arrivedHome = null;
    for (int gi = 0; gi < triggers.size(); gi++) {
      TriggerMatch t = triggers.get(gi);
      Clause clause = clauses.get(gi);
      TriggerScope.Scope named = TriggerScope.of(s, triggers, t, clause, usable, trace);
      List<LinkedMention> inRegion = named.inRegion();
      TriggerMatch prev = named.prev();
      List<LinkedMention> scope = named.names();
      List<LinkedMention> objects = named.objects();
      List<LinkedMention> previous = previousObjects;
      previousObjects = objects;
      List<LinkedMention> thankers = List.of();
      if (clause.cues().contains(Cue.BACKGROUND)) {
        // "thanked Việt Nam for gifting rice": the one thanked gave, to the one who thanks.
        int start = ClauseReader.clauseStart(text, s.span().start(), t.span().start());
        int marker = start;
        int markerStart = t.span().start();
        for (PhraseTrie.Match<String> bm : lex.find("background", text.substring(start, t.span().start()))) {
          if (start + bm.span().end() > marker) {
            marker = start + bm.span().end();
            markerStart = start + bm.span().start();
          }
        }
        int m0 = marker;
        int m1 = markerStart;
        scope = inRegion.stream().filter(m -> m.mention().span().start() >= m0 && m.mention().span().start() < t.span().start()).toList();
        thankers = inRegion.stream().filter(m -> m.mention().span().end() <= m1 && m.mention().type() == EntityType.PERSON
            && actors.of(m.entityId()).political()).toList();
      } else if (Forms.family(t.trigger().form()).equals("visit") && lex.endsBefore("occasion", text, t.span().start(), 12)
          && !previous.isEmpty()) {
        // "X received Y on the occasion of his visit (to Z)": the visitor is Y, and Z where.
        List<LinkedMention> own = objects.stream().filter(m -> m.mention().type() == EntityType.GPE).toList();
        scope = new ArrayList<>(previous);
        scope.addAll(own);
      }
      Arguments a = assign(s, t, scope, actors);
      a = AidSides.impliedRecipient(s, t, a);
      a = speakingParties(s, t, clause, a);
      if (!thankers.isEmpty()) {
        List<Participant> with = new ArrayList<>(a.actors());
        Set<String> countries = new LinkedHashSet<>(a.countries());
        for (LinkedMention m : thankers) {
          if (with.stream().anyMatch(p -> p.entity().equals(m.entityId()))) continue;
          String c = actors.of(m.entityId()).country();
          with.add(new Participant(m, Role.TARGET, c));
          if (c != null) countries.add(c);
        }
        a = new Arguments(with, a.location(), countries);
      }
      EventPlace.AtHome home = EventPlace.atHome(s, t, a, actors, arrivedHome);
      a = home.arguments();
      arrivedHome = home.arrived();
      a = ImpliedSubject.withSubject(s, t, clause, salient, prev, triggers, out, a, actors);
      out.add(a);
    }
    return out;
  }

  /**
   * "Bucharest and Budapest say the treaty should be signed …": an agreement told with no party,
   * by two or more states speaking together, is theirs.
   */
  private Arguments speakingParties(SentenceView s, TriggerMatch t, Clause clause, Arguments a) {
    if (!a.actors().isEmpty() || !Forms.family(t.trigger().form()).equals("agree") || clause.speakers().isEmpty()) return a;
    List<Participant> parties = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>(a.countries());
    for (Span speaker : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (!speaker.contains(m.mention().span()) || m.mention().type() != EntityType.GPE) continue;
        KbEntry e = kb.get(m.entityId()).orElse(null);
        boolean state = m.entityId().startsWith("country:") || e != null && e.capital();
        if (!state || e == null || e.country() == null) continue;
        if (parties.stream().noneMatch(p -> p.entity().equals(m.entityId()))) parties.add(new Participant(m, Role.PARTICIPANT, e.country()));
        countries.add(e.country());
      }
    }
    return parties.size() >= 2 ? new Arguments(parties, a.location(), countries) : a;
  }

  private Arguments assign(SentenceView s, TriggerMatch t, List<LinkedMention> scope, ActorGate.StoryActors profiles) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    Span trigger = t.span();
    PartyCandidates.Candidates candidates = PartyCandidates.of(s, t, scope, profiles, kb);
    Set<String> countries = candidates.countries();
    List<LinkedMention> people = new ArrayList<>(candidates.people());
    List<LinkedMention> places = candidates.places();
    boolean visit = Forms.family(t.trigger().form()).equals("visit");
    EventPlace.Places placed = EventPlace.places(s, t, places, kb);
    Place location = placed.location();
    List<LinkedMention> countryActors = placed.countryActors();
    // "The U.S. and Colombian governments reached an agreement": a country joined to a state's
    // government named by its demonym is a party beside it.
    for (LinkedMention g : List.copyOf(people)) {
      if (!GroupFinder.FINDER.equals(g.mention().finder()) || !g.entityId().startsWith("country:")) continue;
      for (LinkedMention p : places) {
        if (p.entityId().startsWith("country:") && PartyCues.listJoin(text, p.mention().span().end(), g.mention().span().start())
            && !people.contains(p)) {
          people.add(p);
        }
      }
    }
    boolean anyPerson = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON);
    if (anyPerson) {
      // With people named, bodies are where they come from, not who acts — unless a body is the
      // only subject ("the Ministry of Health handed over …").
      boolean personBefore = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON
          && p.mention().span().start() < trigger.start());
      // A body the trigger is done with ("struck a deal with separatist rebels", "talks with
      // NATO") is the other side, not where someone comes from.
      people.removeIf(p -> p.mention().type() == EntityType.ORG
          && (personBefore || p.mention().span().start() > trigger.start() || isInternational(p))
          && !(PartyCues.counterpartBody(p, t, lex, text) || PartyCues.pairedBody(p, t, lex, text, scope)));
    }
    // Countries act only when no person or body is named; otherwise they are the event's
    // countries (and a visit's destination its place). International bodies are the frame ("at
    // the United Nations") unless nothing else acts.
    List<LinkedMention> chosen = new ArrayList<>(people);
    // An international body before the trigger frames the event ("at the United Nations, X met Y")
    // when people act; after it, or alone, it takes part (the UN General Assembly, APEC's meeting).
    if (people.stream().anyMatch(p -> !isInternational(p) && p.mention().type() == EntityType.PERSON)) {
      chosen.removeIf(p -> isInternational(p) && lex.endsBefore("locative", text, p.mention().span().start(), 16));
    }
    // "la entrada de Pekín a la OMC", "socio de la OMC": a body someone joins is no party.
    chosen.removeIf(p -> isInternational(p) && PartyCues.joined(lex, text, PartyCues.outer(s, p).mention().fullSpan().start()));
    // "Pekín firmara … un acuerdo similar con la Unión Europea": with no person named, the state
    // nearest before the trigger is the side that deals with the body after it.
    if (!chosen.isEmpty() && !anyPerson && Forms.family(t.trigger().form()).equals("agree")
        && chosen.stream().allMatch(p -> p.mention().span().start() > trigger.start()
            && lex.endsBefore("companion", text, PartyCues.outer(s, p).mention().fullSpan().start(), 16))) {
      LinkedMention side = null;
      for (LinkedMention c : countryActors) if (c.mention().span().start() < trigger.start()) side = c;
      if (side != null) chosen.add(0, side);
    }
    // "direct U.S. contacts with Massoud Barzani … and Jalal Talabani": a state named right before
    // the word for the talks, with all who act named after it, is the side that holds them.
    if (Forms.family(t.trigger().form()).equals("meet") && !chosen.isEmpty()
        && chosen.stream().allMatch(p -> p.mention().span().start() > trigger.end())) {
      for (LinkedMention c : places) {
        int end = c.mention().span().end();
        if (!c.entityId().startsWith("country:") || end >= trigger.start()) continue;
        String between = text.substring(end, trigger.start());
        if (!between.isEmpty() && between.isBlank() && !chosen.contains(c)) chosen.add(0, c);
      }
    }
    if (chosen.isEmpty()) chosen.addAll(countryActors);
    chosen.addAll(AidSides.recipients(s, t, chosen, countryActors));
    if (chosen.isEmpty()) chosen.addAll(people);
    if (visit && chosen.stream().allMatch(a -> a.mention().type() == EntityType.GPE)) {
      chosen.clear(); // a visit needs a visitor
    }
    List<LinkedMention> hosts = NameLists.hosts(s, t, countryActors, chosen);
    return new Arguments(SideRoles.of(s, t, chosen, hosts, profiles), location, countries);
  }










  private boolean isInternational(LinkedMention m) {
    return PartyCandidates.international(kb, m);
  }

  /**
   * Whether a word that opens a clause of its own ("after", "tras", "sau khi") stands between the
   * previous trigger and a name: "set to be initialed on Friday after delegates from the Philippine
   * government and the MNLF concluded negotiations" gives the negotiations their own subjects.
   */
  static boolean opensClause(EventLexicon lex, String text, int from, int to) {
    if (from < 0 || to <= from) return false;
    return !lex.find("subordinator", text.substring(from, to)).isEmpty();
  }

  /** Whether a clause break between {@code from} and {@code to} is followed by a word of {@code contrast} ("，但", ", nhưng"). */
  static boolean contrastBreak(EventLexicon lex, String text, int from, int to) {
    return breakOpenedBy(lex, "contrast", text, from, to);
  }

  /** Whether a clause break between {@code from} and {@code to} is followed by a word of {@code kind}. */
  static boolean breakOpenedBy(EventLexicon lex, String kind, String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (",，;；".indexOf(text.charAt(i)) < 0) continue;
      int j = i + 1;
      while (j < to && Character.isWhitespace(text.charAt(j))) j++;
      int at = j;
      if (lex.find(kind, text.substring(j, to)).stream().anyMatch(m -> m.span().start() == 0) && at < to) return true;
    }
    return false;
  }

  static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (",，;；:：".indexOf(text.charAt(i)) >= 0) return true;
    }
    return false;
  }

  static boolean insideParentheses(String text, int from, int pos) {
    int depth = 0;
    for (int i = from; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') depth++;
      if ((c == ')' || c == '）') && depth > 0) depth--;
    }
    return depth > 0;
  }
}
