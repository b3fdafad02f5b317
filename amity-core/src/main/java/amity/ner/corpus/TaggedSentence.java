package amity.ner.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A sentence of tokens with one BIO tag each.
 *
 * @param tokens the tokens (words, Vietnamese syllables or Chinese characters)
 * @param tags one tag per token: {@code O}, {@code B-X} or {@code I-X}
 */
public record TaggedSentence(List<String> tokens, List<String> tags) {
  public TaggedSentence {
    Objects.requireNonNull(tokens, "tokens must not be null");
    Objects.requireNonNull(tags, "tags must not be null");
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "tokens and tags differ in length: " + tokens.size() + " != " + tags.size() + " in " + tokens);
    }
  }

  /** {@return the number of tokens} */
  public int size() {
    return tokens.size();
  }
}
