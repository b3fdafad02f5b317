package amity.model;

import java.util.Locale;

/** Whether a story is a page's main article or one teaser of a list. */
public enum StoryKind {
  MAIN,
  TEASER;

  /** {@return the lower-case name used in JSON} */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
