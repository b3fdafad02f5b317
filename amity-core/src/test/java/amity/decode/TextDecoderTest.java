package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final TextDecoder decoder = new TextDecoder();
  private static final String VI = "Thủ tướng Phạm Minh Chính tiếp Bộ trưởng Ngoại giao Cuba tại Hà Nội chiều 14/5.";
  private static final String ZH = "越南政府总理范明政在河内会见古巴外交部长。双方同意加强农业合作。";

  private Document decode(byte[] b) throws Exception {
    return decoder.decode(new RawDocument("t.txt", b, SourceMeta.text()));
  }

  @Test
  void utf8WithBomLosesTheBom() throws Exception {
    byte[] body = VI.getBytes(StandardCharsets.UTF_8);
    byte[] b = new byte[body.length + 3];
    b[0] = (byte) 0xEF;
    b[1] = (byte) 0xBB;
    b[2] = (byte) 0xBF;
    System.arraycopy(body, 0, b, 3, body.length);
    assertThat(decode(b).text()).isEqualTo(VI);
  }

  @Test
  void utf16WithBom() throws Exception {
    assertThat(decode(("\uFEFF" + ZH).getBytes(StandardCharsets.UTF_16LE)).text()).isEqualTo(ZH);
    assertThat(decode(("\uFEFF" + ZH).getBytes(StandardCharsets.UTF_16BE)).text()).isEqualTo(ZH);
  }

  @Test
  void gb18030AndBig5() throws Exception {
    String zh = ZH.repeat(3);
    Document gb = decode(zh.getBytes(Charset.forName("GB18030")));
    assertThat(gb.text()).isEqualTo(zh);
    assertThat(gb.charset()).isEqualTo("GB18030");
    String tw = "越南政府總理范明政在河內會見古巴外交部長。雙方同意加強農業合作。".repeat(3);
    assertThat(decode(tw.getBytes(Charset.forName("Big5"))).text()).isEqualTo(tw);
  }

  @Test
  void windows1258VietnameseWithCombiningTonesBecomesNfc() throws Exception {
    // Windows-1258 writes tones as separate combining marks; NFD is how such bytes decode.
    byte[] b = Windows1258.encode(VI);
    Document d = decode(b);
    assertThat(d.text()).isEqualTo(VI);
    assertThat(d.charset()).isEqualTo("windows-1258");
  }

  @Test
  void windows1252() throws Exception {
    String es = "El canciller cubano se reunió con su homólogo español en Madrid.";
    assertThat(decode(es.getBytes(Charset.forName("windows-1252"))).text()).isEqualTo(es);
  }

  @Test
  void sameContentSameIdWhateverTheEncoding() throws Exception {
    assertThat(decode(ZH.repeat(3).getBytes(StandardCharsets.UTF_8)).id())
        .isEqualTo(decode(ZH.repeat(3).getBytes(Charset.forName("GB18030"))).id());
  }

  @Test
  void emptyAndBinaryAreRefusedWithTheFileName() {
    DecodeException empty = assertThrows(DecodeException.class, () -> decode(new byte[0]));
    assertThat(empty.getMessage()).isEqualTo("t.txt: empty file");
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    DecodeException bin = assertThrows(DecodeException.class, () -> decode(noise));
    assertThat(bin.getMessage()).startsWith("t.txt: binary content");
  }

  @Test
  void htmlBecomesVisibleTextOneBlockAParagraph() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"><title>x</title><script>var a=1;</script></head>"
        + "<body><h1>PM meets Cuban minister</h1><p>HÀ NỘI — The two sides met.</p><p>They agreed.</p></body></html>";
    Document d = decoder.decode(new RawDocument("p.html", html.getBytes(StandardCharsets.UTF_8), SourceMeta.html()));
    assertThat(d.text()).isEqualTo("PM meets Cuban minister\n\nHÀ NỘI — The two sides met.\n\nThey agreed.");
  }

  @Test
  void utf8ReadAsLatin1AndWrittenAgainIsReadBackOnlyWhenATextShowsIt() throws Exception {
    String meant = "The council met on Tuesday to discuss the new bus routes for the city. ".repeat(3)
        + "Let’s see — the café’s “menu” costs 5 €.";
    String twice = new String(meant.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(decode(twice.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(meant);
    // Without a C1 control after a lead letter there is no sign of it: "Â©" and "Ã©" stay as written.
    assertThat(TextDecoder.repairDoubleUtf8("Ã© Â© Ã")).isEqualTo("Ã© Â© Ã");
    // A lead letter whose followers do not make UTF-8 stays too.
    assertThat(TextDecoder.repairDoubleUtf8("caf\u00c3\u00a9 \u00e2\u0080x")).isEqualTo("café \u00e2\u0080x");
  }
}
