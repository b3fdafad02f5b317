package amity.ner;

import static org.assertj.core.api.Assertions.assertThat;

import amity.testkit.RandomTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Random tokens of any script never break a shipped model, and threads share a model safely. */
class NerModelRobustnessTest {
  private static final String ALPHABET = "aZ9 -.,'\"()Đđếữ中国人民·《》１Ａ\u0301\uD83D\uDE00\t";

  private static List<List<String>> randomSentences(long seed, int count) {
    return RandomTokens.sentences(seed, count, 60, ALPHABET);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "zh"})
  void randomTokensGiveValidBio(String lang) {
    NerModel m = Models.bundled(lang).orElseThrow();
    for (List<String> tokens : randomSentences(lang.hashCode(), 300)) {
      List<String> tags = m.tag(tokens);
      assertThat(tags).hasSameSizeAs(tokens);
      String prev = "O";
      for (String t : tags) {
        assertThat(t).matches("O|[BI]-(PER|LOC|ORG|MISC)");
        if (t.startsWith("I-")) assertThat(prev).endsWith(t.substring(1));
        prev = t;
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "es", "zh"})
  void threadsShareAModel(String lang) throws Exception {
    NerModel m = Models.bundled(lang).orElseThrow();
    List<List<String>> sentences = randomSentences(7, 200);
    List<List<String>> expected = new ArrayList<>();
    for (List<String> s : sentences) expected.add(m.tag(s));
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "ner-robustness-test"));
    try {
      List<Future<List<List<String>>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        runs.add(
            pool.submit(
                () -> {
                  List<List<String>> got = new ArrayList<>();
                  for (List<String> s : sentences) got.add(m.tag(s));
                  return got;
                }));
      }
      for (Future<List<List<String>>> f : runs) assertThat(f.get()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }
}
