package amity.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.model.Span;
import amity.text.Fold;
import amity.text.Scripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link PhraseTrie#findAll} must find what the plain way finds: every span of the text, whole
 * words in spaced scripts (any cut in unspaced ones), whose folded form is a phrase.
 */
class PhraseTrieTest {
  private static final Path DATA = Path.of("../../shared/data/text");

  /** The plain way: every start, every end, the folded substring looked up. */
  private static List<PhraseTrie.Match<String>> plain(Map<String, List<String>> phrases, int longest, boolean keepMarks, String text) {
    String folded = keepMarks ? Fold.lowerKeepMarks(text) : Fold.fold(text);
    List<PhraseTrie.Match<String>> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      if (!Scripts.isBoundary(text, i) && !Scripts.isUnspacedScript(text.charAt(i))) continue;
      for (int j = i + 1; j <= Math.min(text.length(), i + longest); j++) {
        List<String> v = phrases.get(folded.substring(i, j));
        if (v != null && (Scripts.isBoundary(text, j) || Scripts.isUnspacedScript(text.charAt(j - 1)))) {
          out.add(new PhraseTrie.Match<>(new Span(i, j), List.copyOf(v)));
        }
      }
    }
    return out;
  }

  private static void assertSame(List<String> phrases, List<String> texts) {
    for (boolean keepMarks : new boolean[] {false, true}) {
      PhraseTrie<String> trie = keepMarks ? PhraseTrie.keepingMarks() : new PhraseTrie<>();
      Map<String, List<String>> byFolded = new LinkedHashMap<>();
      int longest = 0;
      for (String p : phrases) {
        trie.add(p, p);
        String f = keepMarks ? Fold.lowerKeepMarks(p.strip()) : Fold.fold(p.strip());
        if (f.isEmpty()) continue;
        List<String> v = byFolded.computeIfAbsent(f, k -> new ArrayList<>());
        if (!v.contains(p)) v.add(p);
        longest = Math.max(longest, f.length());
      }
      for (String t : texts) {
        List<PhraseTrie.Match<String>> expected = plain(byFolded, longest, keepMarks, t);
        assertThat(trie.findAll(t)).as("%s", t.length() > 60 ? t.substring(0, 60) : t).isEqualTo(expected);
        assertThat(trie.findAll(new StringBuilder(t))).isEqualTo(expected);
      }
    }
  }

  @Test
  void findsWholeWordsInSpacedScriptsAndAnyCutInUnspacedOnes() {
    List<String> phrases = List.of("Việt Nam", "viet", "Hà Nội", "hòa bình", "hoà", "New York", "York", "习近平", "访问", "会见", "a", "É");
    List<String> texts = List.of(
        "", "a", "Việt Nam và Viet Nam, Vietnamese", "HÀ NỘI: hoà bình, hòa bình; Hoà.", "New Yorker in New York",
        "习近平访问越南并会见阮富仲", "a-a a.a éa É", "York");
    assertSame(phrases, texts);
    PhraseTrie<String> trie = PhraseTrie.keepingMarks();
    trie.add("hòa bình", "peace");
    assertThat(trie.findAll("vì hoà bình")).extracting(PhraseTrie.Match::span).containsExactly(new Span(3, 11));
  }

  @Test
  void aTextLookedUpAgainInTriesOfEitherFoldIsReadWithEachTriesFold() {
    // Each thread keeps the last few texts folded: equal texts, both folds, and more texts than it
    // keeps, looked up in turn.
    PhraseTrie<String> folding = new PhraseTrie<>();
    folding.add("Viet Nam", "folded");
    PhraseTrie<String> marks = PhraseTrie.keepingMarks();
    marks.add("việt nam", "marked");
    String text = "Việt Nam và Viet Nam";
    for (int round = 0; round < 3; round++) {
      for (int other = 0; other < 6; other++) {
        String t = round == 1 ? new String(text.toCharArray()) : text;
        assertThat(folding.findAll(t)).extracting(PhraseTrie.Match::span).containsExactly(new Span(0, 8), new Span(12, 20));
        assertThat(marks.findAll(t)).extracting(PhraseTrie.Match::span).containsExactly(new Span(0, 8));
        assertThat(marks.findAll(new StringBuilder(t))).extracting(PhraseTrie.Match::span).containsExactly(new Span(0, 8));
        assertThat(folding.findAll("Viet Nam " + other)).extracting(PhraseTrie.Match::span).containsExactly(new Span(0, 8));
        assertThat(marks.findAll("Viet Nam " + other)).isEmpty();
      }
    }
  }

  @Test
  void findsWhatThePlainWayFindsOnRealPages() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String set : List.of("vi-news", "vi-news-world", "zh-news")) {
      Path dir = DATA.resolve(set);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().limit(40).toList()) {
          String s = Files.readString(f);
          texts.add(s.length() > 20_000 ? s.substring(0, 20_000) : s);
        }
      }
    }
    assumeTrue(!texts.isEmpty(), "no ../shared/data");
    // Phrases: words and word pairs of the pages themselves (every seventh, short ones), and Han bigrams.
    List<String> phrases = new ArrayList<>();
    int k = 0;
    for (String t : texts) {
      String[] words = t.split("\\s+");
      for (int i = 0; i + 1 < words.length; i++) {
        if (k++ % 7 != 0 || words[i].length() + words[i + 1].length() > 30) continue;
        phrases.add(words[i]);
        phrases.add(words[i] + " " + words[i + 1]);
        if (words[i].length() >= 2 && Scripts.isUnspacedScript(words[i].charAt(0))) phrases.add(words[i].substring(0, 2));
      }
    }
    assertSame(phrases, texts);
  }
}
