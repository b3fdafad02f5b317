package amity.pipeline;

import amity.event.EventMerger;
import amity.link.CorpusLinker;
import amity.model.Entity;
import amity.model.Event;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** amity's corpus steps: {@link CorpusLinker}'s linking and {@link EventMerger}'s merging. Thread-safe. */
final class RuleCorpusSteps implements CorpusSteps {
  private final CorpusLinker linker;
  private final EventMerger merger;

  RuleCorpusSteps(CorpusLinker linker, EventMerger merger) {
    this.linker = Objects.requireNonNull(linker, "linker must not be null");
    this.merger = Objects.requireNonNull(merger, "merger must not be null");
  }

  @Override
  public CorpusLinker.Result link(Iterable<CorpusLinker.MentionRow> mentions) {
    return linker.link(mentions);
  }

  @Override
  public Map<String, String> remap(Collection<CorpusLinker.Named> named) {
    return linker.remap(named);
  }

  @Override
  public Entity entity(String id, List<CorpusLinker.MentionRow> mentions) {
    return linker.entity(id, mentions);
  }

  @Override
  public Entity entity(String id, CorpusLinker.Tally tally) {
    return linker.entity(id, tally);
  }

  @Override
  public Set<String> indexWords(CorpusLinker.Named n) {
    return CorpusLinker.indexWords(n);
  }

  @Override
  public @Nullable String shortNameKey(CorpusLinker.Named n) {
    return linker.shortNameKey(n);
  }

  @Override
  public @Nullable String longerName(CorpusLinker.Named n, Iterable<CorpusLinker.Named> candidates) {
    return CorpusLinker.longerName(n, candidates);
  }

  @Override
  public @Nullable String latinKey(CorpusLinker.Named n) {
    return CorpusLinker.latinKey(n);
  }

  @Override
  public List<String> readingKeys(CorpusLinker.Named n) {
    return linker.readingKeys(n);
  }

  @Override
  public List<Event> merge(List<Event> reports) {
    return merger.merge(reports);
  }

  @Override
  public List<String> blockKeys(Event report) {
    return EventMerger.blockKeys(report);
  }

  @Override
  public List<int[]> sameEventPairs(List<Event> block) {
    return EventMerger.sameEventPairs(block);
  }

  @Override
  public Comparator<Event> order() {
    return EventMerger.ORDER;
  }

  @Override
  public String toString() {
    return "CorpusSteps[" + linker + " → " + merger + "]";
  }
}
