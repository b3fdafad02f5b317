package amity.event.extract;

import amity.model.Span;
import java.util.Objects;

/**
 * A report inside a sentence: "X said (that) …", "…, X said", "according to X, …", "据X报道，…".
 *
 * @param cue the reporting words
 * @param speaker where who reports stands
 * @param content where what is reported stands
 */
public record Frame(Span cue, Span speaker, Span content) {
  public Frame {
    Objects.requireNonNull(cue, "cue must not be null");
    Objects.requireNonNull(speaker, "speaker must not be null");
    Objects.requireNonNull(content, "content must not be null");
  }
}
