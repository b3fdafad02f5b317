package amity.query;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Actor;
import amity.model.Entity;
import amity.model.Event;
import amity.model.Place;
import amity.store.Store;
import amity.store.StoreException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One name per entity in the reader's language. In order: the knowledge base's name in that
 * language; the name the entity first goes by in stories of that language; the name it is known
 * by (the knowledge base's, else the one seen first) when written in that language's script; a
 * name seen in another language of the same script (Nguyễn Hữu Tâm, first seen as 阮友心, reads
 * "Nguyễn Hữu Tâm" in English); else the name it is known by. Thread-safe.
 *
 * <pre>{@code
 * Map<String, String> vi = new DisplayNames(store, kb).of(List.of("person:vn/to-lam"), "vi");
 * }</pre>
 */
public final class DisplayNames {
  /** The languages a reader can choose: those of the bundled full language packs. */
  public static final Set<String> LANGUAGES =
      Set.copyOf(amity.lang.LanguagePacks.bundled().tags(amity.lang.LanguagePack.Level.FULL));
  /**
   * Each reader's language with the languages written in its script (the scripts of the packs'
   * {@code profile.tsv}), in the order their names stand in for one another: that of {@code
   * languages.txt} (en, vi, es for the Latin script; zh alone for Han).
   */
  private static final Map<String, List<String>> SAME_SCRIPT = sameScript();
  /** The reader's languages written in Han characters. */
  private static final Set<String> HAN = Set.copyOf(amity.lang.LanguagePacks.bundled().all().stream()
      .filter(p -> p.script().equals("Hani")).map(amity.lang.LanguagePack::tag).toList());

  private final Store store;
  private final KnowledgeBase kb;

  public DisplayNames(Store store, KnowledgeBase kb) {
    this.store = store;
    this.kb = kb;
  }

  /**
   * {@return the name of each entity in {@code lang}, by id} (ids the store and knowledge base do
   * not know are left out)
   *
   * @throws IllegalArgumentException when {@code lang} is not one of {@link #LANGUAGES}
   */
  public Map<String, String> of(Collection<String> ids, String lang) throws StoreException {
    if (!LANGUAGES.contains(lang)) {
      throw new IllegalArgumentException("names must be in one of " + String.join(", ", LANGUAGES.stream().sorted().toList()) + ": '" + lang + "'");
    }
    Map<String, Entity> entities = store.entities().byIds(ids);
    Map<String, Map<String, String>> seen = store.entities().firstNamesByLanguage(ids);
    Map<String, String> out = new HashMap<>();
    for (String id : ids) {
      KbEntry k = kb.get(id).orElse(null);
      Entity e = entities.get(id);
      String known = e != null ? e.name() : k != null ? k.name() : null;
      String name = pick(lang, k, known, seen.getOrDefault(id, Map.of()));
      if (name != null) out.put(id, name);
    }
    return out;
  }

  private static @Nullable String pick(String lang, @Nullable KbEntry k, @Nullable String known, Map<String, String> seen) {
    if (k != null && k.names().containsKey(lang) && !k.names().get(lang).isEmpty()) return k.names().get(lang).get(0);
    if (seen.containsKey(lang)) return seen.get(lang);
    if (known != null && han(lang) == hasHan(known)) return known;
    for (String other : SAME_SCRIPT.get(lang)) {
      if (seen.containsKey(other) && !hasHan(seen.get(other))) return seen.get(other);
      if (k != null && k.names().containsKey(other) && !k.names().get(other).isEmpty() && han(lang) == hasHan(k.names().get(other).get(0))) {
        return k.names().get(other).get(0);
      }
    }
    return known;
  }

  /** {@return the event with its actors and place named in the reader's language} */
  public static Event rename(Event e, Map<String, String> names) {
    List<Actor> actors = new ArrayList<>();
    for (Actor a : e.actors()) actors.add(new Actor(a.entity(), names.getOrDefault(a.entity(), a.name()), a.role()));
    Place place = e.location() == null ? null : new Place(e.location().entity(), names.getOrDefault(e.location().entity(), e.location().name()));
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), actors, e.countries(), place, e.fields(),
        e.quantities(), e.sources(), e.confidence());
  }

  /** {@return the entity ids an event names: its actors and place} */
  public static List<String> ids(Event e) {
    List<String> out = new ArrayList<>();
    e.actors().forEach(a -> out.add(a.entity()));
    if (e.location() != null) out.add(e.location().entity());
    return out;
  }

  private static boolean han(String lang) {
    return HAN.contains(lang);
  }

  private static Map<String, List<String>> sameScript() {
    List<amity.lang.LanguagePack> full = amity.lang.LanguagePacks.bundled().all().stream()
        .filter(p -> p.level() == amity.lang.LanguagePack.Level.FULL).toList();
    Map<String, List<String>> out = new HashMap<>();
    for (amity.lang.LanguagePack p : full) {
      out.put(p.tag(), full.stream().filter(q -> q.script().equals(p.script())).map(amity.lang.LanguagePack::tag).toList());
    }
    return Map.copyOf(out);
  }

  private static boolean hasHan(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
