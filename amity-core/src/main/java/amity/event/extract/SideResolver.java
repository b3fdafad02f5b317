package amity.event.extract;

import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Evidence;
import amity.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who "the two sides", "ambas partes", "hai bên", "双方" ({@code both_sides} in a language's
 * {@code events.tsv}) are, for an event whose sentence names no party of its own: the parties of an
 * event the story told before. Only an explicit reference is resolved; a story's dateline or
 * place is never taken for a side.
 *
 * <p>Stateless: works over immutable readings and participants.
 */
final class SideResolver {
  private SideResolver() {}

  /**
   * {@return the reading with the parties its both-sides words stand for}: those of the story's
   * last event between two people; else the story's two countries' leading people ({@code
   * storySides}), when there are two; else the parties (people, bodies, groups or countries, not mere places) of the
   * event told in the sentence right before, the sides known ("Talks between Russia's Alexander
   * Lebed and Chechen separatist leaders … the negotiations … He said a document would be
   * completed … for signature by the two sides", where Lebed was not read as a party of the talks).
   *
   * @param d a reading with the {@link Cue#BOTH_SIDES} cue and no actors
   * @param before the story's events told before it, in order
   * @param storySides the leading people of the story's two countries, or fewer
   */
  static Reading resolve(Reading d, List<Reading> before, List<Participant> storySides) {
    Reading from = last(before, r -> r.persons().size() >= 2);
    List<Participant> actors;
    if (from != null) {
      actors = from.actors();
    } else if (storySides.size() >= 2) {
      actors = storySides;
    } else {
      // One leading person is one side, not two: the sides of the event told right before, known
      // both, come first ("Talks between Russia's Alexander Lebed and Chechen separatist leaders",
      // once Lebed is Russian and the rebels of no country).
      Reading previous = told(before, d);
      actors = previous == null ? List.of() : parties(previous);
      if (!actors.isEmpty()) from = previous;
      else actors = storySides;
    }
    List<Participant> out = new ArrayList<>();
    for (Participant a : actors) out.add(a.withRole(Role.PARTICIPANT));
    Set<String> countries = new LinkedHashSet<>(d.countries());
    if (from != null) countries.addAll(from.countries());
    Reading r = d.withActors(out).withCountries(countries);
    if (r.date() == null && !before.isEmpty()) r = r.withDate((from != null ? from : before.get(before.size() - 1)).date());
    return r;
  }

  /** {@return the actors of a reading that are parties: people, bodies, groups, countries; not towns or regions} */
  static List<Participant> parties(Reading r) {
    List<Participant> out = new ArrayList<>();
    for (Participant p : r.actors()) {
      EntityType t = p.mention().mention().type();
      if (t == EntityType.PERSON || t == EntityType.ORG || EntityIds.isCountry(p.entity())) out.add(p);
    }
    return out;
  }

  /**
   * {@return the last event told, when it was told in the sentence right before the reference or
   * in its own sentence, else null}: a reference reaches back to the sentence before, no further.
   */
  static @Nullable Reading told(List<Reading> before, Reading d) {
    if (before.isEmpty()) return null;
    Reading last = before.get(before.size() - 1);
    Evidence at = d.sources().get(0);
    for (Evidence e : last.sources()) {
      if (!e.doc().equals(at.doc())) continue;
      if (e.span().overlaps(at.span())) return last;
      int gap = at.span().start() - e.span().end();
      if (gap >= 0 && gap <= 2) return last;
    }
    return null;
  }

  private static @Nullable Reading last(List<Reading> before, java.util.function.Predicate<Reading> test) {
    for (int i = before.size() - 1; i >= 0; i--) if (test.test(before.get(i))) return before.get(i);
    return null;
  }
}
