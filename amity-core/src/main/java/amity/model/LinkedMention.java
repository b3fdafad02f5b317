package amity.model;

import java.util.Objects;

/**
 * A mention and the entity it was linked to.
 *
 * @param mention the mention
 * @param entityId the entity's stable id ({@code kb:…} for knowledge-base entries)
 * @param entityName the entity's canonical name
 */
public record LinkedMention(Mention mention, String entityId, String entityName) {
  public LinkedMention {
    Objects.requireNonNull(mention, "mention must not be null");
    Objects.requireNonNull(entityId, "entityId must not be null");
    Objects.requireNonNull(entityName, "entityName must not be null");
  }
}
