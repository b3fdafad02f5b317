package amity.pipeline;

import amity.kb.KnowledgeBase;
import amity.link.CorpusLinker;
import amity.mention.TitleFinder;
import amity.model.Actor;
import amity.model.DocumentAnalysis;
import amity.model.Entity;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.Place;
import amity.model.StoryAnalysis;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus steps ({@link CorpusSteps}) run in memory: links entities across documents and merges
 * events across stories and languages, as the store does for what it holds and the Spark job for
 * a cluster's data.
 *
 * <pre>{@code
 * Corpus.Result r = new Corpus(CorpusSteps.of(kb, packs)).combine(analyses);
 * r.events(); // merged, by date
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Corpus {
  /** Entities and merged events of a set of documents. */
  public record Result(List<Entity> entities, List<Event> events, CorpusLinker.Result links) {}

  private final CorpusSteps steps;

  /** The corpus steps over {@code kb}, with the bundled language packs. */
  public Corpus(KnowledgeBase kb) {
    this(CorpusSteps.of(kb));
  }

  public Corpus(CorpusSteps steps) {
    this.steps = java.util.Objects.requireNonNull(steps, "steps must not be null");
  }

  /**
   * Links and merges {@code docs}. The result does not depend on their order: like the store, it
   * reads mentions in (story id, position) order and keeps the first of documents with the same
   * content.
   */
  public Result combine(List<DocumentAnalysis> docs) {
    Set<String> seen = new HashSet<>();
    List<StoryAnalysis> stories = new ArrayList<>();
    for (DocumentAnalysis d : docs) if (seen.add(d.document().id())) stories.addAll(d.stories());
    stories.sort(Comparator.comparing(s -> s.story().story().id()));
    List<CorpusLinker.MentionRow> rows = new ArrayList<>();
    List<Event> readings = new ArrayList<>();
    for (StoryAnalysis s : stories) {
      for (LinkedMention m : s.mentions()) rows.add(mentionRow(m));
      readings.addAll(s.events());
    }
    CorpusLinker.Result links = steps.link(rows);
    Map<String, String> names = new HashMap<>();
    for (Entity x : links.entities()) names.put(x.id(), x.name());
    List<Event> relinked = new ArrayList<>();
    for (Event e : readings) relinked.add(relink(e, links::resolve, names::get));
    return new Result(links.entities(), steps.merge(relinked), links);
  }

  /** {@return a linked mention as corpus-wide linking reads it} */
  public static CorpusLinker.MentionRow mentionRow(LinkedMention m) {
    // A title standing for a person ("the Cuban leader") counts as a mention, not an alias.
    return new CorpusLinker.MentionRow(m.entityId(), m.entityName(), m.mention().type(), m.mention().text(),
        m.mention().country(), TitleFinder.NOMINAL.equals(m.mention().finder()));
  }

  /** Points an event's actors and place at corpus-wide entities. */
  public static Event relink(Event e, CorpusLinker.Result links) {
    Map<String, String> names = new HashMap<>();
    for (Entity x : links.entities()) names.put(x.id(), x.name());
    return relink(e, links::resolve, names::get);
  }

  /**
   * Points an event's actors and place at corpus-wide entities: {@code resolve} maps a
   * story-level id to its corpus-wide id, {@code name} a corpus-wide id to its name (null keeps
   * the name the story gave).
   */
  public static Event relink(Event e, UnaryOperator<String> resolve, Function<String, @Nullable String> name) {
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : e.actors()) {
      String id = resolve.apply(a.entity());
      String n = name.apply(id);
      actors.putIfAbsent(id, new Actor(id, n == null ? a.name() : n, a.role()));
    }
    Place loc = e.location();
    if (loc != null) {
      String id = resolve.apply(loc.entity());
      String n = name.apply(id);
      loc = new Place(id, n == null ? loc.name() : n);
    }
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), List.copyOf(actors.values()),
        e.countries(), loc, e.fields(), e.quantities(), e.sources(), e.confidence());
  }
}
