package amity.model;

import java.util.Objects;

/**
 * A participant of an event.
 *
 * @param entity the entity id
 * @param name the entity's name
 * @param role its part: who acts, who is acted on, or a party of a joint event
 */
public record Actor(String entity, String name, Role role) {
  public Actor {
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(role, "role must not be null");
  }
}
