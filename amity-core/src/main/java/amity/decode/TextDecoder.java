package amity.decode;

import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.stage.Decoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * The decode stage: detects the charset, drops the BOM, unifies line ends, removes control
 * characters, normalises to NFC, and renders HTML as lines of its headline, article and related
 * lists, taking the publication date, title and URL its head gives where the container gave none.
 *
 * <p>The document id is a hash of the resulting text, so the same page read twice, from any file
 * or in any encoding, gets the same id. Thread-safe and stateless.
 */
public final class TextDecoder implements Decoder {
  /** Pages larger than this are refused: no news page is, and a huge blob would stall a batch. */
  public static final int MAX_BYTES = 32 * 1024 * 1024;

  private final CharsetSniffer sniffer = new CharsetSniffer();

  @Override
  public Document decode(RawDocument raw) throws DecodeException {
    byte[] b = raw.bytes();
    if (b.length == 0) throw new DecodeException(raw.file(), "empty file");
    if (b.length > MAX_BYTES) {
      throw new DecodeException(
          raw.file(), "too large: " + b.length + " bytes (limit " + MAX_BYTES + ")");
    }
    boolean html = SourceMeta.HTML.equals(raw.meta().format());
    CharsetSniffer.Detected cs = sniffer.detect(b, raw.meta().charset(), html);
    String text = new String(b, cs.skip(), b.length - cs.skip(), cs.charset());
    if (looksBinary(text, cs.charset())) {
      throw new DecodeException(raw.file(), "binary content, not text (no charset fits)");
    }
    SourceMeta meta = raw.meta();
    if (html) {
      HtmlText.Rendered r = HtmlText.render(text);
      text = r.text();
      // What the container says (JSON field, feed item) wins over the page's own head.
      if (meta.published() == null && r.published() != null) meta = meta.withPublished(r.published());
      if (meta.title() == null && r.title() != null) meta = meta.withTitle(normalize(r.title()));
      if (meta.url() == null && r.url() != null) meta = meta.withUrl(r.url());
    }
    text = normalize(text);
    if (text.isBlank()) throw new DecodeException(raw.file(), "no text in it");
    return new Document(hash(text), raw.file(), text, cs.charset().name(), meta);
  }

  /** Unifies line ends, removes control characters but tab and newline, and applies NFC. */
  static String normalize(String s) {
    String t = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\uFEFF') continue;
      if (Character.isISOControl(c) && c != '\n' && c != '\t') continue;
      out.append(c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  private static boolean looksBinary(String text, Charset cs) {
    int control = 0;
    int replacement = 0;
    int n = Math.min(text.length(), 65536);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) return true;
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') control++;
      if (c == '\uFFFD') replacement++;
    }
    boolean unicode = cs.equals(StandardCharsets.UTF_8) || cs.name().startsWith("UTF-16");
    return control * 20 > n || (unicode && replacement * 20 > n);
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  @Override
  public String toString() {
    return "TextDecoder";
  }
}
