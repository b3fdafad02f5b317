package amity.event;

import amity.event.extract.EventTrace;
import amity.event.extract.StoryEventReader;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.stage.EventExtractor;
import java.util.List;

/**
 * Reads events from a story with each language's trigger, clause and actor words ({@code
 * triggers.tsv}, {@code events.tsv}, {@code actors.tsv}): only contacts between international
 * actors, each with its actors in their roles, date, place, fields and the sentences that tell it.
 *
 * <pre>{@code
 * EventExtractor events = new RuleEventExtractor(KnowledgeBase.bundled());
 * List<Event> found = events.extract(document, story, linkedMentions);
 * }</pre>
 *
 * <p>Thread-safe. The steps are in {@link amity.event.extract}.
 */
public final class RuleEventExtractor implements EventExtractor {
  private final StoryEventReader reader;

  /** An extractor over {@code kb} for the languages of the bundled packs. */
  public RuleEventExtractor(KnowledgeBase kb) {
    this(kb, LanguagePacks.bundled());
  }

  /** An extractor over {@code kb} for the languages of {@code packs}. */
  public RuleEventExtractor(KnowledgeBase kb, LanguagePacks packs) {
    this(kb, packs, EventTrace.OFF);
  }

  /** An extractor that tells {@code trace} how it read each sentence (for studying a miss). */
  public RuleEventExtractor(KnowledgeBase kb, LanguagePacks packs, EventTrace trace) {
    this.reader = new StoryEventReader(kb, packs, new amity.parse.DependencyParser(), trace);
  }

  @Override
  public List<Event> extract(Document document, AnalyzedStory story, List<LinkedMention> mentions) {
    return List.copyOf(reader.read(document, story, mentions));
  }

  @Override
  public String toString() {
    return "RuleEventExtractor";
  }
}
