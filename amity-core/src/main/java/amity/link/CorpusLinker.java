package amity.link;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Entity;
import amity.model.EntityType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Joins the entities that stories linked on their own into corpus-wide entities.
 *
 * <p>Knowledge-base entities are already shared. A name key that no knowledge base knows joins
 * another when its words are a run of the other's words and it has at least two ("Miguel
 * Diaz-Canel" joins "Miguel Diaz-Canel Bermudez"), and only when exactly one such name exists, so
 * "Castro" joins neither Fidel nor Raúl. The canonical name is the knowledge base's, else the most
 * frequent surface form. Stateless and thread-safe.
 */
public final class CorpusLinker {
  /** One mention as the store keeps it. */
  public record MentionRow(
      String entityId, String entityName, EntityType type, String surface, @Nullable String country, boolean nominal) {
    /** A mention by name (not a title standing for a person). */
    public MentionRow(String entityId, String entityName, EntityType type, String surface, @Nullable String country) {
      this(entityId, entityName, type, surface, country, false);
    }
  }

  /** The result: entities, and where each story-level id now points. */
  public record Result(List<Entity> entities, Map<String, String> remap) {
    /** {@return the corpus-wide id for a story-level id} */
    public String resolve(String id) {
      return remap.getOrDefault(id, id);
    }
  }

  private final KnowledgeBase kb;
  private final Readings readings;

  /** A linker over {@code kb} reading Han names with the bundled language packs. */
  public CorpusLinker(KnowledgeBase kb) {
    this(kb, amity.lang.LanguagePacks.bundled());
  }

  /** A linker over {@code kb} reading Han names with the Sino-Vietnamese readings of {@code packs}. */
  public CorpusLinker(KnowledgeBase kb, amity.lang.LanguagePacks packs) {
    this.kb = java.util.Objects.requireNonNull(kb, "kb must not be null");
    this.readings = new Readings(packs);
  }

  /**
   * A story-level entity id as linking sees it: its type and the name its first mention gave it.
   * "First" is in the order of the mentions given to {@link #link}; the store gives them in
   * (story id, position) order.
   */
  public record Named(String id, EntityType type, String name) {
    public Named {
      java.util.Objects.requireNonNull(id, "id must not be null");
      java.util.Objects.requireNonNull(type, "type must not be null");
      java.util.Objects.requireNonNull(name, "name must not be null");
    }
  }

  public Result link(Iterable<MentionRow> mentions) {
    Map<String, List<MentionRow>> byId = new LinkedHashMap<>();
    for (MentionRow m : mentions) byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);
    Map<String, Named> named = new LinkedHashMap<>();
    byId.forEach((id, rows) -> named.put(id, new Named(id, rows.get(0).type(), rows.get(0).entityName())));

    Map<String, String> resolved = remap(named.values());

    Map<String, List<MentionRow>> merged = new LinkedHashMap<>();
    byId.forEach((id, rows) -> merged.computeIfAbsent(resolved.getOrDefault(id, id), k -> new ArrayList<>()).addAll(rows));
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<String, List<MentionRow>> e : merged.entrySet()) out.add(entity(e.getKey(), e.getValue()));
    out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id));
    return new Result(List.copyOf(out), Map.copyOf(resolved));
  }

  /**
   * {@return where each story-level id that joins another now points, chains followed} The
   * linking of names alone, without mentions: a store that keeps each id's first name recomputes
   * it without reading every mention.
   */
  public Map<String, String> remap(Collection<Named> named) {
    Map<String, String> remap = new HashMap<>();
    // Candidates share a word with the name; indexing by word keeps this near-linear.
    Map<String, List<Named>> byWord = new HashMap<>();
    for (Named n : named) {
      for (String w : indexWords(n)) byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(n);
    }
    for (Named n : named) {
      String key = shortNameKey(n);
      if (key == null) continue;
      String target = longerName(n, byWord.getOrDefault(key, List.of()));
      if (target != null) remap.put(n.id(), target);
    }
    // Chinese renderings of Vietnamese names: 阮友心 read in Sino-Vietnamese is Nguyễn Hữu Tâm.
    Map<String, List<String>> latinByName = new HashMap<>();
    for (Named n : named) {
      String key = latinKey(n);
      if (key != null) latinByName.computeIfAbsent(key, k -> new ArrayList<>()).add(n.id());
    }
    for (Named n : named) {
      if (remap.containsKey(n.id())) continue;
      Set<String> targets = new LinkedHashSet<>();
      for (String reading : readingKeys(n)) targets.addAll(latinByName.getOrDefault(reading, List.of()));
      if (targets.size() == 1) remap.put(n.id(), targets.iterator().next());
    }
    return followChains(remap);
  }

  // The steps of link() one at a time, public so that a distributed linker can run each on a
  // block of entities grouped by its key and still give link()'s result.

  /** {@return the words a person is found by when a shorter name looks for a longer one; none for others} */
  public static Set<String> indexWords(Named n) {
    if (n.type() != EntityType.PERSON) return Set.of();
    return new LinkedHashSet<>(Names.parts(n.name()));
  }

  /**
   * {@return the word under which a local person's name of two or more words looks for a longer
   * name containing it (its first word), or null when it does not look}
   */
  public @Nullable String shortNameKey(Named n) {
    if (n.type() != EntityType.PERSON || kb.get(n.id()).isPresent()) return null;
    List<String> parts = Names.parts(n.name());
    return parts.size() < 2 ? null : parts.get(0);
  }

  /**
   * {@return the one longer name among {@code candidates} (those indexed under {@code n}'s {@link
   * #shortNameKey}) whose words contain {@code n}'s as a run, or null when none or several do}
   */
  public static @Nullable String longerName(Named n, Iterable<Named> candidates) {
    int size = Names.parts(n.name()).size();
    String target = null;
    boolean ambiguous = false;
    for (Named other : candidates) {
      if (other.id().equals(n.id())) continue;
      if (Names.parts(other.name()).size() <= size) continue;
      if (Names.containsWords(other.name(), n.name())) {
        if (target != null && !target.equals(other.id())) ambiguous = true;
        target = other.id();
      }
    }
    return ambiguous ? null : target;
  }

  /** {@return the key a Latin-script person name is found by from a Chinese rendering, or null} */
  public static @Nullable String latinKey(Named n) {
    if (n.type() != EntityType.PERSON || Names.isHan(n.name())) return null;
    return String.join(" ", Names.parts(n.name()));
  }

  /**
   * {@return the Sino-Vietnamese readings of a local person's Chinese name, as {@link #latinKey}s}
   * The name joins the one entity found by them, if exactly one is, unless the longer-name rule
   * already joined it.
   */
  public List<String> readingKeys(Named n) {
    if (n.type() != EntityType.PERSON || !Names.isHan(n.name()) || kb.get(n.id()).isPresent()) return List.of();
    return List.copyOf(readings.vietnamese(n.name()));
  }

  /** {@return the remap with chains followed: A → B → C becomes A → C} */
  public static Map<String, String> followChains(Map<String, String> remap) {
    Map<String, String> out = new HashMap<>(remap);
    for (String id : remap.keySet()) {
      String t = out.get(id);
      Set<String> seen = new LinkedHashSet<>();
      while (out.containsKey(t) && seen.add(t)) t = out.get(t);
      out.put(id, t);
    }
    return out;
  }

  /**
   * {@return the corpus-wide entity for {@code id} from the mentions linked to it} The rows come
   * grouped by story-level id, the ids in order of first mention, each id's rows in order: the
   * aliases keep that order.
   */
  public Entity entity(String id, List<MentionRow> rows) {
    Tally t = new Tally();
    for (MentionRow r : rows) t.add(r);
    return entity(id, t);
  }

  /** {@return the corpus-wide entity for {@code id} from the tally of the mentions linked to it} */
  public Entity entity(String id, Tally t) {
    if (t.mentions == 0) throw new IllegalArgumentException("no mentions tallied for " + id);
    KbEntry kbEntry = kb.get(id).orElse(null);
    String name;
    String country;
    EntityType type;
    if (kbEntry != null) {
      name = kbEntry.name();
      country = kbEntry.country();
      type = kbEntry.type();
    } else {
      name =
          t.names.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
              .get()
              .getKey();
      country = t.countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      type = t.type;
    }
    return new Entity(id, type, name, List.copyOf(t.aliases), country, t.mentions);
  }

  /**
   * What an entity is built from: its aliases in order of first use, how often each name and
   * country was given, the type of its first mention and the number of mentions. Mentions are
   * added one at a time, or as counts already summed (a store keeps them so), in the order
   * linking reads them: the result is the same either way. Not thread-safe.
   */
  public static final class Tally {
    private final Set<String> aliases = new LinkedHashSet<>();
    // Hash maps, filled in order of first use, as linking always filled them: ties between equal
    // counts go the same way.
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> countries = new HashMap<>();
    private @Nullable EntityType type;
    private int mentions;

    /** Adds one mention. */
    public void add(MentionRow r) {
      if (type == null) type = r.type();
      if (!r.nominal()) aliases.add(r.surface());
      names.merge(r.entityName(), 1, Integer::sum);
      if (r.country() != null) countries.merge(r.country(), 1, Integer::sum);
      mentions++;
    }

    /** Sets the type of the first mention, unless one was set; {@return this} */
    public Tally first(EntityType t, int count) {
      if (type == null) type = t;
      mentions += count;
      return this;
    }

    /** Adds an alias (a surface form of a mention by name), in order of first use. */
    public void alias(String surface) {
      aliases.add(surface);
    }

    /** Adds {@code n} mentions that gave the entity this name, in order of first use. */
    public void name(String name, int n) {
      names.merge(name, n, Integer::sum);
    }

    /** Adds {@code n} mentions that gave the entity this country, in order of first use. */
    public void country(String country, int n) {
      countries.merge(country, n, Integer::sum);
    }
  }

  @Override
  public String toString() {
    return "CorpusLinker";
  }
}
