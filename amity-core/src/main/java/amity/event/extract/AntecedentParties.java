package amity.event.extract;

import amity.model.EntityIds;
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
 * Talks done at a time their sentence gives, naming fewer than two parties ("Under the agreement,
 * which followed talks in Miami this week", "Last-minute talks this week … cleared the way for a
 * treaty") are held by the sides of the agreement told last before them, or in their
 * own sentence: those who negotiate a pact are those who conclude it. The sentence's own parties
 * must all be among the antecedent's, or of their countries: a sentence that names another party
 * tells of another event.
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
      if (d.actors().size() >= 2) continue;
      Reading o = null;
      if (d.has(Cue.DEFINITE)) o = before(out, i);
      if (o == null && d.has(Cue.DEFINITE)) o = after(out, i);
      if (o == null && negotiated(d)) o = concluded(out, i);
      if (o == null && d.has(Cue.OCCASION_SUBJECT) && d.family().equals(AGREE)) o = occasion(out, i);
      if (o == null) continue;
      out.set(i, d.withActors(union(d, o)).withCue(Cue.PARTIES_ELSEWHERE));
    }
    return out;
  }

  /** The last reading of {@code i}'s family with two parties or more told in the few sentences before it, or null. */
  private static @Nullable Reading before(List<Reading> out, int i) {
    String family = out.get(i).family();
    return lastBefore(out, i, o -> o.family().equals(family));
  }

  /**
   * The last reading of a kind {@code kind} accepts, with two parties or more, told in the few
   * sentences before {@code i} (not in its own), where {@code i} names no party it does not allow;
   * null if there is none or the nearest such reading contradicts it.
   */
  private static @Nullable Reading lastBefore(List<Reading> out, int i, java.util.function.Predicate<Reading> kind) {
    Reading d = out.get(i);
    Evidence at = d.sources().get(0);
    for (int j = i - 1; j >= 0; j--) {
      Reading o = out.get(j);
      Evidence e = o.sources().get(o.sources().size() - 1);
      if (!e.doc().equals(at.doc())) return null;
      if (e.span().equals(at.span())) continue;
      if (at.span().start() - e.span().end() > REACH) return null;
      if (!kind.test(o) || o.actors().size() < 2) continue;
      return contradicts(d, o) ? null : o;
    }
    return null;
  }

  /**
   * The agreement that talks {@code i} led to: the last reading of the agreement family with two
   * parties or more told in the few sentences before it or in its own sentence, where it names no
   * party the talks' sentence does not allow; null if there is none.
   */
  private static @Nullable Reading concluded(List<Reading> out, int i) {
    Reading d = out.get(i);
    Evidence at = d.sources().get(0);
    Reading found = null;
    for (int j = 0; j < out.size(); j++) {
      Reading o = out.get(j);
      if (j == i || !o.family().equals(AGREE) || o.actors().size() < 2) continue;
      Evidence first = o.sources().get(0);
      if (!first.doc().equals(at.doc())) continue;
      boolean same = o.sources().stream().anyMatch(e -> e.span().equals(at.span()));
      Evidence last = o.sources().get(o.sources().size() - 1);
      boolean earlier = last.span().end() <= at.span().start() && at.span().start() - last.span().end() <= REACH;
      if (same || earlier) found = o;
    }
    return found == null || contradicts(d, found) ? null : found;
  }

  /**
   * Whether {@code d} is talks told as done at a time its own sentence gives ("this week", "in
   * February"): talks still ahead ("would be on the agenda of today's talks", "would hold talks")
   * or told with no time of their own ("Después de varios meses de negociación") are not the
   * occasion an agreement came out of.
   */
  private static boolean negotiated(Reading d) {
    return d.form().equals("talks") && !d.planned() && d.has(Cue.OWN_TIME);
  }

  /**
   * The meeting an agreement told with a meeting as its subject ({@link Cue#OCCASION_SUBJECT}) came
   * out of: the last reading of the meeting family (or a gathering attended) with two parties or more told in the few
   * sentences before it, where the agreement names no party it does not allow; null if there is none.
   */
  private static @Nullable Reading occasion(List<Reading> out, int i) {
    // A gathering chaired or attended ("王毅主持…外长会") is a meeting of those in it.
    return lastBefore(out, i, o -> o.family().equals(MEET) || o.family().equals(CEREMONY) && o.has(Cue.GATHERING));
  }

  /** The family of meetings and talks. */
  private static final String MEET = amity.event.Forms.family("meeting");

  /** The family of ceremonies and gatherings attended. */
  private static final String CEREMONY = amity.event.Forms.family("ceremony_attendance");

  /** The family of agreements signed, reached or announced. */
  private static final String AGREE = amity.event.Forms.family("agreement_signing");

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
    // "Peace talks in Ivory Coast": the country the event was held in is where, no party of it.
    Set<String> told = new HashSet<>(d.countries());
    if (d.location() != null && EntityIds.isCountry(d.location().entity())) told.remove(EntityIds.countryCode(d.location().entity()));
    if (!named.containsAll(told)) return true;
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
