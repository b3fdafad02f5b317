package amity.ingest;

import java.io.IOException;

/**
 * A container that cannot be read on: not the format its name says, truncated, too large. The
 * message is one line: the file (with the record, where there is one) and the reason.
 */
public final class ReadException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String reason;

  public ReadException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public ReadException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** {@return the file, or the record ("crawl.warc.gz#record-12"), that failed} */
  public String file() {
    return file;
  }

  /** {@return the reason, without the file name} */
  public String reason() {
    return reason;
  }
}
