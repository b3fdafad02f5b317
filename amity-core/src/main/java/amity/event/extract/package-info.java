/**
 * Reading events from one story, as small steps over immutable readings: find triggers
 * ({@link amity.event.extract.TriggerFinder}), read each trigger's clause — who reports it,
 * whether it is planned or denied ({@link amity.event.extract.ClauseReader}) — assign its
 * arguments ({@link amity.event.extract.ArgumentReader}), keep only contacts between international
 * actors ({@link amity.event.extract.ActorGate}), date it ({@link amity.event.extract.EventDater}),
 * consolidate the story's readings ({@link amity.event.extract.StoryConsolidator}) and split one
 * per counterpart ({@link amity.event.extract.CounterpartSplitter}).
 *
 * <p>Internal: not API. {@link amity.event.RuleEventExtractor} is the entry point.
 */
@NullMarked
package amity.event.extract;

import org.jspecify.annotations.NullMarked;
