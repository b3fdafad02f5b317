package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.decode.DecodeException;
import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.testkit.RealText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What any {@link Decoder} owes its callers, checked on the seeds and on real WCXB pages. A
 * subclass names the implementation; the checks are inherited, as in Lucene's
 * BaseTokenStreamTestCase.
 */
public abstract class DecoderContract {
  /** {@return the implementation under test} */
  protected abstract Decoder decoder();

  static List<RawDocument> realPages() {
    List<RawDocument> pages = new ArrayList<>(RealText.seeds());
    pages.addAll(RealText.wcxbPages(40));
    return pages;
  }

  @Test
  void aNullDocumentIsACallerBug() {
    assertThrows(NullPointerException.class, () -> decoder().decode(null));
  }

  @Test
  void emptyOrBlankBytesAreADecodeExceptionNamingTheFile() {
    for (String format : List.of(SourceMeta.TEXT, SourceMeta.HTML)) {
      for (String content : List.of("", " \n\t ", "<html><body></body></html>", "\uFEFF")) {
        if (format.equals(SourceMeta.TEXT) && content.startsWith("<")) continue;
        RawDocument raw = new RawDocument("blank." + format, content.getBytes(StandardCharsets.UTF_8), SourceMeta.of(format));
        DecodeException e = assertThrows(DecodeException.class, () -> decoder().decode(raw), format + " " + content);
        assertThat(e.getMessage()).as(format + " '" + content + "'").startsWith("blank." + format).doesNotContain("\n");
      }
    }
  }

  @Test
  void realPagesDecodeToNfcTextWithoutControlCharacters() throws IOException {
    for (RawDocument raw : realPages()) {
      Document d = decoder().decode(raw);
      assertThat(d.file()).isEqualTo(raw.file());
      assertThat(d.text()).as(raw.file()).isNotBlank();
      assertThat(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)).as(raw.file() + " is NFC").isTrue();
      assertThat(d.text().chars().filter(c -> Character.isISOControl(c) && c != '\n' && c != '\t').count())
          .as(raw.file() + ": control characters").isZero();
      assertThat(d.text()).as(raw.file()).doesNotContain("\r", "\uFEFF");
      assertThat(d.id()).as(raw.file()).isNotBlank();
    }
  }

  @Test
  void sameBytesGiveTheSameDocumentAndTheInputIsLeftAlone() throws IOException {
    for (RawDocument raw : realPages()) {
      byte[] before = raw.bytes().clone();
      Document a = decoder().decode(raw);
      Document b = decoder().decode(new RawDocument(raw.file(), raw.bytes().clone(), raw.meta()));
      assertThat(b).as(raw.file()).isEqualTo(a);
      assertThat(raw.bytes()).as(raw.file() + ": input bytes changed").isEqualTo(before);
    }
  }

  @Test
  void theIdDependsOnTheTextNotOnTheFileName() throws IOException {
    RawDocument raw = RealText.seeds().get(0);
    Document a = decoder().decode(raw);
    Document b = decoder().decode(new RawDocument("elsewhere/" + raw.file(), raw.bytes(), raw.meta()));
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.file()).isEqualTo("elsewhere/" + raw.file());
  }

  @Test
  void oddButValidInputIsDecodedOrRefusedWithADecodeException() {
    List<String> odd = List.of(
        "a", "<", ">", "&", "&#0;", "&#xD800;", "&#1114112;", "<p>&amp;&lt;&gt;&nbsp;&bogus;</p>",
        "\u0301\u0301 tone marks alone", "😀 🇻🇳 \uD800 lone surrogate", "x".repeat(200_000),
        "<p>" + "<b>".repeat(3000) + "deep" + "</b>".repeat(3000) + "</p>",
        "<script>only a script</script>", "<!-- only a comment -->", "<![CDATA[ cdata ]]>",
        "<html><head><meta charset=\"no-such-charset\"></head><body>x</body></html>",
        "<meta charset=utf-16><p>declared wrongly</p>", "\r\r\n\n\u2028\u2029 separators",
        "Thủ tướng Phạm Minh Chính\u0000 with a NUL");
    for (String format : List.of(SourceMeta.TEXT, SourceMeta.HTML)) {
      for (String s : odd) {
        RawDocument raw = new RawDocument("odd." + format, s.getBytes(StandardCharsets.UTF_8), SourceMeta.of(format));
        try {
          Document d = decoder().decode(raw);
          assertThat(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)).isTrue();
          assertThat(d.text()).isNotBlank();
        } catch (DecodeException e) {
          assertThat(e.file()).isEqualTo("odd." + format);
        } catch (IOException e) {
          throw new AssertionError("not a DecodeException on " + abbreviate(s) + ": " + e, e);
        }
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 80 ? s : s.substring(0, 80) + "… (" + s.length() + " chars)";
  }
}
