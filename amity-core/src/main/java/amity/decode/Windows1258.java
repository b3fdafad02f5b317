package amity.decode;

import java.nio.charset.Charset;
import java.text.Normalizer;

/**
 * Writes Vietnamese as legacy Windows-1258 pages do: letters with a base diacritic (ă, â, ê, ô,
 * ơ, ư, đ) as single bytes, tone marks as separate combining bytes after them. The decoder reads
 * such pages back to NFC; tests and the page generator of the benchmark write them with this.
 * Stateless.
 */
public final class Windows1258 {
  private static final Charset CP1258 = Charset.forName("windows-1258");
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private Windows1258() {}

  /** {@return {@code text} encoded as Windows-1258 with tones as combining marks} */
  public static byte[] encode(String text) {
    var encoder = CP1258.newEncoder();
    StringBuilder out = new StringBuilder(text.length() + 64);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (encoder.canEncode(c)) {
        out.append(c);
        continue;
      }
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder();
      char tone = 0;
      for (char x : d.toCharArray()) {
        if (TONES.indexOf(x) >= 0) tone = x;
        else base.append(x);
      }
      out.append(Normalizer.normalize(base, Normalizer.Form.NFC));
      if (tone != 0) out.append(tone);
    }
    return out.toString().getBytes(CP1258);
  }
}
