package amity.model;

import org.jspecify.annotations.Nullable;

/**
 * What a container (file name, WARC header, JSONL fields, feed item, HTML head) says about a
 * document.
 *
 * @param format the content format: {@code text} or {@code html}
 * @param url the page address, when known
 * @param charset the declared character set, when known
 * @param published the publication date the publisher gave (HTML meta, JSONL {@code date}, feed
 *     {@code pubDate}), when known
 * @param title the title given by metadata, when known
 * @param lang the language given by metadata, when known (BCP 47)
 * @param captured when a crawler fetched the page ({@code WARC-Date}), when known: an upper bound
 *     of the publication date, not the date itself
 */
public record SourceMeta(
    String format,
    @Nullable String url,
    @Nullable String charset,
    @Nullable DateValue published,
    @Nullable String title,
    @Nullable String lang,
    @Nullable DateValue captured) {
  public static final String TEXT = "text";
  public static final String HTML = "html";

  public SourceMeta {
    if (!TEXT.equals(format) && !HTML.equals(format)) {
      throw new IllegalArgumentException("format must be text or html: " + format);
    }
  }

  /** Metadata without a capture date. */
  public SourceMeta(
      String format,
      @Nullable String url,
      @Nullable String charset,
      @Nullable DateValue published,
      @Nullable String title,
      @Nullable String lang) {
    this(format, url, charset, published, title, lang, null);
  }

  public static SourceMeta text() {
    return new SourceMeta(TEXT, null, null, null, null, null, null);
  }

  public static SourceMeta html() {
    return new SourceMeta(HTML, null, null, null, null, null, null);
  }

  /** {@return metadata for {@code format} (text or html) with nothing else known} */
  public static SourceMeta of(String format) {
    return new SourceMeta(format, null, null, null, null, null, null);
  }

  public SourceMeta withCharset(@Nullable String cs) {
    return new SourceMeta(format, url, cs, published, title, lang, captured);
  }

  public SourceMeta withUrl(@Nullable String u) {
    return new SourceMeta(format, u, charset, published, title, lang, captured);
  }

  public SourceMeta withPublished(@Nullable DateValue d) {
    return new SourceMeta(format, url, charset, d, title, lang, captured);
  }

  public SourceMeta withTitle(@Nullable String t) {
    return new SourceMeta(format, url, charset, published, t, lang, captured);
  }

  public SourceMeta withLang(@Nullable String l) {
    return new SourceMeta(format, url, charset, published, title, l, captured);
  }

  public SourceMeta withCaptured(@Nullable DateValue d) {
    return new SourceMeta(format, url, charset, published, title, lang, d);
  }
}
