package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.text.IcuSegmenter;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DependencyParserTest {
  private static Sentence sentence(String text, String lang) {
    return new IcuSegmenter().segment(text, lang).get(0);
  }

  @Test
  void shipsAModelForEachOfAmitysLanguages() {
    DependencyParser parser = new DependencyParser();
    for (String lang : new String[] {"en", "es", "zh", "vi", "en-GB", "zh-Hans", "VI"}) assertThat(parser.supports(lang)).as(lang).isTrue();
    assertThat(parser.model("en-US").orElseThrow()).isSameAs(parser.model("en").orElseThrow());
    assertThat(parser.model("zh").orElseThrow().tokens()).isEqualTo(ParserModel.AMITY_TOKENS);
  }

  @Test
  void aNoBreakSpaceTheSegmenterKeepsIsPunctuationAndChangesNothingElse() {
    DependencyParser parser = new DependencyParser();
    ParsedSentence plain = parser.parse(sentence("The president met Putin, Macron and Scholz in Berlin.", "en"), "en");
    ParsedSentence nbsp = parser.parse(sentence("The president\u00A0met Putin, Macron and Scholz in Berlin.", "en"), "en");
    assertThat(nbsp.size()).as("the segmenter keeps U+00A0 as a token").isEqualTo(plain.size() + 1);
    assertThat(nbsp.token(3).text()).isEqualTo("\u00A0");
    assertThat(nbsp.relation(3)).isEqualTo("punct");
    assertThat(nbsp.head(3)).isEqualTo(2);
    for (int i = 1; i <= plain.size(); i++) {
      int j = i < 3 ? i : i + 1;
      int h = plain.head(i);
      assertThat(nbsp.head(j)).isEqualTo(h < 3 ? h : h + 1);
      assertThat(nbsp.relation(j)).isEqualTo(plain.relation(i));
    }
  }

  @Test
  void aLanguageWithoutAModelGetsAFlatParse() {
    DependencyParser parser = new DependencyParser();
    assertThat(parser.supports("fr")).isFalse();
    Sentence s = sentence("Le ministre a visité Cuba.", "fr");
    assertThat(parser.parse(s, "fr")).isEqualTo(ParsedSentence.flat(s));
  }

  @Test
  void modelsInTheConfigComeFirst() {
    DependencyParser parser = new DependencyParser(new DependencyParser.Config(Map.of("en", TinyTreebank.model()), false));
    assertThat(parser.model("en")).contains(TinyTreebank.model());
    assertThat(parser.supports("es")).as("no shipped models when shipped is off").isFalse();
    Sentence s = sentence("Wang met Lazo , Kohl and Mora .", "en");
    assertThat(parser.parse(s, "en").heads()).containsExactly(2, 0, 2, 5, 3, 7, 3, 2);
  }
}
