package amity.model;

/** How amity knows when a story was published ({@link PublicationDate#basis()}). */
public enum DateBasis {
  /** The publisher's: HTML meta, JSON Lines, a feed. */
  METADATA("metadata"),
  /** A date line on the page. */
  PAGE("page"),
  /** An agency dateline's day. */
  DATELINE("dateline"),
  /** The newest timestamp of the page's related links. */
  RELATED_LIST("related-list"),
  /** The crawl's capture time (WARC-Date). */
  CAPTURE("capture"),
  /** A year the text names. */
  TEXT("text"),
  /** Nothing tells. */
  NONE("none");

  private final String wire;

  DateBasis(String wire) {
    this.wire = wire;
  }

  /** {@return the name amity's output uses, e.g. "related-list"} */
  public String wire() {
    return wire;
  }

  /** {@return the basis with this output name} */
  public static DateBasis of(String wire) {
    for (DateBasis b : values()) if (b.wire.equals(wire)) return b;
    throw new IllegalArgumentException("unknown date basis '" + wire + "'");
  }
}
