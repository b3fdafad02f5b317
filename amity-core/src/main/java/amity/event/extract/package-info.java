/**
 * Reading events from one story, as small steps over immutable readings: find triggers
 * ({@link amity.event.extract.TriggerFinder}), read each trigger's clause — who reports it,
 * whether it is planned or denied ({@link amity.event.extract.ClauseReader}) — assign its
 * arguments ({@link amity.event.extract.ArgumentReader}), keep only contacts between international
 * actors ({@link amity.event.extract.ActorGate}), date it ({@link amity.event.extract.EventDater}),
 * consolidate the story's readings ({@link amity.event.extract.StoryConsolidator}) and split one
 * per counterpart ({@link amity.event.extract.CounterpartSplitter}).
 *
 * <p>The two largest steps are thin chains of smaller ones. {@code ArgumentReader}: the names the
 * trigger's scope gives ({@code TriggerScope}), the subject a clause leaves unsaid
 * ({@code ImpliedSubject}), the clause around the event ({@code FramingClause}), which names can be
 * parties ({@code PartyCandidates}), who acts ({@code ActingParties}), lists of names
 * ({@code NameLists}), each actor's side ({@code SideRoles}, {@code AidSides}) and the place
 * ({@code EventPlace}). {@code ActorGate}: the story's home ({@code StoryHome}), what titles and
 * descriptions say of a person ({@code TitleReader}, {@code PersonReader}, {@code Descriptions},
 * {@code Delegations}, {@code BodyOfficials}), a state's bodies ({@code StateBodies}), and the
 * decision itself ({@code ContactRule}, {@code VisitRule}). The tests of clause breaks many steps
 * share are in {@code ClauseBreaks}.
 *
 * <p>Internal: not API. {@link amity.event.RuleEventExtractor} is the entry point.
 */
@NullMarked
package amity.event.extract;

import org.jspecify.annotations.NullMarked;
