package amity.event.extract;

import amity.model.EntityIds;
import amity.model.Role;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a reading into one event per counterpart where the guide counts them apart: each envoy
 * presenting credentials; "met A, B and C" (one meeting each, unless the text says they met
 * jointly or together); a tour of several countries (one visit each).
 *
 * <p>Stateless and thread-safe.
 */
public final class CounterpartSplitter {
  /** {@return the reading, or its parts} */
  public List<Reading> split(Reading r) {
    if (r.family().equals("visit")) return perDestination(r);
    if (r.family().equals("aid")) return perGiver(r);
    boolean meeting = r.family().equals("meet");
    boolean each = r.form().equals("credentials") || meeting && !r.has(Cue.JOINTLY);
    if (!each) return List.of(r);
    List<Participant> counterparts = new ArrayList<>();
    for (Participant a : r.actors()) if (a.role() == Role.TARGET && a.entity().startsWith("person")) counterparts.add(a);
    if (counterparts.size() < 2 && meeting) return perCountry(r);
    if (counterparts.size() < 2) return List.of(r);
    List<Reading> out = new ArrayList<>();
    for (Participant c : counterparts) {
      Set<String> others = new HashSet<>();
      for (Participant o : counterparts) if (o != c && o.country() != null) others.add(o.country());
      List<Participant> actors = new ArrayList<>();
      for (Participant a : r.actors()) {
        if (a.role() != Role.TARGET || a == c || !a.entity().startsWith("person")) actors.add(a);
      }
      Set<String> countries = new LinkedHashSet<>();
      for (String x : r.countries()) if (!others.contains(x) || x.equals(c.country())) countries.add(x);
      if (c.country() != null) countries.add(c.country());
      out.add(r.withActors(actors).withCountries(countries).withPart(c.entity()));
    }
    return out;
  }

  /**
   * "su director gerente dialogará con representantes de Tailandia, China, Corea del Sur, Indonesia
   * e India": a person who meets the people of several countries named after the word, none of
   * them a person, meets each country apart; so does a state named before the word ("La responsable
   * de la política internacional de EEUU ha celebrado hoy conversaciones telefónicas …").
   */
  private static List<Reading> perCountry(Reading r) {
    int word = r.trigger().span().start();
    List<Participant> people = new ArrayList<>();
    List<Participant> countries = new ArrayList<>();
    for (Participant a : r.actors()) {
      int at = a.mention().mention().span().start();
      if (EntityIds.isCountry(a.entity()) && a.role() != Role.SOURCE && at > word) countries.add(a);
      else if ((a.mention().mention().type() == amity.model.EntityType.PERSON || EntityIds.isCountry(a.entity())) && at < word) people.add(a);
      else return List.of(r);
    }
    if (people.isEmpty() || countries.size() < 2) return List.of(r);
    Set<String> own = new HashSet<>();
    for (Participant p : people) if (p.country() != null) own.add(p.country());
    List<Reading> out = new ArrayList<>();
    for (Participant c : countries) {
      if (own.contains(c.country())) return List.of(r);
      List<Participant> actors = new ArrayList<>(people);
      actors.add(c);
      Set<String> where = new LinkedHashSet<>(own);
      where.add(c.country());
      out.add(r.withActors(actors).withCountries(where).withPart(c.entity()));
    }
    return out;
  }

  /**
   * "Mỹ, Anh và Đức đã gửi viện trợ cho Ấn Độ", "the United States and Japan pledged aid": each
   * giver's aid is an event of its own, to the same receivers.
   */
  private static List<Reading> perGiver(Reading r) {
    // Givers are the countries and bodies that are not receivers ("日本向越南提供援助": 向 marks
    // the receiver); two people named with a gift ("the two ministers witnessed …") are no givers.
    List<Participant> givers = new ArrayList<>();
    for (Participant a : r.actors()) {
      if (a.role() != Role.TARGET && a.mention().mention().type() != amity.model.EntityType.PERSON) givers.add(a);
    }
    // Many states named together ("非洲国家") give nothing as one: no giver of their own among others.
    if (givers.size() > 1) givers.removeIf(a -> GroupFinder.manyStates(a.mention()));
    if (givers.size() < 2) return List.of(r);
    List<Reading> out = new ArrayList<>();
    for (Participant g : givers) {
      List<Participant> actors = new ArrayList<>();
      actors.add(g.withRole(Role.SOURCE));
      for (Participant a : r.actors()) if (a.role() == Role.TARGET) actors.add(a);
      Set<String> countries = new LinkedHashSet<>();
      if (g.country() != null) countries.add(g.country());
      for (Participant a : actors) if (a.role() == Role.TARGET && a.country() != null) countries.add(a.country());
      if (countries.size() < 2) countries.addAll(r.countries());
      out.add(r.withActors(actors).withCountries(countries).withPart(g.entity()));
    }
    return out;
  }

  /** "Hashimoto, who has already visited Mexico and Chile": one visit a country. */
  private static List<Reading> perDestination(Reading r) {
    Set<String> visitor = new HashSet<>();
    List<Participant> hosts = new ArrayList<>();
    for (Participant a : r.actors()) {
      if (EntityIds.isCountry(a.entity()) && a.role() != Role.SOURCE) hosts.add(a); else if (a.country() != null) visitor.add(a.country());
    }
    hosts.removeIf(h -> visitor.contains(h.country()));
    if (hosts.size() < 2) return List.of(r);
    List<Reading> out = new ArrayList<>();
    for (Participant h : hosts) {
      List<Participant> actors = new ArrayList<>();
      for (Participant a : r.actors()) if (!hosts.contains(a) || a == h) actors.add(a);
      Set<String> countries = new LinkedHashSet<>(visitor);
      countries.add(h.country());
      out.add(r.withActors(actors).withCountries(countries).withPart(h.entity()).withLocation(null));
    }
    return out;
  }
}
