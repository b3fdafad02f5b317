package amity.link;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Entity;
import amity.model.EntityType;
import java.util.ArrayList;
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
  private final Readings readings = new Readings();

  public CorpusLinker(KnowledgeBase kb) {
    this.kb = kb;
  }

  public Result link(Iterable<MentionRow> mentions) {
    Map<String, List<MentionRow>> byId = new LinkedHashMap<>();
    for (MentionRow m : mentions) byId.computeIfAbsent(m.entityId(), k -> new ArrayList<>()).add(m);

    Map<String, String> remap = new HashMap<>();
    // Candidates share a word with the name; indexing by word keeps this near-linear.
    Map<String, List<String>> byWord = new HashMap<>();
    for (Map.Entry<String, List<MentionRow>> e : byId.entrySet()) {
      if (e.getValue().get(0).type() != EntityType.PERSON) continue;
      for (String w : new LinkedHashSet<>(Names.parts(e.getValue().get(0).entityName()))) {
        byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(e.getKey());
      }
    }
    List<String> local = byId.keySet().stream().filter(id -> kb.get(id).isEmpty()).toList();
    for (String id : local) {
      List<MentionRow> rows = byId.get(id);
      if (rows.get(0).type() != EntityType.PERSON) continue;
      String name = rows.get(0).entityName();
      List<String> parts = Names.parts(name);
      if (parts.size() < 2) continue;
      String target = null;
      boolean ambiguous = false;
      for (String otherId : byWord.getOrDefault(parts.get(0), List.of())) {
        if (otherId.equals(id)) continue;
        String otherName = byId.get(otherId).get(0).entityName();
        if (Names.parts(otherName).size() <= Names.parts(name).size()) continue;
        if (Names.containsWords(otherName, name)) {
          if (target != null && !target.equals(otherId)) ambiguous = true;
          target = otherId;
        }
      }
      if (target != null && !ambiguous) remap.put(id, target);
    }
    // Chinese renderings of Vietnamese names: 阮友心 read in Sino-Vietnamese is Nguyễn Hữu Tâm.
    Map<String, List<String>> latinByName = new HashMap<>();
    for (Map.Entry<String, List<MentionRow>> e : byId.entrySet()) {
      MentionRow r = e.getValue().get(0);
      if (r.type() == EntityType.PERSON && !Names.isHan(r.entityName())) {
        latinByName.computeIfAbsent(String.join(" ", Names.parts(r.entityName())), k -> new ArrayList<>()).add(e.getKey());
      }
    }
    for (String id : local) {
      MentionRow r = byId.get(id).get(0);
      if (r.type() != EntityType.PERSON || !Names.isHan(r.entityName()) || remap.containsKey(id)) continue;
      Set<String> targets = new LinkedHashSet<>();
      for (String reading : readings.vietnamese(r.entityName())) {
        targets.addAll(latinByName.getOrDefault(reading, List.of()));
      }
      if (targets.size() == 1) remap.put(id, targets.iterator().next());
    }
    // Follow chains: A → B → C.
    for (String id : new ArrayList<>(remap.keySet())) {
      String t = remap.get(id);
      Set<String> seen = new LinkedHashSet<>();
      while (remap.containsKey(t) && seen.add(t)) t = remap.get(t);
      remap.put(id, t);
    }

    Map<String, List<MentionRow>> merged = new LinkedHashMap<>();
    byId.forEach((id, rows) -> merged.computeIfAbsent(remap.getOrDefault(id, id), k -> new ArrayList<>()).addAll(rows));
    List<Entity> out = new ArrayList<>();
    for (Map.Entry<String, List<MentionRow>> e : merged.entrySet()) out.add(entity(e.getKey(), e.getValue()));
    out.sort(Comparator.comparingInt(Entity::mentions).reversed().thenComparing(Entity::id));
    return new Result(List.copyOf(out), Map.copyOf(remap));
  }

  private Entity entity(String id, List<MentionRow> rows) {
    KbEntry kbEntry = kb.get(id).orElse(null);
    Set<String> aliases = new LinkedHashSet<>();
    Map<String, Integer> surfaceCounts = new HashMap<>();
    Map<String, Integer> countries = new HashMap<>();
    for (MentionRow r : rows) {
      if (!r.nominal()) aliases.add(r.surface());
      surfaceCounts.merge(r.entityName(), 1, Integer::sum);
      if (r.country() != null) countries.merge(r.country(), 1, Integer::sum);
    }
    String name;
    String country;
    EntityType type;
    if (kbEntry != null) {
      name = kbEntry.name();
      country = kbEntry.country();
      type = kbEntry.type();
    } else {
      name =
          surfaceCounts.entrySet().stream()
              .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().length()))
              .get()
              .getKey();
      country = countries.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
      type = rows.get(0).type();
    }
    return new Entity(id, type, name, List.copyOf(aliases), country, rows.size());
  }

  @Override
  public String toString() {
    return "CorpusLinker";
  }
}
