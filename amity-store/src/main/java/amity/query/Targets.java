package amity.query;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Entity;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.store.EntityRepository;
import amity.store.Store;
import amity.store.StoreException;
import amity.text.Fold;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Resolves what a user types ("Cuba", "古巴", "CU", "Tô Lâm", "To Lam", "苏林") to a {@link Target}
 * through the knowledge base and the aliases seen in the corpus, looked up in the store's alias
 * index (one lookup a name, whatever the corpus size). Thread-safe.
 */
public final class Targets {
  private final KnowledgeBase kb;
  private final Function<String, List<EntityRepository.EntityRef>> named;

  /** Resolves through the store's alias index. */
  public Targets(KnowledgeBase kb, Store store) {
    this.kb = kb;
    this.named = folded -> {
      try {
        return store.entities().named(List.of(folded)).getOrDefault(folded, List.of());
      } catch (StoreException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** Resolves against a list of entities held in memory (for small corpora and tests). */
  public Targets(KnowledgeBase kb, List<Entity> entities) {
    this.kb = kb;
    Map<String, List<EntityRepository.EntityRef>> byName = new HashMap<>();
    for (Entity e : entities) {
      Set<String> names = new LinkedHashSet<>();
      names.add(Fold.fold(e.name()));
      names.add(Fold.fold(e.id()));
      for (String a : e.aliases()) names.add(Fold.fold(a.strip()));
      for (String n : names) byName.computeIfAbsent(n, k -> new ArrayList<>()).add(new EntityRepository.EntityRef(e.id(), e.type(), e.country()));
    }
    this.named = folded -> byName.getOrDefault(folded, List.of());
  }

  /**
   * {@return what {@code label} names} (empty when nothing)
   *
   * @throws UncheckedIOException when the store cannot be read
   */
  public Target resolve(String label) {
    String l = label.strip();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> countries = new LinkedHashSet<>();
    if (l.matches("[A-Za-z]{2}") && kb.get("country:" + l.toUpperCase(Locale.ROOT)).isPresent()) {
      ids.add("country:" + l.toUpperCase(Locale.ROOT));
      countries.add(l.toUpperCase(Locale.ROOT));
    }
    for (KbEntry e : kb.byName(l)) {
      ids.add(e.id());
      if ("country".equals(e.kind()) && e.country() != null) countries.add(e.country());
    }
    if (!l.isEmpty()) {
      for (EntityRepository.EntityRef e : named.apply(Fold.fold(l))) {
        ids.add(e.id());
        if (e.type() == EntityType.GPE && EntityIds.isCountry(e.id()) && e.country() != null) countries.add(e.country());
      }
    }
    return new Target(l, ids, countries);
  }
}
