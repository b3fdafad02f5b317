package amity.kb;

import java.io.IOException;

/** A knowledge-base line that does not follow docs/KB.md; names the source and line. */
public final class KbFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  public KbFormatException(String source, int line, String reason) {
    super(source + ":" + line + ": " + reason);
  }
}
