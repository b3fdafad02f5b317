package amity.event.extract;

import amity.model.DateRange;
import amity.model.DateValue;
import amity.time.DateMention;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The day a story has told so far, as its sentences are read in turn: the day the next sentence's
 * events that name none take ({@link EventDater#carry}), or the day of the story's lead for the one
 * sentence after it ({@link EventDater#leadDay}).
 *
 * @param carried the day the next sentence's undated events take, or null
 * @param leadSeen whether the story's lead (its first sentence naming a date) has been read
 * @param fromLead whether {@code carried} is the lead's day, which dates one sentence only
 */
record StoryDay(@Nullable DateRange carried, boolean leadSeen, boolean fromLead) {
  /** {@return the day at a story's start: none told} */
  static StoryDay start() {
    return new StoryDay(null, false, false);
  }

  /** {@return no day carried, as at an item of a press digest, which is a story of its own} */
  StoryDay dropped() {
    return new StoryDay(null, leadSeen, false);
  }

  /**
   * {@return the day after a sentence is read}
   *
   * @param read the sentence's readings
   * @param dates the dates the sentence names
   * @param anchor the story's day
   */
  StoryDay after(List<Reading> read, List<DateMention> dates, @Nullable DateValue anchor) {
    DateRange next = EventDater.carry(read, carried);
    if (fromLead && next == carried) next = null;
    if (leadSeen || dates.isEmpty()) return new StoryDay(next, leadSeen, false);
    DateRange lead = next == null && read.isEmpty() ? EventDater.leadDay(dates, anchor) : null;
    return lead != null ? new StoryDay(lead, true, true) : new StoryDay(next, true, false);
  }
}
