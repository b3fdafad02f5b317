package amity.model;

import java.util.Objects;
import java.util.Set;

/**
 * A stage that failed on one story. The story is kept with what the stages before the failing
 * one produced; the other stories of the page are analysed as usual.
 *
 * @param story the story's id
 * @param index the story's position in its page, from 0
 * @param stage the stage that failed: {@code language}, {@code segment}, {@code mentions},
 *     {@code link} or {@code events}
 * @param reason one line: the exception's simple class name and its message
 * @param where the innermost frame of amity's own code on the stack ({@code
 *     amity.mention.TitleFinder.findCapitalized(TitleFinder.java:120)}), or "" when unknown
 */
public record StoryFailure(String story, int index, String stage, String reason, String where) {
  /** The stages a story can fail in. */
  public static final Set<String> STAGES = Set.of("language", "segment", "mentions", "link", "events");

  public StoryFailure {
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(stage, "stage must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(where, "where must not be null");
    if (!STAGES.contains(stage)) throw new IllegalArgumentException("unknown stage '" + stage + "', expected one of " + STAGES);
  }

  /** {@return "story 3: events: reason", the form printed after the file's name} */
  public String line() {
    return "story " + index + ": " + stage + ": " + reason;
  }
}
