package amity.parse;

import static org.assertj.core.api.Assertions.assertThat;

import amity.model.ParsedSentence;
import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.testkit.RandomTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random token sequences never break a shipped model, always give one tree, and threads share a model safely. */
class ParserFuzzTest {
  private static final String ALPHABET = "aZ9 -.,'\"()Đđếữ中国人民·《》１Ａ\u0301\uD83D\uDE00\t说的了";

  /** {@return random sentences, and every tenth of them long} */
  static List<List<String>> randomSentences(long seed, int count) {
    List<List<String>> out = new ArrayList<>(RandomTokens.sentences(seed, count, 60, ALPHABET));
    out.addAll(RandomTokens.sentences(seed + 1, count / 10, 400, ALPHABET));
    return out;
  }

  private static Sentence sentence(List<String> forms) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String f : forms) {
      tokens.add(new Token(new Span(at, at + f.length()), f));
      at += f.length() + 1;
    }
    return new Sentence(new Span(0, Math.max(0, at - 1)), "x".repeat(Math.max(0, at - 1)), tokens);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "zh", "vi"})
  void randomTokensGiveOneValidTree(String lang) {
    ParserModel m = DependencyParser.shipped(lang).orElseThrow();
    Set<String> tags = new HashSet<>(m.tags());
    Set<String> relations = new HashSet<>(m.relations());
    for (List<String> forms : randomSentences(lang.hashCode(), 400)) {
      ParsedSentence p = m.parse(sentence(forms)); // the record checks sizes, ranges and acyclicity
      if (forms.isEmpty()) continue;
      assertThat(p.children(0)).hasSize(1);
      assertThat(p.relation(p.root())).isEqualTo("root");
      for (int i = 1; i <= p.size(); i++) {
        assertThat(tags).contains(p.upos(i));
        assertThat(relations).contains(p.relation(i));
        if (i != p.root()) assertThat(p.relation(i)).isNotEqualTo("root");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "zh"})
  void threadsShareAModel(String lang) throws Exception {
    DependencyParser parser = new DependencyParser();
    List<Sentence> sentences = randomSentences(7, 200).stream().map(ParserFuzzTest::sentence).toList();
    List<ParsedSentence> expected = sentences.stream().map(s -> parser.parse(s, lang)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "parser-fuzz-test"));
    try {
      List<Future<List<ParsedSentence>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) runs.add(pool.submit(() -> sentences.stream().map(s -> parser.parse(s, lang)).toList()));
      for (Future<List<ParsedSentence>> f : runs) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
