package amity.source;

import java.util.Objects;

/**
 * An input that could not be read, with a one-line reason.
 *
 * @param file the file (or "-" for stdin)
 * @param reason why, in a few words
 */
public record SourceError(String file, String reason) {
  public SourceError {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** {@return "file: reason", the form printed on stderr} */
  public String line() {
    return file + ": " + reason;
  }
}
