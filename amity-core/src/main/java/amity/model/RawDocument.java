package amity.model;

import java.util.Objects;

/**
 * Bytes as read from a source, before any decoding, with what the source said about them.
 *
 * @param file where the bytes came from (a path, "-" for stdin, or "archive.warc.gz#record-3")
 * @param bytes the content; never modified
 * @param meta what the container knew: URL, declared charset, date, title, language hint, format
 */
public record RawDocument(String file, byte[] bytes, SourceMeta meta) {
  public RawDocument {
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(bytes, "bytes must not be null");
    Objects.requireNonNull(meta, "meta must not be null");
  }
}
