package amity.event.extract;

import amity.model.Evidence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * "The accord, agreed two weeks ago", "the deal signed by Lebed": an event told by a definite word
 * for one told before ({@link Cue#DEFINITE}), with fewer than two parties of its own, takes the
 * parties of the last event of its family told with two or more in the few sentences before it.
 * The sentence's own parties must all be among the antecedent's, or of their countries: a sentence
 * that names another party tells of another event.
 *
 * <p>Stateless and thread-safe.
 */
final class AntecedentParties {
  /** How far back, in characters of the document, the antecedent's sentence may end: a few sentences. */
  static final int REACH = 600;

  private AntecedentParties() {}

  /** {@return the readings, each definite one with fewer than two parties given its antecedent's} */
  static List<Reading> give(List<Reading> readings) {
    List<Reading> out = new ArrayList<>(readings);
    for (int i = 0; i < out.size(); i++) {
      Reading d = out.get(i);
      if (!d.has(Cue.DEFINITE) || d.actors().size() >= 2) continue;
      Reading o = before(out, i);
      if (o == null) o = after(out, i);
      if (o == null) continue;
      out.set(i, d.withActors(union(d, o)).withCue(Cue.PARTIES_ELSEWHERE));
    }
    return out;
  }

  /** The last reading of {@code i}'s family with two parties or more told in the few sentences before it, or null. */
  private static @Nullable Reading before(List<Reading> out, int i) {
    Reading d = out.get(i);
    Evidence at = d.sources().get(0);
    for (int j = i - 1; j >= 0; j--) {
      Reading o = out.get(j);
      Evidence e = o.sources().get(o.sources().size() - 1);
      if (!e.doc().equals(at.doc())) return null;
      if (e.span().equals(at.span())) continue;
      if (at.span().start() - e.span().end() > REACH) return null;
      if (!o.family().equals(d.family()) || o.actors().size() < 2) continue;
      return contradicts(d, o) ? null : o;
    }
    return null;
  }

  /**
   * "Bucharest and Budapest say the treaty should be signed …" after "The accord, agreed two weeks
   * ago": the first reading of the family with two parties or more told in the few sentences after
   * it, itself told by a definite word, or null.
   */
  private static @Nullable Reading after(List<Reading> out, int i) {
    Reading d = out.get(i);
    Evidence at = d.sources().get(0);
    for (int j = i + 1; j < out.size(); j++) {
      Reading o = out.get(j);
      Evidence e = o.sources().get(0);
      if (!e.doc().equals(at.doc())) return null;
      if (e.span().equals(at.span())) continue;
      if (e.span().start() - at.span().end() > REACH) return null;
      if (!o.family().equals(d.family()) || o.actors().size() < 2) continue;
      return o.has(Cue.DEFINITE) && !contradicts(d, o) ? o : null;
    }
    return null;
  }

  /** Whether {@code d} names a party that is not {@code o}'s, nor of the country of one of {@code o}'s. */
  private static boolean contradicts(Reading d, Reading o) {
    Set<String> entities = new HashSet<>();
    Set<String> countries = new HashSet<>();
    for (Participant p : o.actors()) {
      entities.add(p.entity());
      if (p.country() != null) countries.add(p.country());
    }
    // "Las negociaciones entre Londres y Atenas" after a conference in Athens: a country the sentence
    // names that the antecedent lacks is another event's.
    Set<String> named = new HashSet<>(o.countries());
    named.addAll(countries);
    if (!named.containsAll(d.countries())) return true;
    for (Participant p : d.actors()) {
      if (!entities.contains(p.entity()) && (p.country() == null || !countries.contains(p.country()))) return true;
    }
    return false;
  }

  /** The sentence's own parties, then the antecedent's it lacks, as the antecedent told them. */
  private static List<Participant> union(Reading d, Reading o) {
    Map<String, Participant> out = new LinkedHashMap<>();
    for (Participant p : d.actors()) out.put(p.entity(), p);
    for (Participant p : o.actors()) out.putIfAbsent(p.entity(), p);
    return List.copyOf(out.values());
  }
}
