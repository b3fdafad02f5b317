package amity.event.extract;

import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the most specific name of each side, as the guide asks ("a person, else a country"): a
 * country that acts beside a person of that country is that person's side told twice ("Levy and
 * Kinkel would discuss … German-Israeli relations": Levy and Kinkel, not Germany and Israel too).
 * A country a visit goes to is where, not who, and stays; so do the states that hold a gathering.
 *
 * <p>Stateless and thread-safe.
 */
final class SpecificActors {
  /** {@return the reading without the countries its people already stand for} */
  Reading narrowed(Reading r, ActorGate.StoryActors story) {
    Set<String> personal = new HashSet<>();
    for (Participant p : r.actors()) {
      if (p.mention().mention().type() != EntityType.PERSON) continue;
      String c = countryOf(p, story);
      if (c != null) personal.add(c);
    }
    // "la Cumbre hispano-francesa": the two states a gathering's name pairs hold it, whoever speaks there.
    if (personal.isEmpty() || r.has(Cue.GATHERING)) return r;
    boolean visit = r.family().equals("visit");
    List<Participant> kept = new ArrayList<>();
    for (Participant p : r.actors()) {
      boolean told = EntityIds.isCountry(p.entity()) && personal.contains(code(EntityIds.countryCode(p.entity())))
          && !(visit && p.role() == Role.TARGET);
      if (!told) kept.add(p);
    }
    return kept.size() == r.actors().size() || kept.isEmpty() ? r : r.withActors(kept);
  }

  private static @Nullable String countryOf(Participant p, ActorGate.StoryActors story) {
    String c = p.country() != null ? p.country() : story.of(p.entity()).country();
    return c == null ? null : code(c);
  }

  /** Hong Kong and Macao officials stand for China's side, as the gate counts them. */
  private static String code(String country) {
    return ActorGate.sovereign(country.toUpperCase(Locale.ROOT));
  }
}
