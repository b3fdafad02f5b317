package amity.event.extract;

import amity.kb.KnowledgeBase;
import amity.mention.Gazetteer;
import amity.model.LinkedMention;
import amity.model.Place;
import amity.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Assigns the people, bodies, countries and places of a sentence to its triggers, as a chain of
 * small steps for each trigger: the names word order and the parse give it ({@link TriggerScope}),
 * as the clause framing it changes them ({@link FramingClause}); of those, the ones that can be
 * parties ({@link PartyCandidates}), where it happened ({@link EventPlace}), who acts
 * ({@link ActingParties}), the hosts of a tour ({@link NameLists}) and the side of each
 * ({@link SideRoles}); then the receiver of aid that names none ({@link AidSides}), a visit's
 * destination named by its demonym ("a whirlwind Irish tour"), the story's home where no place is
 * named ({@link EventPlace}), the subject the clause leaves unsaid ({@link ImpliedSubject}) and the
 * one sent on a visit ("sent him to Iraq", {@link SentTraveller}).
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
  private final Gazetteer gazetteer;
  private final EventTrace trace;

  public ArgumentReader(KnowledgeBase kb) {
    this(kb, new Gazetteer(kb), EventTrace.OFF);
  }

  /** A reader telling {@code trace} which names each trigger's scope held; {@code gazetteer} gives the demonyms of {@code kb}'s countries. */
  public ArgumentReader(KnowledgeBase kb, Gazetteer gazetteer, EventTrace trace) {
    this.kb = kb;
    this.gazetteer = java.util.Objects.requireNonNull(gazetteer, "gazetteer must not be null");
    this.trace = java.util.Objects.requireNonNull(trace, "trace must not be null");
  }

  /**
   * {@return the arguments of each trigger, in the order given}
   *
   * @param salient the person the story last told as acting, for a pronoun subject
   */
  public List<Arguments> read(SentenceView s, List<TriggerMatch> triggers, List<Clause> clauses,
      ActorGate.StoryActors actors, @Nullable LinkedMention salient) {
    return read(s, triggers, clauses, actors, salient, s.lexicon().suppressed(s.sentence().text()));
  }

  /**
   * {@return the arguments of each trigger, in the order given}
   *
   * @param salient the person the story last told as acting, for a pronoun subject
   * @param suppressed the sentence's suppressed spans, as its triggers were read with ({@link TriggerFinder.Triggers})
   */
  List<Arguments> read(SentenceView s, List<TriggerMatch> triggers, List<Clause> clauses,
      ActorGate.StoryActors actors, @Nullable LinkedMention salient, List<Span> suppressed) {
    List<LinkedMention> usable = TriggerScope.usable(s, suppressed);
    List<Arguments> out = new ArrayList<>();
    List<LinkedMention> previousObjects = List.of();
    // A foreign party arriving with no place named: at the dateline's place.
    String arrivedHome = null;
    for (int gi = 0; gi < triggers.size(); gi++) {
      TriggerMatch t = triggers.get(gi);
      Clause clause = clauses.get(gi);
      TriggerScope.Scope named = TriggerScope.of(s, triggers, t, clause, usable, trace);
      TriggerMatch prev = named.prev();
      List<LinkedMention> previous = previousObjects;
      previousObjects = named.objects();
      FramingClause.Framed framed = FramingClause.reframe(s, t, clause, named, previous, actors);
      Arguments a = assign(s, t, framed.scope(), actors);
      a = AidSides.impliedRecipient(s, t, a);
      a = FramingClause.speakingParties(s, t, clause, a, kb);
      a = FramingClause.withThankers(a, framed.thankers(), actors);
      a = EventPlace.demonymDestination(s, t, a, gazetteer, kb);
      EventPlace.AtHome home = EventPlace.atHome(s, t, a, actors, arrivedHome);
      a = home.arguments();
      arrivedHome = home.arrived();
      a = ImpliedSubject.withSubject(s, t, clause, salient, prev, triggers, out, a, actors);
      a = SpeakerObject.withSpeaker(s, t, clause, a, actors);
      a = SentTraveller.withTraveller(s, t, a, actors);
      out.add(a);
    }
    return out;
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
}
