package amity.event.extract;

import amity.model.LinkedMention;
import amity.model.Role;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An actor of a reading: the mention that names it, its part, and its country as far as known.
 *
 * @param mention the linked mention (for a pronoun, the mention it stands for)
 * @param role its part in the event
 * @param country ISO alpha-2, or null when nothing tells
 */
public record Participant(LinkedMention mention, Role role, @Nullable String country) {
  public Participant {
    Objects.requireNonNull(mention, "mention must not be null");
    Objects.requireNonNull(role, "role must not be null");
  }

  /** {@return the entity id} */
  public String entity() {
    return mention.entityId();
  }

  /** {@return a copy with another role} */
  public Participant withRole(Role r) {
    return new Participant(mention, r, country);
  }
}
