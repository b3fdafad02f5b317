package amity.ingest;

import amity.decode.TextDecoder;

/**
 * Limits the readers apply.
 *
 * @param maxDocumentBytes the largest document (a page, a WARC payload, a JSON line, a feed) read;
 *     larger ones are refused with a one-line reason instead of filling memory
 */
public record ReadLimits(int maxDocumentBytes) {
  /** The decoder's own limit. */
  public static final ReadLimits DEFAULT = new ReadLimits(TextDecoder.MAX_BYTES);

  public ReadLimits {
    if (maxDocumentBytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + maxDocumentBytes);
    }
  }
}
