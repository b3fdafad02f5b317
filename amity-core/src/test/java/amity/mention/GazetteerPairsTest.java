package amity.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link Gazetteer#pairMatches} tries {@link Gazetteer#PAIR} only where the letters before a
 * hyphen start; it must find exactly what {@link Matcher#find()} at every position finds.
 */
class GazetteerPairsTest {
  private static final Path DATA = Path.of("../../shared/data");

  /** Each match as its span and its two groups' spans. */
  private static List<String> spans(List<MatchResult> ms) {
    List<String> out = new ArrayList<>();
    for (MatchResult m : ms) out.add(m.start() + "-" + m.end() + " " + m.start(1) + "-" + m.end(1) + " " + m.start(2) + "-" + m.end(2));
    return out;
  }

  private static List<MatchResult> plain(String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = Gazetteer.PAIR.matcher(text);
    while (m.find()) out.add(m.toMatchResult());
    return out;
  }

  private static int compare(List<String> texts) {
    int found = 0;
    for (String t : texts) {
      List<String> expected = spans(plain(t));
      assertThat(spans(Gazetteer.pairMatches(t))).as(t.substring(0, Math.min(80, t.length()))).isEqualTo(expected);
      found += expected.size();
    }
    return found;
  }

  @Test
  void sameMatchesAsFindOnCraftedText() {
    assertThat(compare(List.of("", "-", "a-", "-a", "a-b", "a-b-c", "Hispano-francesa y Cuba-Panamá", "x a--b Sino-Russian, 12-3",
        "Guinea-Bissau-x; franco-india.", "𝐀𝐁-𝐂𝐃 and 𝐀-b", "-Việt-Nhật- Việt-Nhật", "a-b c-d-e f-g", "ab-cd-"))).isGreaterThan(5);
  }

  @Test
  void sameMatchesAsFindOnEveryRealText() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String set : List.of("vi-news", "vi-news-world", "zh-news")) {
      Path dir = DATA.resolve("text").resolve(set);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) texts.add(Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    for (String conll : List.of("en/eng.train", "es/esp.train")) {
      Path f = DATA.resolve(conll);
      if (!Files.exists(f)) continue;
      StringBuilder doc = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("-DOCSTART-")) {
          if (doc.length() > 0) texts.add(doc.toString());
          doc.setLength(0);
        } else if (!line.isBlank()) {
          doc.append(line.split(" ")[0]).append(' ');
        }
      }
    }
    assumeTrue(!texts.isEmpty(), "no ../shared/data");
    assertThat(compare(texts)).isGreaterThan(100);
  }
}
