package amity.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A name found in a story, with what came with it.
 *
 * @param span where the name stands in the story text (the title, if any, is not in it)
 * @param text the name as written
 * @param type its entity type
 * @param finder which recogniser found it: {@code gazetteer}, {@code title}, {@code ner}, …
 * @param kbId the knowledge-base entry the finder matched, if any
 * @param roles role keys from titles before the name ("prime_minister", "ambassador")
 * @param country the country the name belongs to or the title names (ISO alpha-2), if known
 * @param titleSpan where the title before the name stands, if it had one
 */
public record Mention(
    Span span,
    String text,
    EntityType type,
    String finder,
    @Nullable String kbId,
    List<String> roles,
    @Nullable String country,
    @Nullable Span titleSpan) {
  public Mention {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(finder, "finder must not be null");
    roles = List.copyOf(roles);
  }

  /** {@return the span of title and name together} */
  public Span fullSpan() {
    return titleSpan == null
        ? span
        : new Span(Math.min(titleSpan.start(), span.start()), Math.max(titleSpan.end(), span.end()));
  }
}
