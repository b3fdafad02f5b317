package amity.event.extract;

import amity.event.Forms;
import amity.event.extract.ArgumentReader.Arguments;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one sent on a visit: "Boutros-Ghali had appointed Italian Gualtiero Fulcheri and sent him
 * to Iraq" — a visit word that holds the object pronoun of sending ({@code sent_object}: "sent him
 * to") is the journey of the person that pronoun stands for, on the sender's errand: the one sent
 * comes first, the sender after him. The pronoun stands for the nearest person named before the
 * trigger where another person is named before that one (the sender, the subject); with one person
 * only, the pronoun is someone the sentence does not name and the reading is left as it was.
 *
 * <p>Stateless and thread-safe.
 */
final class SentTraveller {
  private SentTraveller() {}

  /** {@return {@code a} with the one sent as the visitor in place of the sender, where the sentence names both} */
  static Arguments withTraveller(SentenceView s, TriggerMatch t, Arguments a, ActorGate.StoryActors actors) {
    if (!Forms.family(t.trigger().form()).equals("visit")) return a;
    EventLexicon lex = s.lexicon();
    String surface = t.surface();
    if (lex.find("sent_object", surface).isEmpty()) return a;
    LinkedMention sent = sent(s, t, actors);
    if (sent == null) return a;
    List<Participant> out = new ArrayList<>();
    String country = actors.of(sent.entityId()).country();
    out.add(new Participant(sent, Role.PARTICIPANT, country));
    // The sender stays beside the one sent, as whose errand it is (an official sending someone of
    // no title of his own); the places and states the visit goes to stay.
    for (Participant p : a.actors()) {
      if (p.entity().equals(sent.entityId())) continue;
      if (EntityIds.isCountry(p.entity()) && p.role() == Role.TARGET) out.add(p);
      else if (p.role() != Role.TARGET) out.add(p.withRole(Role.SOURCE));
    }
    Set<String> countries = new LinkedHashSet<>(a.countries());
    if (country != null) countries.add(country);
    return new Arguments(out, a.location(), countries);
  }

  /** {@return the nearest person named before the trigger, where another person is named before it, else null} */
  static @Nullable LinkedMention sent(SentenceView s, TriggerMatch t, ActorGate.StoryActors actors) {
    LinkedMention nearest = null;
    int people = 0;
    for (LinkedMention m : s.mentions()) {
      if (m.mention().span().end() > t.span().start()) break;
      if (m.mention().span().start() < s.span().start() || m.mention().type() != EntityType.PERSON) continue;
      people++;
      nearest = m;
    }
    return people >= 2 ? nearest : null;
  }
}
