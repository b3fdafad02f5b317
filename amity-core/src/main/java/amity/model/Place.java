package amity.model;

import java.util.Objects;

/**
 * Where an event took place.
 *
 * @param entity the place's entity id
 * @param name its name
 */
public record Place(String entity, String name) {
  public Place {
    Objects.requireNonNull(entity, "entity must not be null");
    Objects.requireNonNull(name, "name must not be null");
  }
}
