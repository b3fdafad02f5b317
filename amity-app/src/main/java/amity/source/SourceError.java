package amity.source;

import amity.model.StoryFailure;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An input that could not be read, or a story of it that was read only in part, with a one-line
 * reason.
 *
 * @param file the file or record (or "-" for stdin)
 * @param reason why, in a few words
 * @param story the id of the story a stage failed on (the document was kept), or null when the
 *     file or record itself could not be read
 * @param stage the stage that failed on {@code story} ({@link StoryFailure#STAGES}), or null
 */
public record SourceError(String file, String reason, @Nullable String story, @Nullable String stage) {
  public SourceError {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
    if ((story == null) != (stage == null)) {
      throw new IllegalArgumentException("story and stage go together: story=" + story + ", stage=" + stage);
    }
  }

  /** A file or record that could not be read. */
  public SourceError(String file, String reason) {
    this(file, reason, null, null);
  }

  /** {@return a story of {@code file} that a stage failed on} */
  public static SourceError of(String file, StoryFailure f) {
    return new SourceError(file, f.reason(), f.story(), f.stage());
  }

  /** {@return "file: reason", or "file: story ID: stage: reason", the form printed on stderr} */
  public String line() {
    return story == null ? file + ": " + reason : file + ": story " + story + ": " + stage + ": " + reason;
  }
}
