package amity.model;

import java.util.Objects;

/**
 * A word, a syllable group, or a punctuation mark.
 *
 * @param span where it stands in the story text
 * @param text the characters covered
 */
public record Token(Span span, String text) {
  public Token {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(text, "text must not be null");
  }

  /** {@return whether the token holds a letter or digit} */
  public boolean isWord() {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }
}
