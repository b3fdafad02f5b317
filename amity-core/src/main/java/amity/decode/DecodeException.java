package amity.decode;

import java.io.IOException;

/**
 * Bytes that cannot be read: not text, empty, too large, or a container (gzip, WARC, feed) that
 * is cut off or not what its name says. The message is one line: the file (with the record,
 * "crawl.warc.gz#record-12", where there is one) and the reason.
 */
public final class DecodeException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String reason;

  public DecodeException(String file, String reason) {
    super(file + ": " + reason);
    this.file = file;
    this.reason = reason;
  }

  public DecodeException(String file, String reason, Throwable cause) {
    super(file + ": " + reason, cause);
    this.file = file;
    this.reason = reason;
  }

  /** {@return the file the bytes came from} */
  public String file() {
    return file;
  }

  /** {@return the reason, without the file name} */
  public String reason() {
    return reason;
  }
}
