package amity.stage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import amity.testkit.RealText;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What any {@link LanguageIdentifier} owes its callers, checked on real news in four languages. */
public abstract class LanguageIdentifierContract {
  /** {@return the implementation under test} */
  protected abstract LanguageIdentifier identifier();

  private static void assertWellFormedTag(String tag, String input) {
    assertThat(tag).as(input).isNotNull().isNotBlank();
    if (tag.equals(LanguageIdentifier.UNDETERMINED)) return;
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      assertThat(l.toLanguageTag()).as("a canonical BCP 47 tag for " + input).isEqualTo(tag);
    } catch (IllformedLocaleException e) {
      throw new AssertionError("not a BCP 47 tag: '" + tag + "' for " + input, e);
    }
  }

  @Test
  void aNullTextIsACallerBug() {
    assertThrows(NullPointerException.class, () -> identifier().identify(null));
  }

  @Test
  void nothingToTellByIsUndetermined() {
    for (String s : List.of("", " ", "\n\t", "12345 678", "…—!?", "😀😀")) {
      assertThat(identifier().identify(s)).as("'" + s + "'").isEqualTo(LanguageIdentifier.UNDETERMINED);
    }
  }

  @Test
  void realNewsIsToldByItsLanguage() {
    Map<String, String> news = RealText.news();
    news.forEach((lang, text) -> {
      assertThat(identifier().identify(text)).as(lang).isEqualTo(lang);
      assertThat(identifier().identify(new StringBuilder(text))).as(lang + " as another CharSequence").isEqualTo(lang);
      assertThat(identifier().identify(text)).as(lang + ", again").isEqualTo(identifier().identify(text));
    });
  }

  @Test
  void oddTextGivesAWellFormedTag() {
    List<String> odd = List.of("a", "\u0301", "\uD800", "x".repeat(100_000), "Hà", "河", "ñ", "Ελληνικά", "עברית ltr/rtl",
        "\u0000\u0001", "http://example.org/a?b=c", "Việt Nam 越南 Vietnam", "ＡＢＣ　全角");
    for (String s : odd) assertWellFormedTag(identifier().identify(s), DecoderContract.abbreviate(s));
  }
}
