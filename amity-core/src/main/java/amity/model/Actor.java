package amity.model;

import java.util.Objects;

/**
 * A participant of an event.
 *
 * @param entity the entity id
 * @param name the entity's name
 * @param role {@code source} (who acts: visits, receives, gives), {@code target} (who is acted
 *     on: visited, received, given to) or {@code participant}
 */
public record Actor(String entity, String name, String role) {
  public static final String SOURCE = "source";
  public static final String TARGET = "target";
  public static final String PARTICIPANT = "participant";

  public Actor {
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(role, "role must not be null");
  }
}
