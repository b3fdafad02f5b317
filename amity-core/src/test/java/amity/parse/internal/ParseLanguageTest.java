package amity.parse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import amity.parse.en.Clitics;
import amity.parse.es.Contractions;
import org.junit.jupiter.api.Test;

/** Each language's parser settings, read from its pack, are the ones its models were trained with. */
class ParseLanguageTest {
  @Test
  void theBundledLanguagesHaveTheSettingsTheirModelsWereTrainedWith() {
    assertThat(ParseLanguage.of("en")).satisfies(l -> {
      assertThat(l.headFirst()).isFalse();
      assertThat(l.splitter()).isInstanceOf(Clitics.class);
    });
    assertThat(ParseLanguage.of("es")).satisfies(l -> {
      assertThat(l.headFirst()).isTrue();
      assertThat(l.splitter()).isInstanceOf(Contractions.class);
    });
    assertThat(ParseLanguage.of("zh")).isEqualTo(new ParseLanguage("zh", false, Splitter.NONE));
    assertThat(ParseLanguage.of("vi")).isEqualTo(new ParseLanguage("vi", true, Splitter.NONE));
    assertThat(ParseLanguage.of("de")).isEqualTo(new ParseLanguage("de", true, Splitter.NONE));
    assertThat(ParseLanguage.of("xq-Latn")).isEqualTo(new ParseLanguage("xq", true, Splitter.NONE));
  }
}
