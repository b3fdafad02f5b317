package amity.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;

/** Builds container files byte by byte, as crawlers and exporters write them, for reader tests. */
public final class Containers {
  private Containers() {}

  /** One WARC record holding an HTTP response. */
  public static byte[] warcResponse(String uri, String date, int status, String contentType, byte[] payload) {
    byte[] http =
        concat(
            ("HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + payload.length + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1),
            payload);
    return warcRecord("response", uri, date, "application/http;msgtype=response", http);
  }

  /** One WARC record of any type. */
  public static byte[] warcRecord(String type, String uri, String date, String contentType, byte[] block) {
    String header =
        "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(block)
            + ">\r\nWARC-Date: " + date + "\r\nWARC-Target-URI: " + uri + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + block.length + "\r\n\r\n";
    return concat(header.getBytes(StandardCharsets.ISO_8859_1), block, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** A warcinfo record, as every crawl starts with. */
  public static byte[] warcinfo() {
    return warcRecord("warcinfo", "", "2025-09-01T00:00:00Z", "application/warc-fields",
        "software: amity-test\r\nformat: WARC File Format 1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Gzips each part as its own member, as {@code .warc.gz} files are written. */
  public static byte[] gzipEach(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(gzip(p));
    return out.toByteArray();
  }

  public static byte[] gzip(byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** An RSS 2.0 feed with one item a (title, date, html) triple. */
  public static String rss(String lang, String[]... items) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>Tin đối ngoại</title><link>https://example.vn/</link><description>x</description><language>" + lang + "</language>\n");
    int n = 0;
    for (String[] it : items) {
      n++;
      b.append("<item><title>").append(it[0]).append("</title><link>https://example.vn/").append(n)
          .append("</link><pubDate>").append(it[1]).append("</pubDate><description><![CDATA[").append(it[2])
          .append("]]></description></item>\n");
    }
    return b.append("</channel></rss>\n").toString();
  }

  /** An Atom feed with one entry a (title, date, html) triple. */
  public static String atom(String[]... entries) {
    StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
        + "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh\"><title>新闻</title><id>urn:x</id><updated>2025-05-08T10:00:00+08:00</updated>\n");
    int n = 0;
    for (String[] e : entries) {
      n++;
      b.append("<entry><title>").append(e[0]).append("</title><id>urn:x:").append(n)
          .append("</id><link href=\"https://example.cn/").append(n).append("\"/><published>").append(e[1])
          .append("</published><updated>").append(e[1]).append("</updated><content type=\"html\"><![CDATA[")
          .append(e[2]).append("]]></content></entry>\n");
    }
    return b.append("</feed>\n").toString();
  }

  public static byte[] bytes(String s, Charset cs) {
    return s.getBytes(cs);
  }

  public static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /** The first {@code n} bytes, as a download cut off leaves a file. */
  public static byte[] cut(byte[] b, int n) {
    return Arrays.copyOf(b, n);
  }

  /** Random bytes that no format reads. */
  public static byte[] noise(int n, long seed) {
    byte[] b = new byte[n];
    new java.util.Random(seed).nextBytes(b);
    return b;
  }
}
