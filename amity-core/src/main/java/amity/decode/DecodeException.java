package amity.decode;

import java.io.IOException;

/** Bytes that cannot be read as a page; the message names the file and the reason. */
public final class DecodeException extends IOException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final String reason;

  public DecodeException(String file, String reason) {
    super(file + ": " + reason);
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
