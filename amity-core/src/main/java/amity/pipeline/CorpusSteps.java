package amity.pipeline;

import amity.event.EventMerger;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.link.CorpusLinker;
import amity.model.Entity;
import amity.model.Event;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The corpus-wide steps that follow the pipeline: entities linked across documents ({@link
 * CorpusLinker}) and events merged across stories and languages ({@link EventMerger}). The one
 * interface the three runners call — {@link Corpus} in memory, the store's refresh over what it
 * holds, and the Spark job over a cluster's blocks — so each runs the same steps, whole or a
 * block at a time.
 *
 * <pre>{@code
 * CorpusSteps steps = CorpusSteps.of(kb, packs);
 * CorpusLinker.Result links = steps.link(mentionRows);
 * List<Event> merged = steps.merge(relinkedReadings);
 * }</pre>
 *
 * <p>A runner that works by blocks calls the block methods: {@link #indexWords}, {@link
 * #shortNameKey}, {@link #longerName}, {@link #latinKey} and {@link #readingKeys} find the names
 * that join, {@link #entity} builds an entity from its mentions; {@link #blockKeys} and {@link
 * #sameEventPairs} find the reports that tell one event, and {@link #merge} merges each set closed
 * under those pairs. Whole or by blocks, the result is the same. Implementations are stateless and
 * thread-safe.
 */
public interface CorpusSteps {
  /** {@return amity's corpus steps over {@code kb}, reading Han names with {@code packs}} */
  static CorpusSteps of(KnowledgeBase kb, LanguagePacks packs) {
    return new RuleCorpusSteps(new CorpusLinker(kb, packs), new EventMerger());
  }

  /** {@return amity's corpus steps over {@code kb}, with the bundled language packs} */
  static CorpusSteps of(KnowledgeBase kb) {
    return of(kb, LanguagePacks.bundled());
  }

  // ------------------------------------------------------------------ linking

  /** {@return the corpus-wide entities of these mentions, and where each story-level id now points} */
  CorpusLinker.Result link(Iterable<CorpusLinker.MentionRow> mentions);

  /** {@return where each story-level id that joins another now points, chains followed: linking by names alone} */
  Map<String, String> remap(Collection<CorpusLinker.Named> named);

  /** {@return the corpus-wide entity {@code id} from the mentions linked to it, in the order linking reads them} */
  Entity entity(String id, List<CorpusLinker.MentionRow> mentions);

  /** {@return the corpus-wide entity {@code id} from the tally of the mentions linked to it} */
  Entity entity(String id, CorpusLinker.Tally tally);

  /** {@return the words a name is found by when a shorter name looks for a longer one} */
  Set<String> indexWords(CorpusLinker.Named n);

  /** {@return the word under which a shorter name looks for a longer one, or null when it does not look} */
  @Nullable String shortNameKey(CorpusLinker.Named n);

  /** {@return the one longer name among {@code candidates} that {@code n} joins, or null} */
  @Nullable String longerName(CorpusLinker.Named n, Iterable<CorpusLinker.Named> candidates);

  /** {@return the key a Latin-script name is found by from a Chinese rendering, or null} */
  @Nullable String latinKey(CorpusLinker.Named n);

  /** {@return the {@link #latinKey}s a Chinese name is read as} */
  List<String> readingKeys(CorpusLinker.Named n);

  // ------------------------------------------------------------------ merging

  /** {@return the reports with those of the same event merged, by date, then id} */
  List<Event> merge(List<Event> reports);

  /** {@return the keys of the blocks a report is compared within (none: never merged)} */
  List<String> blockKeys(Event report);

  /** {@return the pairs of one block's reports, in {@link #order()}, that tell the same event} */
  List<int[]> sameEventPairs(List<Event> block);

  /** {@return the order merging reads reports in} */
  Comparator<Event> order();
}
