package amity.event.extract;

import amity.model.DateRange;
import amity.model.Evidence;
import amity.model.Mode;
import amity.model.Place;
import amity.model.Quantity;
import amity.model.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One event as the story tells it, while it is being read: each step returns a new reading.
 *
 * @param trigger the trigger words
 * @param form the event's form ({@code talks}, {@code state_visit}, …): the trigger's, or a more specific one a later sentence gave
 * @param mode how the parties were in contact
 * @param status reported or planned
 * @param actors who took part, in order, each once
 * @param location where, when the text says
 * @param countries every country taking part, in order
 * @param date when, when the text says
 * @param cues what its clause said about it
 * @param fields fields of cooperation named with it
 * @param quantities amounts named with it
 * @param sources the sentences that report it
 * @param triggerAt where the first trigger word stands in the document (one sentence may tell two events of a form)
 * @param part tells apart the events one reading was split into (one per counterpart); empty otherwise
 */
public record Reading(
    TriggerMatch trigger,
    String form,
    Mode mode,
    Status status,
    List<Participant> actors,
    @Nullable Place location,
    Set<String> countries,
    @Nullable DateRange date,
    Set<Cue> cues,
    List<String> fields,
    List<Quantity> quantities,
    List<Evidence> sources,
    int triggerAt,
    String part) {
  public Reading {
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(form, "form must not be null");
    Objects.requireNonNull(mode, "mode must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Objects.requireNonNull(part, "part must not be null");
    actors = List.copyOf(actors);
    countries = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(countries));
    cues = cues.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(cues));
    fields = List.copyOf(new LinkedHashSet<>(fields));
    quantities = List.copyOf(quantities);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) throw new IllegalArgumentException("a reading needs a source sentence: " + trigger);
  }

  public boolean has(Cue c) {
    return cues.contains(c);
  }

  public boolean planned() {
    return status == Status.PLANNED;
  }

  /** {@return the event family of its form: forms of a family can describe one event} */
  public String family() {
    return amity.event.Forms.family(form);
  }

  /** {@return the entity ids of its actors that are people} */
  public Set<String> persons() {
    Set<String> out = new LinkedHashSet<>();
    for (Participant p : actors) if (p.entity().startsWith("person")) out.add(p.entity());
    return out;
  }

  public Reading withActors(List<Participant> a) {
    return new Reading(trigger, form, mode, status, a, location, countries, date, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withCountries(Set<String> c) {
    return new Reading(trigger, form, mode, status, actors, location, c, date, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withDate(@Nullable DateRange d) {
    return new Reading(trigger, form, mode, status, actors, location, countries, d, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withStatus(Status s) {
    return new Reading(trigger, form, mode, s, actors, location, countries, date, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withLocation(@Nullable Place p) {
    return new Reading(trigger, form, mode, status, actors, p, countries, date, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withForm(String f, Mode m) {
    return new Reading(trigger, f, m, status, actors, location, countries, date, cues, fields, quantities, sources, triggerAt, part);
  }

  public Reading withPart(String p) {
    return new Reading(trigger, form, mode, status, actors, location, countries, date, cues, fields, quantities, sources, triggerAt, p);
  }

  public Reading withCue(Cue c) {
    Set<Cue> s = cues.isEmpty() ? EnumSet.noneOf(Cue.class) : EnumSet.copyOf(cues);
    s.add(c);
    return new Reading(trigger, form, mode, status, actors, location, countries, date, s, fields, quantities, sources, triggerAt, part);
  }

  /** {@return this reading with another's sources, fields, quantities and countries added} */
  public Reading withEvidenceOf(Reading o) {
    List<Evidence> s = new ArrayList<>(sources);
    for (Evidence e : o.sources) if (!s.contains(e)) s.add(e);
    List<String> f = new ArrayList<>(fields);
    f.addAll(o.fields);
    List<Quantity> q = new ArrayList<>(quantities);
    for (Quantity x : o.quantities) if (!q.contains(x)) q.add(x);
    Set<String> c = new LinkedHashSet<>(countries);
    c.addAll(o.countries);
    return new Reading(trigger, form, mode, status, actors, location == null ? o.location : location, c, date, cues, f, q, s, triggerAt, part);
  }
}
