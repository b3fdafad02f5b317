package amity.event.extract;

/** An actor's part in an event. */
public enum Role {
  /** Who acts: visits, receives, calls, gives. */
  SOURCE("source"),
  /** Who is acted on: visited, received, given to. */
  TARGET("target"),
  /** A party of a joint event. */
  PARTICIPANT("participant");

  private final String wire;

  Role(String wire) {
    this.wire = wire;
  }

  /** {@return the name amity's output uses} */
  public String wire() {
    return wire;
  }
}
