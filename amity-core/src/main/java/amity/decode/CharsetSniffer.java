package amity.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds the character set of a page: byte-order mark, then strict UTF-8, then a declared charset
 * that decodes cleanly, then ICU's statistical detector for GB18030 and Big5, and finally
 * Windows-1258 against Windows-1252 by whether the text reads as Vietnamese.
 *
 * <p>Thread-safe and stateless.
 */
public final class CharsetSniffer {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");
  static final Charset CP1258 = Charset.forName("windows-1258");
  static final Charset CP1252 = Charset.forName("windows-1252");
  private static final Pattern META_CHARSET =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);
  // Letters only Vietnamese uses among Latin scripts; one in fifty letters is plenty in real text.
  private static final String VIETNAMESE_LETTERS =
      "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

  /** A detected charset and how many leading bytes (a BOM) to skip. */
  public record Detected(Charset charset, int skip, String how) {}

  /** Detects the charset of {@code bytes}, honouring {@code declared} when it decodes cleanly. */
  public Detected detect(byte[] bytes, @Nullable String declared, boolean html) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Detected(StandardCharsets.UTF_8, 3, "bom");
    if (startsWith(bytes, 0xFF, 0xFE)) return new Detected(StandardCharsets.UTF_16LE, 2, "bom");
    if (startsWith(bytes, 0xFE, 0xFF)) return new Detected(StandardCharsets.UTF_16BE, 2, "bom");
    if (decodesCleanly(bytes, StandardCharsets.UTF_8)) {
      return new Detected(StandardCharsets.UTF_8, 0, "valid-utf8");
    }
    String decl = declared;
    if (decl == null && html) decl = metaCharset(bytes).orElse(null);
    Optional<Charset> declaredCs = lookup(decl);
    if (declaredCs.isPresent() && decodesCleanly(bytes, declaredCs.get())) {
      return new Detected(declaredCs.get(), 0, "declared");
    }
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    for (CharsetMatch m : d.detectAll()) {
      String name = m.getName().toUpperCase(Locale.ROOT);
      if (m.getConfidence() < 20) break;
      if (name.equals("GB18030") && decodesCleanly(bytes, GB18030)) {
        return new Detected(GB18030, 0, "detected");
      }
      if (name.equals("BIG5") && decodesCleanly(bytes, BIG5)) {
        return new Detected(BIG5, 0, "detected");
      }
      if (name.startsWith("UTF-16")) {
        Charset cs = name.endsWith("LE") ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
        if (m.getConfidence() >= 60) return new Detected(cs, 0, "detected");
      }
    }
    if (looksVietnamese(new String(bytes, CP1258))) return new Detected(CP1258, 0, "vietnamese");
    return new Detected(CP1252, 0, "fallback");
  }

  static Optional<String> metaCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static Optional<Charset> lookup(@Nullable String name) {
    if (name == null) return Optional.empty();
    try {
      String n = name.trim().toLowerCase(Locale.ROOT);
      // WHATWG maps these labels to their supersets; so do we.
      if (n.equals("gb2312") || n.equals("gbk") || n.equals("x-gbk")) return Optional.of(GB18030);
      if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) {
        return Optional.of(CP1252);
      }
      return Optional.of(Charset.forName(name.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static boolean looksVietnamese(String s) {
    String nfc = Normalizer.normalize(s, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    int letters = 0;
    int viet = 0;
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (VIETNAMESE_LETTERS.indexOf(c) >= 0) viet++;
    }
    return letters > 0 && viet * 50 >= letters;
  }

  static boolean decodesCleanly(byte[] bytes, Charset cs) {
    try {
      cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }
}
