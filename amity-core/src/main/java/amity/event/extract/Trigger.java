package amity.event.extract;

import amity.model.Mode;
import java.util.Objects;

/**
 * What a trigger word says about an event.
 *
 * @param type PLOVER-style type, or "-" for a phrase that is not an event
 * @param form finer form
 * @param cameo nearest CAMEO code
 * @param mode how the parties are in contact; null for a phrase that is not an event
 * @param requires what must also stand in the sentence: quantity, agreement_object, ceremony, or "";
 *     {@value #BODY_BEFORE} on a plain word for a meeting that a body of states names as its own;
 *     {@value #BODY_AFTER} on one whose body follows it;
 *     {@value #PLACE_AFTER} on a word of saying that a place follows at once, read as the speaker's
 *     visit there (TriggerFinder's presences)
 */
public record Trigger(String type, String form, String cameo, Mode mode, String requires) {
  Trigger(String type, String form, String cameo, Mode mode) {
    this(type, form, cameo, mode, "");
  }

  public Trigger {
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(form, "form must not be null");
    Objects.requireNonNull(cameo, "cameo must not be null");
    if (!type.equals("-")) Objects.requireNonNull(mode, "an event's mode must not be null");
    Objects.requireNonNull(requires, "requires must not be null");
  }

  /** What a plain word for a meeting requires: a body of states right before it ("欧佩克会议"), TriggerFinder's. */
  static final String BODY_BEFORE = "body_before";

  /**
   * What a plain word for a sitting requires in a language that names its holder after it: an
   * international body right after it, or as its complement ("la asamblea del Fondo Monetario
   * Internacional", "la sesión plenaria del Consejo de Europa"), TriggerFinder's.
   */
  static final String BODY_AFTER = "body_after";

  /** What a word of saying in a place requires: the place's name right after it. */
  static final String PLACE_AFTER = "place_after";

  boolean isEvent() {
    return !type.equals("-");
  }

  /** {@return whether this is a word of saying in a place ("said from Pakistan"), read as a visit there} */
  boolean presence() {
    return requires.equals(PLACE_AFTER);
  }
}
