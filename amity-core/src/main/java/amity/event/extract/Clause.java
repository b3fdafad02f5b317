package amity.event.extract;

import amity.model.Span;
import amity.model.Status;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a trigger's clause says about its event.
 *
 * @param region where its arguments may stand (the sentence, or the part a report says)
 * @param status planned when a word of intent, schedule or future stands before it
 * @param cues anaphora, both sides, separately, history, background, reported speech
 * @param speakers where those who report it stand: they are not its actors
 * @param denied "did not meet", "ruled out talks", "cancelled the visit", "if they met", "called for talks": no event
 */
public record Clause(Span region, Status status, Set<Cue> cues, List<Span> speakers, boolean denied) {
  public Clause {
    Objects.requireNonNull(region, "region must not be null");
    Objects.requireNonNull(status, "status must not be null");
    cues = Set.copyOf(cues);
    speakers = List.copyOf(speakers);
  }

  /** {@return whether {@code s} lies in a speaker's place} */
  public boolean spoken(Span s) {
    for (Span x : speakers) if (x.contains(s)) return true;
    return false;
  }
}
