package amity.query;

import amity.event.Topics;
import amity.index.StoryIndex;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.model.Entity;
import amity.store.EntityRepository.EntityRef;
import amity.store.ResultPage;
import amity.store.Store;
import amity.store.StoreException;
import amity.text.Fold;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search of a store's stories that also finds stories naming an entity the query names,
 * in any script, and stories touching a field of cooperation the query names, in any language. The
 * entities a query names are found through the alias index: every run of words in the query (every
 * run of characters in Chinese) is looked up once. Thread-safe.
 *
 * <pre>{@code
 * List<SearchHit> hits = new Search(store, kb).find("vắc xin", null, 10);
 * }</pre>
 */
public final class Search {
  private final Store store;
  private final KnowledgeBase kb;
  private final Topics topics;

  /** A search over {@code store} naming the fields of the bundled language packs. */
  public Search(Store store, KnowledgeBase kb) {
    this(store, kb, LanguagePacks.bundled());
  }

  /** A search over {@code store} that finds the fields a query names with the {@code fields.tsv} of {@code packs}. */
  public Search(Store store, KnowledgeBase kb, LanguagePacks packs) {
    this.store = store;
    this.kb = kb;
    this.topics = new Topics(packs);
  }

  /** {@return the best {@code limit} hits of {@code query}, in stories in {@code lang} (null: any)} */
  public List<SearchHit> find(String query, @Nullable String lang, int limit) throws StoreException {
    StoryIndex.Filter f = new StoryIndex.Filter(lang, Set.of(), Set.of(), Set.of(), null, null);
    return find(query, f, limit, 0).items();
  }

  /**
   * {@return one page of the hits of {@code query} that pass {@code filter}, and their count}
   */
  public ResultPage<SearchHit> find(String query, StoryIndex.Filter filter, int limit, int offset) throws StoreException {
    try {
      Expansion x = expand(query);
      StoryIndex.Hits hits = store.index().search(query, x.entityIds(), x.fields(), filter, limit, offset);
      Map<String, String> texts = store.stories().texts(hits.hits().stream().map(StoryIndex.Hit::id).toList());
      List<SearchHit> out = new ArrayList<>();
      for (StoryIndex.Hit h : hits.hits()) {
        String text = texts.get(h.id());
        // A story the index still holds and the database no longer does (the index is levelled when the store opens).
        if (text == null) continue;
        out.add(new SearchHit(h.doc(), h.id(), h.file(), h.lang(), h.title(), snippet(text, query, x.aliases()), h.score()));
      }
      return new ResultPage<>(out, hits.total());
    } catch (IOException e) {
      throw fail("search", e);
    }
  }

  /** {@return facet counts (language, country, event type or form, field, year) over every hit of the search} */
  public StoryIndex.Facets facets(String query, StoryIndex.Filter filter, int top) throws StoreException {
    try {
      Expansion x = expand(query);
      return store.index().facets(query, x.entityIds(), x.fields(), filter, top);
    } catch (IOException e) {
      throw fail("count facets", e);
    }
  }

  /** What a query names beyond its words: entities (as story-level ids, with their aliases) and fields. */
  private record Expansion(Set<String> entityIds, Set<String> aliases, Set<String> fields) {}

  private Expansion expand(String query) throws StoreException {
    Set<String> entityIds = new LinkedHashSet<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<String> named = new LinkedHashSet<>();
    String q = query.strip();
    for (List<EntityRef> refs : store.entities().named(QueryNames.candidates(Fold.fold(q))).values()) {
      for (EntityRef r : refs) named.add(r.id());
    }
    for (KbEntry k : kb.byName(q)) named.add(k.id());
    Map<String, Entity> found = store.entities().byIds(named);
    for (Entity e : found.values()) {
      entityIds.addAll(store.entities().localIds(e.id()));
      aliases.addAll(e.aliases());
    }
    return new Expansion(entityIds, aliases, topics.inAnyLanguage(query));
  }

  static String snippet(String text, String query, Set<String> aliases) {
    String ft = Fold.fold(text);
    int at = -1;
    List<String> needles = new ArrayList<>(aliases);
    needles.add(query);
    for (String w : query.split("\\s+")) if (w.length() >= 3) needles.add(w);
    for (String n : needles) {
      String fn = Fold.fold(n.strip());
      if (fn.isEmpty()) continue;
      int i = ft.indexOf(fn);
      if (i >= 0 && (at < 0 || i < at)) at = i;
    }
    if (at < 0) at = 0;
    int from = Math.max(0, at - 60);
    int to = Math.min(text.length(), at + 140);
    String s = text.substring(from, to).replace('\n', ' ').strip();
    return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
  }

  private StoreException fail(String what, IOException e) {
    return new StoreException("store " + store.location() + ": cannot " + what + ": " + e.getMessage(), e);
  }
}
