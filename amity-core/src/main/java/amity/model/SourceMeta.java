package amity.model;

import org.jspecify.annotations.Nullable;

/**
 * What a container (file name, WARC header, JSONL fields, feed item) says about a document.
 *
 * @param format the content format: {@code text} or {@code html}
 * @param url the page address, when known
 * @param charset the declared character set, when known
 * @param published the publication date given by metadata, when known
 * @param title the title given by metadata, when known
 * @param lang the language given by metadata, when known (BCP 47)
 */
public record SourceMeta(
    String format,
    @Nullable String url,
    @Nullable String charset,
    @Nullable DateValue published,
    @Nullable String title,
    @Nullable String lang) {
  public static final String TEXT = "text";
  public static final String HTML = "html";

  public SourceMeta {
    if (!TEXT.equals(format) && !HTML.equals(format)) {
      throw new IllegalArgumentException("format must be text or html: " + format);
    }
  }

  public static SourceMeta text() {
    return new SourceMeta(TEXT, null, null, null, null, null);
  }

  public static SourceMeta html() {
    return new SourceMeta(HTML, null, null, null, null, null);
  }

  public SourceMeta withCharset(@Nullable String cs) {
    return new SourceMeta(format, url, cs, published, title, lang);
  }
}
