package amity.http;

/** A request that cannot be answered, with the HTTP status and a reason for the client. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;

  public ApiException(int status, String reason) {
    super(reason);
    this.status = status;
  }

  /** {@return a 400 with this reason} */
  public static ApiException bad(String reason) {
    return new ApiException(400, reason);
  }

  public int status() {
    return status;
  }
}
