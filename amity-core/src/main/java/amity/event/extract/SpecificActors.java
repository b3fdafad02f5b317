package amity.event.extract;

import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Role;
import amity.text.Fold;
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
 * So is a party of that country's officials named by what it is ("Iraqi officials" beside Tareq
 * Aziz). A country a visit goes to is where, not who, and stays; so do the states that hold a gathering.
 *
 * <p>Stateless and thread-safe.
 */
final class SpecificActors {
  /** {@return the reading without the countries its people already stand for} */
  Reading narrowed(Reading r, ActorGate.StoryActors story) {
    return narrowed(r, story, null);
  }

  /**
   * {@return the reading without the countries its people already stand for, nor the parties of
   * their countries' officials named by a word of {@code side_group} in {@code words}}
   */
  Reading narrowed(Reading r, ActorGate.StoryActors story, @Nullable ActorWords words) {
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
      boolean told = (EntityIds.isCountry(p.entity()) && personal.contains(code(EntityIds.countryCode(p.entity())))
          || officials(p, story, words) && personal.contains(countryOf(p, story)))
          && !(visit && p.role() == Role.TARGET);
      if (!told) kept.add(p);
    }
    return kept.size() == r.actors().size() || kept.isEmpty() ? r : r.withActors(kept);
  }

  /**
   * "Iraqi officials", "Saudi and American officials": a party of one country named by a word of
   * {@code side_group} (GroupFinder's), no rebels and no body of many states; beside a person of
   * that country it is that person's side told again ("talks with Iraqi Deputy Prime Minister Tareq
   * Aziz and other officials"). A delegation or a fleet a person leads is the party the guide
   * names, and stays.
   */
  /**
   * "peace talks between the government and Revolutionary United Front (RUF) rebels … the rebels":
   * rebels named by the bare word alone ({@code insurgent_group}: "rebels", "los rebeldes", "叛军")
   * beside a rebel party the reading names (a movement, "Chechen separatists", a rebel leader) are
   * that party told again. Applied once the gate has weighed the reading, which counts them as a
   * side. {@return the reading without them, or unchanged}
   */
  static Reading withoutBareRebels(Reading r, ActorGate.StoryActors story, @Nullable ActorWords words) {
    if (words == null) return r;
    List<Participant> bare = new ArrayList<>();
    boolean named = false;
    for (Participant p : r.actors()) {
      if (!story.of(p.entity()).insurgent()) continue;
      String text = p.mention().mention().text().strip();
      boolean word = GroupFinder.FINDER.equals(p.mention().mention().finder()) && words.insurgent().findAll(text).stream()
          .anyMatch(m -> m.span().start() == 0 && m.span().end() == text.length());
      if (word) bare.add(p);
      else named = true;
    }
    if (bare.isEmpty() || !named) return r;
    List<Participant> kept = new ArrayList<>(r.actors());
    kept.removeAll(bare);
    return r.withActors(kept);
  }

  private static boolean officials(Participant p, ActorGate.StoryActors story, @Nullable ActorWords words) {
    if (words == null || words.sideGroups().isEmpty()) return false;
    if (!GroupFinder.FINDER.equals(p.mention().mention().finder()) || !p.entity().startsWith("group:") || GroupFinder.manyStates(p.mention())) return false;
    if (story.of(p.entity()).insurgent() || countryOf(p, story) == null) return false;
    // The group's id ends in its country and its noun: "group:…/iq-officials".
    String last = p.entity().substring(p.entity().lastIndexOf('/') + 1);
    int dash = last.indexOf('-');
    return dash > 0 && words.sideGroups().contains(Fold.fold(last.substring(dash + 1).replace('-', ' ')));
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
