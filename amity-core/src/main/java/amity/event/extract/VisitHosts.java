package amity.event.extract;

import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A visit's actors are those who travel, as the guide marks them: a person of the state the visit
 * goes to, read beside a visitor from elsewhere ("Polish President Aleksander Kwasniewski and his
 * Slovenian counterpart, Milan Kucan, met … at the start of a two-day visit to Slovenia by
 * Kwasniewski"), is the host, whom the visitor meets, and no visitor. Where the visit goes is its
 * place's country, else the one state among its actors it goes to ({@link Role#TARGET}).
 *
 * <p>Stateless and thread-safe.
 */
final class VisitHosts {
  private VisitHosts() {}

  /** {@return the visit without the people of the state it goes to, where a visitor from elsewhere is left; other readings unchanged} */
  static Reading withoutHosts(Reading r, ActorGate.StoryActors story) {
    if (!r.family().equals("visit")) return r;
    String to = destination(r, story);
    if (to == null) return r;
    List<Participant> kept = new ArrayList<>();
    boolean visitor = false;
    for (Participant p : r.actors()) {
      String c = countryOf(p, story);
      boolean person = p.mention().mention().type() == EntityType.PERSON;
      if (person && to.equals(c)) continue;
      if (c != null && !to.equals(c) && !EntityIds.isCountry(p.entity()) && p.role() != Role.TARGET) visitor = true;
      kept.add(p);
    }
    return !visitor || kept.size() == r.actors().size() ? r : r.withActors(kept);
  }

  private static @Nullable String destination(Reading r, ActorGate.StoryActors story) {
    if (r.location() != null) {
      String c = EntityIds.isCountry(r.location().entity()) ? EntityIds.countryCode(r.location().entity()) : story.of(r.location().entity()).country();
      if (c != null) return code(c);
    }
    String to = null;
    for (Participant p : r.actors()) {
      if (p.role() != Role.TARGET || !EntityIds.isCountry(p.entity())) continue;
      if (to != null) return null;
      to = code(EntityIds.countryCode(p.entity()));
    }
    return to;
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
