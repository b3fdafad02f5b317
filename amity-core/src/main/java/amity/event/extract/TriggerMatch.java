package amity.event.extract;

import amity.model.Span;
import java.util.List;
import java.util.Objects;

/**
 * The trigger words of one event in a sentence: one word ("met") or several of one family read
 * together ("tiếp … đến chào từ biệt").
 *
 * @param trigger what they say: the most specific form among them, and a remote mode if any has one
 * @param span the first trigger word, in story text
 * @param parts every trigger word of the group, in story text, in order
 * @param surface the first trigger word as written
 */
public record TriggerMatch(Trigger trigger, Span span, List<Span> parts, String surface) {
  public TriggerMatch {
    Objects.requireNonNull(trigger, "trigger must not be null");
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(surface, "surface must not be null");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) throw new IllegalArgumentException("a trigger match needs at least one part: " + span);
  }

  /** {@return where the last trigger word ends} */
  public int end() {
    return parts.get(parts.size() - 1).end();
  }
}
