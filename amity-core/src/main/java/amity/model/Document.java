package amity.model;

import java.util.Objects;

/**
 * A decoded page: the text every later span points into.
 *
 * <p>For plain text this is the file's content after charset decoding, BOM removal, line-ending
 * unification and NFC; for HTML it is the page's visible text, one block a line.
 *
 * @param id content hash: the same text from any file gets the same id
 * @param file where it came from
 * @param text the page text, NFC
 * @param charset the charset it was decoded with
 * @param meta what the container said about it
 */
public record Document(String id, String file, String text, String charset, SourceMeta meta) {
  public Document {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(charset, "charset must not be null");
    Objects.requireNonNull(meta, "meta must not be null");
  }
}
