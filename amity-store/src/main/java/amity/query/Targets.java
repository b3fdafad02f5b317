package amity.query;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.model.Entity;
import amity.model.EntityType;
import amity.text.Fold;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves what a user types ("Cuba", "古巴", "CU", "Tô Lâm", "To Lam", "苏林") to a {@link Target}
 * through the knowledge base and the aliases seen in the corpus. Stateless apart from its inputs.
 */
public final class Targets {
  private final KnowledgeBase kb;
  private final List<Entity> entities;

  public Targets(KnowledgeBase kb, List<Entity> entities) {
    this.kb = kb;
    this.entities = entities;
  }

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
    for (Entity e : entities) {
      boolean named = Fold.same(e.name(), l) || e.id().equals(l);
      for (String a : e.aliases()) if (Fold.same(a, l)) named = true;
      if (named) {
        ids.add(e.id());
        if (e.type() == EntityType.GPE && e.id().startsWith("country:") && e.country() != null) countries.add(e.country());
      }
    }
    return new Target(l, ids, countries);
  }
}
