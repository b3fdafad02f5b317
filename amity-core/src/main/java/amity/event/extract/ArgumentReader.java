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

  /**
   * {@return the arguments of {@code t} among its names {@code scope}}: those that can be parties,
   * where it happened, who acts, the hosts of a tour, and the side of each.
   */
  private Arguments assign(SentenceView s, TriggerMatch t, List<LinkedMention> scope, ActorGate.StoryActors profiles) {
    PartyCandidates.Candidates candidates = PartyCandidates.of(s, t, scope, profiles, kb);
    EventPlace.Places placed = EventPlace.places(s, t, candidates.places(), kb);
    List<LinkedMention> chosen = ActingParties.choose(s, t, scope, candidates.people(), candidates.places(), placed.countryActors(), kb);
    List<LinkedMention> hosts = NameLists.hosts(s, t, placed.countryActors(), chosen);
    return new Arguments(SideRoles.of(s, t, chosen, hosts, profiles), placed.location(), candidates.countries());
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
