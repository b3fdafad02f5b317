package amity.model;

import java.util.Locale;

/** How the parties were in contact. */
public enum Mode {
  IN_PERSON,
  PHONE,
  VIDEO,
  WRITTEN;

  /** {@return the name amity's output uses: in_person, phone, video, written} */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** {@return the mode a lexicon names} */
  public static Mode of(String wire) {
    for (Mode m : values()) if (m.wire().equals(wire)) return m;
    throw new IllegalArgumentException("unknown mode '" + wire + "' (known: in_person, phone, video, written)");
  }
}
