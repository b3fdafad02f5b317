package amity.kb;

import amity.model.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One knowledge-base entry: a country, place, organisation or person.
 *
 * @param id stable id ({@code country:VN}, {@code person:vn/to-lam}, …)
 * @param type entity type
 * @param name canonical name
 * @param names names and aliases by language
 * @param country ISO alpha-2 of the country it belongs to (its own code for a country)
 * @param demonyms adjectives and people nouns by language ("Cuban", "cubana"); countries only
 * @param abbr short forms used only inside compounds (越 in 越古); never matched alone
 * @param roles offices held; people only
 * @param kind finer kind: {@code country}, {@code city}, {@code party}, {@code international}, …
 * @param capital whether a place is a capital
 * @param source where the facts come from
 */
public record KbEntry(
    String id,
    EntityType type,
    String name,
    Map<String, List<String>> names,
    @Nullable String country,
    Map<String, List<String>> demonyms,
    Map<String, List<String>> abbr,
    List<Role> roles,
    @Nullable String kind,
    boolean capital,
    String source) {
  public KbEntry {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(source, "source must not be null");
    names = copy(names);
    demonyms = copy(demonyms);
    abbr = copy(abbr);
    roles = List.copyOf(roles);
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> m) {
    java.util.LinkedHashMap<String, List<String>> out = new java.util.LinkedHashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return java.util.Collections.unmodifiableMap(out);
  }

  /** {@return the canonical name and every alias in every language, without repeats} */
  public Set<String> allNames() {
    Set<String> out = new LinkedHashSet<>();
    out.add(name);
    names.values().forEach(out::addAll);
    return out;
  }

  /** {@return this entry's names in {@code lang}, the canonical name when it has none there} */
  public List<String> namesIn(String lang) {
    List<String> l = names.get(lang);
    return l == null || l.isEmpty() ? List.of(name) : l;
  }

  /** {@return an entry with the names, demonyms and abbreviations of {@code other} added} */
  KbEntry mergedWith(KbEntry other) {
    return new KbEntry(
        id,
        type,
        name,
        union(names, other.names),
        country != null ? country : other.country,
        union(demonyms, other.demonyms),
        union(abbr, other.abbr),
        concat(roles, other.roles),
        kind != null ? kind : other.kind,
        capital || other.capital,
        source.equals(other.source) ? source : source + "; " + other.source);
  }

  /**
   * {@return the country a person acts for on {@code when}: none while every office held then is
   * an international body's (Kofi Annan, Secretary-General in 2000, speaks for no state), else
   * {@link #country()}}
   */
  public @Nullable String countryOn(amity.model.@Nullable DateValue when) {
    if (when == null || when.year() == null || type != EntityType.PERSON) return country;
    boolean international = false;
    for (Role r : roles) {
      if (!r.heldOn(when)) continue;
      if (r.country() != null || r.org() == null) return country;
      international = true;
    }
    return international ? null : country;
  }

  /** The role key of one who leads an armed or separatist movement against the state of the role's {@code country}. */
  public static final String REBEL_LEADER = "rebel_leader";

  /**
   * {@return whether the person leads rebels on {@code when}: a {@code rebel_leader} role is held
   * then (Aslan Maskhadov in August 1996); with no date known, whether every office known is one}
   * Such a person is the other side of their state's conflict, of no state's side.
   */
  public boolean leadsRebelsOn(amity.model.@Nullable DateValue when) {
    if (type != EntityType.PERSON || roles.isEmpty()) return false;
    if (when == null || when.year() == null) return roles.stream().allMatch(r -> REBEL_LEADER.equals(r.role()));
    return roles.stream().anyMatch(r -> REBEL_LEADER.equals(r.role()) && r.heldOn(when));
  }

  private static Map<String, List<String>> union(
      Map<String, List<String>> a, Map<String, List<String>> b) {
    java.util.LinkedHashMap<String, List<String>> out = new java.util.LinkedHashMap<>();
    a.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    b.forEach(
        (k, v) -> {
          List<String> l = out.computeIfAbsent(k, x -> new ArrayList<>());
          for (String s : v) if (!l.contains(s)) l.add(s);
        });
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    for (T t : b) if (!out.contains(t)) out.add(t);
    return out;
  }
}
