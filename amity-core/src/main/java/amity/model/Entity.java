package amity.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A person, organisation or place across all its mentions.
 *
 * @param id stable id
 * @param type entity type
 * @param name canonical name
 * @param aliases every surface form seen, NFC
 * @param country ISO 3166 alpha-2, if known
 * @param mentions how many mentions link to it
 */
public record Entity(
    String id,
    EntityType type,
    String name,
    List<String> aliases,
    @Nullable String country,
    int mentions) {
  public Entity {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(name, "name must not be null");
    aliases = List.copyOf(aliases);
  }
}
