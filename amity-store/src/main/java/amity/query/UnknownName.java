package amity.query;

import amity.model.Entity;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A name that is no country or entity of the store or knowledge base, with the entities it may
 * have meant: those with a word that starts with it ("Castro"), else those a few edits away.
 */
public final class UnknownName extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final transient List<Entity> suggestions;

  public UnknownName(String name, List<Entity> suggestions) {
    super("no country or entity called '" + name + "'"
        + (suggestions.isEmpty() ? "" : "; did you mean " + suggestions.stream().map(Entity::name).collect(Collectors.joining(", ")) + "?"));
    this.name = name;
    this.suggestions = List.copyOf(suggestions);
  }

  /** {@return the name as typed, stripped} */
  public String name() {
    return name;
  }

  /** {@return entities it may have meant, likeliest first} */
  public List<Entity> suggestions() {
    return suggestions;
  }
}
