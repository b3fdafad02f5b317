package amity.ingest;

import amity.decode.DecodeException;
import amity.model.SourceMeta;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Opens the reader a container needs, by its name and, where the name does not tell (stdin, a
 * bare {@code .gz}, {@code .xml}), by its first bytes.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>name</th><th>reader</th></tr>
 *   <tr><td>{@code .txt}, {@code .text}</td><td>one text page</td></tr>
 *   <tr><td>{@code .html}, {@code .htm}, {@code .xhtml}</td><td>one HTML page</td></tr>
 *   <tr><td>{@code .jsonl}, {@code .ndjson}</td><td>one page a line</td></tr>
 *   <tr><td>{@code .warc}</td><td>one page an HTML response record</td></tr>
 *   <tr><td>{@code .rss}, {@code .atom}, feed {@code .xml}</td><td>one page an item</td></tr>
 *   <tr><td>any of these + {@code .gz}</td><td>the same, gunzipped while read</td></tr>
 * </table>
 *
 * <pre>{@code
 * try (DocumentReader r = Readers.open("crawl.warc.gz", in, ReadLimits.DEFAULT, problems::add)) {
 *   r.records().forEach(raw -> ...);
 * }
 * }</pre>
 *
 * <p>Stateless.
 */
public final class Readers {
  /** What a container holds. */
  public enum Format {
    TEXT,
    HTML,
    JSONL,
    WARC,
    FEED
  }

  private static final int HEAD = 4096;

  private Readers() {}

  /** {@return whether a file of this name is one amity reads (its content may still be bad)} */
  public static boolean supports(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) return true;
    return n.endsWith(".xml") || byName(n).isPresent();
  }

  /** {@return the format a file name announces, if it announces one} (".xml" does not). */
  public static Optional<Format> byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
    if (n.endsWith(".txt") || n.endsWith(".text")) return Optional.of(Format.TEXT);
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return Optional.of(Format.HTML);
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) return Optional.of(Format.JSONL);
    if (n.endsWith(".warc")) return Optional.of(Format.WARC);
    if (n.endsWith(".rss") || n.endsWith(".atom")) return Optional.of(Format.FEED);
    return Optional.empty();
  }

  /**
   * Opens a reader over {@code in}, which the reader consumes but never closes.
   *
   * @param name the file name ("-" for stdin); records are named after it
   * @param problems receives records skipped while the rest is read
   * @throws DecodeException when the container is empty or its gzip header is bad
   */
  public static DocumentReader open(
      String name, InputStream in, ReadLimits limits, Consumer<ReadProblem> problems) throws IOException {
    BufferedInputStream raw = new BufferedInputStream(Streams.nonClosing(in), 64 * 1024);
    byte[] head = peek(raw, name, false);
    if (head.length == 0) throw new DecodeException(name, "empty file");
    Optional<Format> named = byName(name);
    boolean gzip = head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
    // jwarc reads gzipped WARC record by record itself.
    if (named.orElse(null) == Format.WARC) return new WarcDocumentReader(name, raw, limits, problems);
    InputStream body = raw;
    if (gzip) {
      try {
        body = new BufferedInputStream(Streams.readWhatIsThere(new GZIPInputStream(raw, 64 * 1024)), 64 * 1024);
      } catch (IOException e) {
        throw new DecodeException(name, Streams.reason(e, true), e);
      }
      head = peek((BufferedInputStream) body, name, true);
      if (head.length == 0) throw new DecodeException(name, "empty file (the gzip holds nothing)");
    } else if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      throw new DecodeException(name, "not gzip (the name ends in .gz but the bytes are not gzip)");
    }
    Format f = named.isPresent() ? named.get() : sniff(head);
    return switch (f) {
      case TEXT -> new SingleDocumentReader(name, body, SourceMeta.TEXT, limits, gzip);
      case HTML -> new SingleDocumentReader(name, body, SourceMeta.HTML, limits, gzip);
      case JSONL -> new JsonLinesReader(name, body, limits, problems, gzip);
      case WARC -> new WarcDocumentReader(name, body, limits, problems);
      case FEED -> new FeedReader(name, body, limits, problems, gzip);
    };
  }

  private static byte[] peek(BufferedInputStream in, String name, boolean gzipped) throws DecodeException {
    try {
      return Streams.peek(in, HEAD);
    } catch (IOException e) {
      throw new DecodeException(name, Streams.reason(e, gzipped), e);
    }
  }

  /** {@return the format the first bytes of a container show} */
  public static Format sniff(byte[] head) {
    String s;
    int n = head.length;
    if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
      s = new String(head, 2, n - 2, StandardCharsets.UTF_16LE);
    } else if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
      s = new String(head, 2, n - 2, StandardCharsets.UTF_16BE);
    } else {
      s = new String(head, StandardCharsets.ISO_8859_1);
      if (s.startsWith("\u00EF\u00BB\u00BF")) s = s.substring(3);
    }
    String t = s.stripLeading();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.startsWith("WARC/")) return Format.WARC;
    if (t.startsWith("{")) return Format.JSONL;
    if (lower.startsWith("<")) {
      String body = lower.replaceAll("<!--.*?-->", "");
      if (body.matches("(?s)\\s*(<\\?xml[^>]*>\\s*)?(<\\?xml-stylesheet[^>]*>\\s*)?<(rss|feed|rdf:rdf)\\b.*")) return Format.FEED;
      return Format.HTML;
    }
    return Format.TEXT;
  }
}
