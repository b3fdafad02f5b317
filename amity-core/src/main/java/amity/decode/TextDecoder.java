package amity.decode;

import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.stage.Decoder;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
  private final boolean secondReading;

  /** A decoder that reads HTML with amity's reader alone. */
  public TextDecoder() {
    this(false);
  }

  private TextDecoder(boolean secondReading) {
    this.secondReading = secondReading;
  }

  /**
   * {@return a decoder that also reads each HTML page's article with Readability (readability4j)
   * and takes its text where amity's held more than the article ({@link SecondReading})} Articles
   * read better (WCXB dev: word F1 0.936 to 0.946), at about 1.5 times the time a page takes.
   */
  public static TextDecoder withSecondReader() {
    return new TextDecoder(true);
  }

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
      HtmlText.Rendered r = HtmlText.render(text, secondReading);
      text = r.text();
      // What the container says (JSON field, feed item) wins over the page's own head.
      if (meta.published() == null && r.published() != null) meta = meta.withPublished(r.published());
      if (meta.title() == null && r.title() != null) meta = meta.withTitle(normalize(r.title()));
      if (meta.url() == null && r.url() != null) meta = meta.withUrl(r.url());
    }
    text = normalize(text);
    if (!html) {
      // "# date = 20201001": a text corpus's header says when the page was published.
      TextHeader.Read header = TextHeader.read(text, meta);
      text = header.body();
      meta = header.meta();
    }
    if (text.isBlank()) throw new DecodeException(raw.file(), "no text in it");
    return new Document(hash(text), raw.file(), text, cs.charset().name(), meta);
  }

  /** Unifies line ends, removes control characters but tab and newline, and applies NFC. */
  static String normalize(String s) {
    String t = repairDoubleUtf8(s.replace("\r\n", "\n").replace('\r', '\n'));
    StringBuilder out = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '\uFEFF') continue;
      if (Character.isISOControl(c) && c != '\n' && c != '\t') continue;
      out.append(c);
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * {@return {@code s} with UTF-8 that was read as Latin-1 and written out again as UTF-8 read back
   * ("letâ\u0080\u0099s" is "let’s"), when the text shows it: a lead byte's letter ({@code Â}
   * to {@code ô}) followed by a C1 control, which no text has; else {@code s} itself}. Only runs
   * that make valid UTF-8 are read back; the rest stays as it is.
   */
  static String repairDoubleUtf8(String s) {
    if (!hasDoubleUtf8(s)) return s;
    StringBuilder out = new StringBuilder(s.length());
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int n = c >= '\u00c2' && c <= '\u00df' ? 1 : c >= '\u00e0' && c <= '\u00ef' ? 2 : c >= '\u00f0' && c <= '\u00f4' ? 3 : 0;
      if (n > 0 && i + n < s.length()) {
        byte[] b = new byte[n + 1];
        boolean cont = true;
        for (int k = 0; k <= n && cont; k++) {
          char d = s.charAt(i + k);
          cont = k == 0 || d >= '\u0080' && d <= '\u00bf';
          b[k] = (byte) d;
        }
        if (cont) {
          try {
            out.append(utf8.decode(ByteBuffer.wrap(b)));
            i += n + 1;
            continue;
          } catch (CharacterCodingException e) {
            // not UTF-8: keep the letters as they are
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean hasDoubleUtf8(String s) {
    for (int i = 0; i + 1 < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u00c2' && c <= '\u00f4') {
        char d = s.charAt(i + 1);
        if (d >= '\u0080' && d <= '\u009f') return true;
      }
    }
    return false;
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
    return secondReading ? "TextDecoder(secondReading)" : "TextDecoder";
  }
}
