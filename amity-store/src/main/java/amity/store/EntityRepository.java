package amity.store;

import amity.model.Entity;
import amity.model.EntityType;
import amity.text.Fold;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-wide entities of a store (call {@link DocumentWriter#refresh} first): by id, by name
 * in any script (exact, by prefix or word, or a few edits away), the story-level ids that resolve
 * to each, their profiles and the names they go by in each language. Thread-safe.
 *
 * <pre>{@code
 * List<Entity> castros = store.entities().find("castro", EntityType.PERSON, 10, 0).items();
 * }</pre>
 */
public final class EntityRepository {
  private final Database db;

  EntityRepository(Database db) {
    this.db = db;
  }

  /** {@return corpus-wide entities, most mentioned first} (call {@link DocumentWriter#refresh} first) */
  public List<Entity> all() throws StoreException {
    List<Entity> out = new ArrayList<>();
    forEach(out::add);
    return out;
  }

  /** Calls {@code each} for every entity, most mentioned first, streaming. */
  public void forEach(Consumer<Entity> each) throws StoreException {
    db.read("read entities", c -> {
      try (Statement st = c.createStatement()) {
        st.setFetchSize(1000);
        try (ResultSet rs = st.executeQuery("SELECT " + ENTITY_COLS + " FROM entities ORDER BY mentions DESC, id")) {
          while (rs.next()) each.accept(entity(rs));
        }
      }
      return null;
    });
  }

  private static final String ENTITY_COLS = "id, type, name, aliases, country, mentions";

  private static Entity entity(ResultSet rs) throws SQLException {
    List<String> aliases = new ArrayList<>();
    Json.read(rs.getString(4)).forEach(a -> aliases.add(a.asText()));
    return new Entity(rs.getString(1), EntityType.valueOf(rs.getString(2)), rs.getString(3), aliases, rs.getString(5), rs.getInt(6));
  }

  /** {@return the entity with this corpus-wide id} */
  public Optional<Entity> byId(String id) throws StoreException {
    Map<String, Entity> m = byIds(List.of(id));
    return Optional.ofNullable(m.get(id));
  }

  /** {@return the entities with these ids that exist, by id} */
  public Map<String, Entity> byIds(Collection<String> ids) throws StoreException {
    Map<String, Entity> out = new LinkedHashMap<>();
    if (ids.isEmpty()) return out;
    db.read("read entities", c -> {
      Database.eachRowIn(c, ids, in -> "SELECT " + ENTITY_COLS + " FROM entities WHERE id IN (" + in + ")", rs -> {
        Entity e = entity(rs);
        out.put(e.id(), e);
      });
      return null;
    });
    return out;
  }

  // ------------------------------------------------------------------ by name

  /**
   * {@return entities any of whose names or aliases, folded ({@link Fold#fold}: case and accents
   * out), equals {@code text}, starts with it, or has a word that starts with it ("castro" finds
   * "Fidel Castro"), ranked in that order and then by mentions; all entities, most mentioned first,
   * when blank}
   */
  public ResultPage<Entity> find(String text, @Nullable EntityType type, int limit, int offset) throws StoreException {
    String f = Fold.fold(text.strip());
    if (f.isEmpty()) return allEntities(type, limit, offset);
    String literal = EntityWords.startsWithLiteral(f);
    List<Object> params = new ArrayList<>();
    String match = "w.word LIKE " + (literal != null ? literal : "?") + " ESCAPE '\\'";
    if (literal == null) params.add(EntityWords.likeEscaped(f) + "%");
    String typed = type == null ? "" : " AND w.type = ?";
    // Design decision: the rows of one range of entity_words (each name whole and from each word
    // on, with the entity's type and mentions) are ranked and counted here, and only the page's
    // entities read: grouping, ranking and counting the same rows in H2 took two to four times
    // as long. Rank 0: a name is the text; 1: a name starts with it; 2: a word of a name does.
    String sql = "SELECT w.entity_id, w.whole, w.word, w.mentions FROM entity_words w WHERE " + match + typed;
    ResultPage<String> page = db.read("find entities", c -> {
      Map<String, int[]> found = new HashMap<>();
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        ps.setFetchSize(1000);
        Database.bind(ps, 1, params);
        if (type != null) ps.setString(1 + params.size(), type.name());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            int rank = rs.getInt(2) == 1 ? (rs.getString(3).equals(f) ? 0 : 1) : 2;
            int[] best = found.computeIfAbsent(rs.getString(1), id -> new int[] {3, 0});
            best[0] = Math.min(best[0], rank);
            best[1] = rs.getInt(4);
          }
        }
      }
      List<Map.Entry<String, int[]>> ranked = new ArrayList<>(found.entrySet());
      ranked.sort(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0])
          .thenComparingInt(e -> -e.getValue()[1])
          .thenComparing(Map.Entry::getKey));
      List<String> ids = new ArrayList<>();
      for (int i = offset; i < Math.min(ranked.size(), (long) offset + limit); i++) ids.add(ranked.get(i).getKey());
      return new ResultPage<>(ids, ranked.size());
    });
    Map<String, Entity> byId = byIds(page.items());
    List<Entity> items = new ArrayList<>();
    for (String id : page.items()) {
      Entity e = byId.get(id);
      if (e != null) items.add(e);
    }
    return new ResultPage<>(items, page.total());
  }

  private ResultPage<Entity> allEntities(@Nullable EntityType type, int limit, int offset) throws StoreException {
    String where = type == null ? "" : " WHERE type = ?";
    return db.read("find entities", c -> {
      long total;
      try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM entities" + where)) {
        if (type != null) ps.setString(1, type.name());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          total = rs.getLong(1);
        }
      }
      List<Entity> items = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT " + ENTITY_COLS + " FROM entities" + where + " ORDER BY mentions DESC, id LIMIT ? OFFSET ?")) {
        int i = 1;
        if (type != null) ps.setString(i++, type.name());
        ps.setInt(i++, limit);
        ps.setInt(i, offset);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) items.add(entity(rs));
        }
      }
      return new ResultPage<>(items, total);
    });
  }

  /**
   * {@return "did you mean" for a name that finds nothing: entities with a name, or a word of a
   * name, within a few edits of {@code text} folded ("Castor", "Fidell Castro"), closest first,
   * then most mentioned}
   *
   * <p>Design decision: this reads every alias once, streaming, rather than keeping an n-gram
   * index; it runs only after a lookup has failed, and the alias table is small beside the text
   * (1,400 entities for 2,100 real pages).
   */
  public List<Entity> similar(String text, int max) throws StoreException {
    String f = Fold.fold(text.strip());
    if (f.isEmpty()) return List.of();
    // Edits allowed grow with the length: one in a short word, three in a long name.
    int allowed = f.length() <= 4 ? 1 : f.length() <= 9 ? 2 : 3;
    Map<String, Integer> best = new HashMap<>();
    db.eachRow("read aliases", "SELECT folded, entity_id FROM entity_aliases", 2000, rs -> {
      String alias = rs.getString(1);
      int d = Edits.distance(f, alias, allowed);
      for (String w : alias.split("[ .(·" + Fold.fold("-") + "]+")) {
        if (d == 0) break;
        if (!w.equals(alias) && w.length() > 1) d = Math.min(d, Edits.distance(f, w, allowed));
      }
      if (d <= allowed) best.merge(rs.getString(2), d, Math::min);
    });
    Map<String, Entity> found = byIds(best.keySet());
    return found.values().stream()
        .sorted(Comparator.comparingInt((Entity e) -> best.get(e.id())).thenComparing(e -> -e.mentions()).thenComparing(Entity::id))
        .limit(max)
        .toList();
  }

  /** An entity found by a name: its id, type and country. */
  public record EntityRef(String id, EntityType type, @Nullable String country) {}

  /**
   * {@return entities whose canonical name, an alias or id, folded ({@link Fold#fold}), is one of
   * {@code folded}} Backed by an index of aliases, so it costs one lookup per name whatever the
   * corpus size.
   */
  public Map<String, List<EntityRef>> named(Collection<String> folded) throws StoreException {
    Map<String, List<EntityRef>> out = new LinkedHashMap<>();
    if (folded.isEmpty()) return out;
    db.read("read aliases", c -> {
      Database.eachRowIn(c, folded,
          in -> "SELECT a.folded, e.id, e.type, e.country FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
              + " WHERE a.folded IN (" + in + ")",
          rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new EntityRef(rs.getString(2), EntityType.valueOf(rs.getString(3)), rs.getString(4))));
      return null;
    });
    return out;
  }

  /** {@return local (story-level) ids that resolve to {@code entityId}, itself included} */
  public Set<String> localIds(String entityId) throws StoreException {
    Set<String> out = new LinkedHashSet<>(List.of(entityId));
    db.read("read", c -> {
      try (PreparedStatement ps = c.prepareStatement("SELECT local_id FROM entity_remap WHERE entity_id = ?")) {
        ps.setString(1, entityId);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) out.add(rs.getString(1));
        }
      }
      return null;
    });
    return out;
  }

  // ------------------------------------------------------------------ profile

  /**
   * An entity's profile: names by language, the roles titles gave it, and the entities most often
   * named in the same stories.
   */
  public record Profile(
      Entity entity, Map<String, List<String>> namesByLanguage, List<String> roles, List<Map.Entry<Entity, Integer>> coMentioned) {}

  /** {@return the profile of the entity with this corpus-wide id} */
  public Optional<Profile> profile(String entityId) throws StoreException {
    Entity entity = byId(entityId).orElse(null);
    if (entity == null) return Optional.empty();
    List<String> local = List.copyOf(localIds(entityId));
    Map<String, List<String>> names = new TreeMap<>();
    Set<String> roles = new LinkedHashSet<>();
    Map<String, Integer> co = new LinkedHashMap<>();
    db.read("read profile", c -> {
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT s.lang, m.surface, MIN(m.story_id || ':' || m.idx) AS first FROM mentions m JOIN stories s ON s.id = m.story_id"
              // A title standing for the person ("nhà lãnh đạo", "the Cuban leader") is not one of its names.
              + " WHERE m.entity_id IN (" + Database.marks(local.size()) + ") AND m.finder <> 'nominal' GROUP BY s.lang, m.surface ORDER BY first")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            List<String> l = names.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
            if (!l.contains(rs.getString(2))) l.add(rs.getString(2));
          }
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT DISTINCT roles FROM mentions WHERE entity_id IN (" + Database.marks(local.size()) + ") AND roles <> ''")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) roles.addAll(List.of(rs.getString(1).split(",")));
        }
      }
      try (PreparedStatement ps = c.prepareStatement(
          "SELECT COALESCE(r.entity_id, m2.entity_id) AS other, COUNT(DISTINCT m2.story_id) AS n"
              + " FROM (SELECT DISTINCT story_id FROM mentions WHERE entity_id IN (" + Database.marks(local.size()) + ")) m1"
              + " JOIN mentions m2 ON m2.story_id = m1.story_id LEFT JOIN entity_remap r ON r.local_id = m2.entity_id"
              + " GROUP BY COALESCE(r.entity_id, m2.entity_id) ORDER BY n DESC, other LIMIT 16")) {
        Database.bind(ps, 1, local);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) if (!rs.getString(1).equals(entityId)) co.put(rs.getString(1), rs.getInt(2));
        }
      }
      return null;
    });
    Map<String, Entity> others = byIds(co.keySet());
    List<Map.Entry<Entity, Integer>> coList = new ArrayList<>();
    co.forEach((id, n) -> {
      if (others.containsKey(id) && coList.size() < 15) coList.add(Map.entry(others.get(id), n));
    });
    return Optional.of(new Profile(entity, names, List.copyOf(roles), coList));
  }

  /**
   * {@return for each of these entities, the name it goes by first in each language's stories:
   * entity id → language → name} "First" is the earliest mention of the earliest story (in story
   * id order, as {@link #profile} lists names); titles standing for a person ("the Cuban leader")
   * are no names.
   */
  public Map<String, Map<String, String>> firstNamesByLanguage(Collection<String> entityIds) throws StoreException {
    Map<String, Map<String, String>> out = new HashMap<>();
    if (entityIds.isEmpty()) return out;
    Map<String, Map<String, String[]>> first = new HashMap<>(); // entity → lang → {story, idx, surface}
    db.read("read names", c -> {
      for (List<String> part : Database.chunks(new LinkedHashSet<>(entityIds))) {
        String in = Database.marks(part.size());
        try (PreparedStatement ps = c.prepareStatement(
            "SELECT COALESCE(r.entity_id, m.entity_id), s.lang, m.surface, m.story_id, MIN(m.idx) FROM mentions m"
                + " JOIN stories s ON s.id = m.story_id LEFT JOIN entity_remap r ON r.local_id = m.entity_id"
                + " WHERE (m.entity_id IN (" + in + ") OR m.entity_id IN (SELECT local_id FROM entity_remap WHERE entity_id IN (" + in + ")))"
                + " AND m.finder <> 'nominal' GROUP BY COALESCE(r.entity_id, m.entity_id), s.lang, m.surface, m.story_id")) {
          Database.bind(ps, 1, part);
          Database.bind(ps, 1 + part.size(), part);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String[] row = {rs.getString(4), String.format(Locale.ROOT, "%09d", rs.getInt(5)), rs.getString(3)};
              first.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).merge(rs.getString(2), row,
                  (a, b) -> (a[0] + a[1]).compareTo(b[0] + b[1]) <= 0 ? a : b);
            }
          }
        }
      }
      return null;
    });
    first.forEach((id, byLang) -> {
      Map<String, String> names = new TreeMap<>();
      byLang.forEach((lang, row) -> names.put(lang, row[2]));
      out.put(id, names);
    });
    return out;
  }
}
