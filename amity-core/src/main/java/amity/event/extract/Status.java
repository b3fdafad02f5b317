package amity.event.extract;

/** Whether an event happened (as far as the story tells) or is still ahead. */
public enum Status {
  REPORTED("reported"),
  PLANNED("planned");

  private final String wire;

  Status(String wire) {
    this.wire = wire;
  }

  /** {@return the name amity's output uses} */
  public String wire() {
    return wire;
  }
}
