package amity.model;

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

  /** {@return the status with this output name} */
  public static Status of(String wire) {
    for (Status s : values()) if (s.wire.equals(wire)) return s;
    throw new IllegalArgumentException("unknown status '" + wire + "' (known: reported, planned)");
  }
}
