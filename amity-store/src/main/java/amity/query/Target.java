package amity.query;

import java.util.Set;

/**
 * What a user named when asking for a country or an entity: the entity ids it stands for and,
 * for a country, its ISO code.
 *
 * @param label what the user typed
 * @param entityIds corpus-wide entity ids
 * @param countries ISO alpha-2 codes
 */
public record Target(String label, Set<String> entityIds, Set<String> countries) {
  public Target {
    entityIds = Set.copyOf(entityIds);
    countries = Set.copyOf(countries);
  }

  public boolean isEmpty() {
    return entityIds.isEmpty() && countries.isEmpty();
  }
}
