package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.stage.Parser;
import amity.text.IcuSegmenter;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link Parser} owes its callers, for each implementation and language. */
class ParserContractTest {
  static Stream<Arguments> parsers() {
    Parser shipped = new DependencyParser();
    Parser none = new DependencyParser(new DependencyParser.Config(Map.of(), false));
    Parser tiny = new DependencyParser(new DependencyParser.Config(Map.of("en", TinyTreebank.model()), false));
    Stream.Builder<Arguments> b = Stream.builder();
    for (Parser p : List.of(shipped, none, tiny)) {
      for (String lang : List.of("en", "es", "zh", "vi", "fr")) b.add(Arguments.of(p, lang));
    }
    return b.build();
  }

  private static final Map<String, String> TEXT = Map.of(
      "en", "The minister said that the president would visit Cuba. “Yes!” he said — 3.5% (U.S.)",
      "es", "El canciller dijo que el presidente visitará Cuba. ¡Sí! 3,5 %",
      "zh", "外交部发言人说，国家主席将访问古巴。（完）",
      "vi", "Thủ tướng cho biết Chủ tịch nước sẽ thăm Cuba. (TTXVN)",
      "fr", "Le ministre a dit que le président visiterait Cuba.");

  @ParameterizedTest
  @MethodSource("parsers")
  void everyTokenGetsAHeadInATreeOverTheSameTokens(Parser parser, String lang) {
    for (Sentence s : new IcuSegmenter().segment(TEXT.get(lang), lang)) {
      ParsedSentence p = parser.parse(s, lang);
      assertThat(p.sentence()).isSameAs(s);
      assertThat(p.size()).isEqualTo(s.tokens().size());
      assertThat(p.children(0)).isNotEmpty();
      for (int i = 1; i <= p.size(); i++) {
        List<Integer> path = p.pathToRoot(i);
        assertThat(p.children(0)).contains(path.get(path.size() - 1));
        assertThat(p.upos(i)).isNotEmpty();
        assertThat(p.relation(i)).isNotEmpty();
      }
      if (((DependencyParser) parser).supports(lang)) {
        assertThat(p.children(0)).as("a model's tree has one root").hasSize(1);
        assertThat(p.relation(p.root())).isEqualTo("root");
      } else {
        assertThat(p).isEqualTo(ParsedSentence.flat(s));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void anEmptySentenceGivesAnEmptyParse(Parser parser, String lang) {
    ParsedSentence p = parser.parse(new Sentence(new Span(5, 5), "", List.of()), lang);
    assertThat(p.size()).isZero();
    assertThat(p.root()).isZero();
  }

  @ParameterizedTest
  @MethodSource("parsers")
  void oddTokensAreParsedToo(Parser parser, String lang) {
    List<Token> tokens = List.of(new Token(new Span(0, 0), ""), new Token(new Span(0, 3), "\u0301\t\u0000"), new Token(new Span(3, 5), "😀"));
    ParsedSentence p = parser.parse(new Sentence(new Span(0, 5), "xxxxx", tokens), lang);
    assertThat(p.size()).isEqualTo(3);
  }
}
