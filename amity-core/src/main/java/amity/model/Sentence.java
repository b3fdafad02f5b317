package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of a story and its tokens.
 *
 * @param span where it stands in the story text
 * @param text the characters covered
 * @param tokens its tokens, in order
 */
public record Sentence(Span span, String text, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(text, "text must not be null");
    tokens = List.copyOf(tokens);
  }
}
