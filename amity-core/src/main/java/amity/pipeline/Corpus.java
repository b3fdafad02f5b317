package amity.pipeline;

import amity.event.EventMerger;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpus-wide step in memory: links entities across documents and merges events across
 * stories and languages, as the store does for what it holds.
 *
 * <pre>{@code
 * Corpus.Result r = new Corpus(kb).combine(analyses);
 * r.events(); // merged, by date
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Corpus {
  /** Entities and merged events of a set of documents. */
  public record Result(List<Entity> entities, List<Event> events, CorpusLinker.Result links) {}

  private final KnowledgeBase kb;

  public Corpus(KnowledgeBase kb) {
    this.kb = kb;
  }

  public Result combine(List<DocumentAnalysis> docs) {
    List<CorpusLinker.MentionRow> rows = new ArrayList<>();
    List<Event> readings = new ArrayList<>();
    for (DocumentAnalysis d : docs) {
      for (StoryAnalysis s : d.stories()) {
        for (LinkedMention m : s.mentions()) {
          rows.add(new CorpusLinker.MentionRow(m.entityId(), m.entityName(), m.mention().type(), m.mention().text(),
              m.mention().country(), TitleFinder.NOMINAL.equals(m.mention().finder())));
        }
        readings.addAll(s.events());
      }
    }
    CorpusLinker.Result links = new CorpusLinker(kb).link(rows);
    List<Event> relinked = new ArrayList<>();
    for (Event e : readings) relinked.add(relink(e, links));
    return new Result(links.entities(), new EventMerger().merge(relinked), links);
  }

  /** Points an event's actors and place at corpus-wide entities. */
  public static Event relink(Event e, CorpusLinker.Result links) {
    Map<String, Entity> byId = new HashMap<>();
    for (Entity x : links.entities()) byId.put(x.id(), x);
    Map<String, Actor> actors = new LinkedHashMap<>();
    for (Actor a : e.actors()) {
      String id = links.resolve(a.entity());
      Entity ent = byId.get(id);
      actors.putIfAbsent(id, new Actor(id, ent == null ? a.name() : ent.name(), a.role()));
    }
    Place loc = e.location();
    if (loc != null) {
      String id = links.resolve(loc.entity());
      Entity ent = byId.get(id);
      loc = new Place(id, ent == null ? loc.name() : ent.name());
    }
    return new Event(e.id(), e.type(), e.form(), e.cameo(), e.mode(), e.status(), e.date(), List.copyOf(actors.values()),
        e.countries(), loc, e.fields(), e.quantities(), e.sources(), e.confidence());
  }
}
