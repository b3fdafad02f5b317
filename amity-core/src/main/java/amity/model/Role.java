package amity.model;

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

  /** {@return the role with this output name} */
  public static Role of(String wire) {
    for (Role r : values()) if (r.wire.equals(wire)) return r;
    throw new IllegalArgumentException("unknown role '" + wire + "' (known: source, target, participant)");
  }
}
