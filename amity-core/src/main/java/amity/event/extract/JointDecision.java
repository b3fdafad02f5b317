package amity.event.extract;

import amity.event.Forms;
import amity.model.EntityType;

/**
 * Whether a reading is the joint decision of a body of many states that its members took among
 * themselves: a word of joint decision ("acordaron", "decidieron", "agreed") with, as its only party
 * and subject, an international body or a body of no one state ("Los Quince acordaron el pasado
 * diciembre en Helsinki …", "Catorce países de la UE decidieron … congelar sus relaciones
 * bilaterales con Viena"). The decision is a contact only where its sentence names where the states
 * met, a gathering of them, or another state it is about; one that names none ("The European Union
 * agreed on Thursday to increase … the quota of German intervention barley") is the body's own
 * business.
 *
 * <p>Stateless and thread-safe.
 */
final class JointDecision {
  private JointDecision() {}

  /** {@return whether {@code r} is such a joint decision} */
  static boolean of(Reading r, ActorGate.StoryActors story, EventLexicon lexicon) {
    if (!"agreement".equals(Forms.eventClass(r.form())) || r.actors().size() != 1) return false;
    if (lexicon.find("joint_decision", r.trigger().surface()).isEmpty()) return false;
    Participant p = r.actors().get(0);
    ActorGate.Profile pr = story.of(p.entity());
    if (p.mention().mention().type() != EntityType.ORG || !pr.political() || pr.country() != null || pr.insurgent()) return false;
    if (p.mention().mention().span().end() > r.trigger().span().start()) return false;
    return !r.countries().isEmpty() || r.location() != null || gathering(r, lexicon);
  }

  /** Whether the reading's sentence names a gathering of many states ("summit", "reunión ministerial"). */
  private static boolean gathering(Reading r, EventLexicon lexicon) {
    for (var e : r.sources()) if (lexicon.anyIn("multilateral", e.sentence())) return true;
    return false;
  }
}
