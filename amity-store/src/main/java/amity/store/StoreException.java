package amity.store;

import java.io.IOException;

/** The store cannot be opened or written; the message names the store and the reason. */
public final class StoreException extends IOException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
