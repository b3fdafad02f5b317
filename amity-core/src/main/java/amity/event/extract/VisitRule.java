package amity.event.extract;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Role;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a visit is a contact between states: it needs a visitor who is a state's official, a
 * delegation or an international body — not a building toured ("a guided tour of … the White
 * House") — going abroad: to a destination of another country than the visitor's ("a state visit
 * to South Africa"), or meeting an official of another country on the way ("whom he met during a
 * Friday visit"). Arafat going from Ramallah to Nablus is no visit between states.
 *
 * <p>Thread-safe: holds only the knowledge base and the packs.
 */
final class VisitRule {
  private final KnowledgeBase kb;
  private final LanguagePacks packs;

  VisitRule(KnowledgeBase kb, LanguagePacks packs) {
    this.kb = kb;
    this.packs = packs;
  }

  /**
   * {@return whether a reading of the visit family is a visit abroad} {@code anyInternational}:
   * whether one of its actors is an international body, which is enough where the reading names
   * no country at all.
   */
  boolean accepts(Reading r, ActorGate.StoryActors story, EventLexicon lexicon, boolean anyInternational) {
    // A visit needs a visitor who is a state's official or a delegation, going abroad: not a
    // building toured ("a guided tour of … the White House").
    boolean anyVisitor = r.actors().stream().anyMatch(p -> p.role() != Role.TARGET && story.of(p.entity()).political()
        && (p.mention().mention().type() == EntityType.PERSON || GroupFinder.FINDER.equals(p.mention().mention().finder())
            || story.of(p.entity()).international() || Delegations.delegation(p.mention().mention().text(), ActorWords.of(packs, lexicon.lang))));
    if (!anyVisitor) return false;
    Set<String> visitor = new HashSet<>();
    for (Participant p : r.actors()) {
      if (p.role() == Role.TARGET || EntityIds.isCountry(p.entity())) continue;
      ActorGate.Profile pr = story.of(p.entity());
      if (pr.country() != null) visitor.add(ActorGate.sovereign(pr.country()));
    }
    // A word of saying in a place (TriggerFinder.presences, "said in Sarajevo", "在开罗表示"): the
    // speaker is on a visit there only where he is of a known country other than the place's — a
    // spokesman of no known country "said in Sarajevo" where his mission is stationed, Egypt's
    // minister speaks in Cairo at home, and so does "墨西哥候任总统奥夫拉多尔在墨西哥对记者表示".
    if (r.trigger().trigger().presence()) {
      String at = r.location() == null ? null : kb.get(r.location().entity()).map(KbEntry::country).orElse(null);
      return at != null && !visitor.isEmpty() && !visitor.contains(ActorGate.sovereign(at));
    }
    Set<String> where = new HashSet<>();
    for (String c : r.countries()) where.add(ActorGate.sovereign(c));
    for (Participant p : r.actors()) if (EntityIds.isCountry(p.entity())) where.add(ActorGate.sovereign(EntityIds.countryCode(p.entity())));
    if (r.location() != null) kb.get(r.location().entity()).map(KbEntry::country).ifPresent(c -> where.add(ActorGate.sovereign(c)));
    if (where.isEmpty() && visitor.isEmpty()) return anyInternational;
    // "whom he met during a Friday visit": officials of two countries told together with a visit
    // and no destination — one of them travelled to the other.
    if (visitor.size() >= 2 && r.location() == null && r.actors().stream().noneMatch(p -> EntityIds.isCountry(p.entity()))
        && r.actors().stream().filter(p -> p.mention().mention().type() == EntityType.PERSON && story.of(p.entity()).country() != null).count() >= 2) {
      return true;
    }
    // A destination named as a country ("a state visit to South Africa") is abroad for a visitor
    // of another country, whoever else the story joined to the visit.
    Set<String> destinations = new HashSet<>();
    for (Participant p : r.actors()) {
      if (p.role() == Role.TARGET && EntityIds.isCountry(p.entity())) destinations.add(ActorGate.sovereign(EntityIds.countryCode(p.entity())));
    }
    if (r.location() != null) kb.get(r.location().entity()).map(KbEntry::country).ifPresent(c -> destinations.add(ActorGate.sovereign(c)));
    if (!destinations.isEmpty() && visitor.stream().anyMatch(v -> !destinations.contains(v))) return true;
    where.removeAll(visitor);
    return !where.isEmpty() || visitor.isEmpty();
  }
}
