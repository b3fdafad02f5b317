package amity.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.lang.LanguagePacks;
import amity.model.DateValue;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link DateFinder} tries each rule only where its first characters stand ({@link FirstChars});
 * it must find exactly what the plain way (every rule with {@code Matcher.find} at every position)
 * finds, on every real text of {@code ../shared/data} in every language.
 *
 * <p>{@code -Damity.pages=DIR} adds the pages {@code amity corpus pages --out DIR} writes;
 * {@code -Damity.bench=true} times both ways (alternated; {@code =skip} only the new one) over the vi-news stories (CPU of this thread).
 */
class DateFinderSkipTest {
  private static final Path DATA = Path.of("../../shared/data");
  private static final List<String> LANGS = List.of("vi", "en", "es", "zh");
  private static final LanguagePacks PACKS = LanguagePacks.bundled();
  private static final DateFinder FAST = new DateFinder(PACKS, true);
  private static final DateFinder PLAIN = new DateFinder(PACKS, false);

  private static String chars(String regex) {
    return text(FirstChars.of(regex));
  }

  private static String text(BitSet b) {
    if (b == null) return null;
    StringBuilder s = new StringBuilder();
    for (int c = b.nextSetBit(0); c >= 0; c = b.nextSetBit(c + 1)) s.append((char) c);
    return s.toString();
  }

  @Test
  void firstCharactersOfARegex() {
    assertThat(chars("\\b(?:từ )?(?:ngày )?(?<d>\\d{1,2})/")).contains("t", "T", "n", "N", "0", "9").doesNotContain("a", "/");
    assertThat(chars("\\bfoo|\\d+")).isEqualTo("0123456789Ff");
    assertThat(chars("(?=[tc])\\b(?:(?<dir>tuần) )?(?<wd>x)")).isEqualTo("CTct");
    assertThat(chars("(?<![\\d])(?<y>(?:19|20)\\d{2})年")).isEqualTo("12");
    assertThat(chars("(?<=\\()(?<d>\\d{1,2})/")).isEqualTo("0123456789");
    assertThat(chars("(?:\\Qabc\\E|[x-z.])")).isEqualTo(".AXYZaxyz");
    assertThat(chars("\\s*,?\\s*and")).contains(" ", ",", "a", "A", "\n");
    // "k" matches the Kelvin sign case-insensitively; "s" the long s
    assertThat(chars("k")).contains("\u212A");
    assertThat(chars("s")).contains("\u017F");
    // After the first non-empty atom anything may stand: it is stepped over, not read.
    assertThat(chars("ab[^c].\\p{L}+\\pL\\x{41}(?s:x)$")).isEqualTo("Aa");
    assertThat(chars("(?:theo|nhận) lời mời(?: của)?[^,;.]{0,80}")).isEqualTo("NTnt");
  }

  private static String seconds(String regex) {
    return text(FirstChars.second(regex));
  }

  @Test
  void secondCharactersOfARegex() {
    assertThat(seconds("\\bngày (?<d>\\d{1,2})")).isEqualTo("Gg");
    assertThat(seconds("\\b(?:từ )?(?:ngày )?(?<d>\\d{1,2})/")).isEqualTo("/0123456789GgỪừ");
    assertThat(seconds("\\b(?:sáng|hôm)")).isEqualTo("ÁÔáô");
    assertThat(seconds("(?<y>\\d{4})年")).isEqualTo("0123456789");
    assertThat(seconds("a+b")).isEqualTo("ABab");
    assertThat(seconds("a{2}")).isEqualTo("Aa");
    assertThat(seconds("a{1}b")).isEqualTo("Bb");
    assertThat(seconds("(?:a|bc)d")).isEqualTo("CDcd");
    assertThat(seconds("\\Qxy\\E|z\\.")).isEqualTo(".Yy");
    // Zero-width parts add nothing and restrict nothing: "(?=b)" is read as matching anywhere.
    assertThat(seconds("a(?=b)\\b^$(?<!x)c")).isEqualTo("Cc");
    assertThat(seconds("a(?i)b")).isNull();
    assertThat(seconds("a\\p{L}")).isNull();
    assertThat(seconds("a[^b]")).isNull();
    assertThat(seconds("a.")).isNull();
    assertThat(seconds("ab\\p{L}.")).isEqualTo("Bb");
    assertThat(seconds("(a)\\1")).isNull();
    assertThat(seconds("a|bc")).as("a match may have one char").isNull();
    assertThat(seconds("ab?")).isNull();
    assertThat(seconds("a?")).isNull();
    assertThat(seconds("\\b(?:a|bc)?d")).as("\"d\" alone").isNull();
    assertThat(seconds("\\b(?:a|bc)?de")).isEqualTo("CDEcde");
    assertThat(seconds("k[a]")).isEqualTo("Aa");
    assertThat(seconds("ak")).contains("\u212A");
  }

  @Test
  void unknownOrEmptyMatchingRegexesGetNoSet() {
    assertThat(chars(".a")).isNull();
    assertThat(chars("[^a]b")).isNull();
    assertThat(chars("a?")).isNull();
    assertThat(chars("\\b(?:x)?\\b")).isNull();
    assertThat(chars("\\p{L}+")).isNull();
    assertThat(chars("^a")).isNull();
    assertThat(chars("(?i)a")).isNull();
    assertThat(chars("(?=a?)b")).isEqualTo("Bb");
  }

  @Test
  void wordStartOnlyForARuleOpeningWithABoundaryBeforeWordChars() {
    assertThat(FirstChars.wordStart("\\b(?:từ )?(?<d>\\d{1,2})", FirstChars.of("\\b(?:từ )?(?<d>\\d{1,2})"))).isTrue();
    assertThat(FirstChars.wordStart("\\ba|b", FirstChars.of("\\ba|b"))).isFalse();
    assertThat(FirstChars.wordStart("\\b(?:a|b)[|(]", FirstChars.of("\\b(?:a|b)[|(]"))).isTrue();
    assertThat(FirstChars.wordStart("\\b(?:a|\\()", FirstChars.of("\\b(?:a|\\()"))).isFalse();
    assertThat(FirstChars.wordStart("(?<=x)\\ba", FirstChars.of("(?<=x)\\ba"))).isTrue();
    assertThat(FirstChars.wordStart("(?<!\\d )(?=[tc])\\bt|c", FirstChars.of("(?<!\\d )(?=[tc])\\bt|c"))).isFalse();
    assertThat(FirstChars.wordStart("(?=(?:a))a\\b", FirstChars.of("(?=(?:a))a\\b"))).isFalse();
  }

  @Test
  void everyBundledDateRuleHasItsFirstCharacters() {
    for (String lang : LANGS) {
      DatePatterns p = PACKS.get(lang).flatMap(DatePatterns::of).orElseThrow();
      for (DatePatterns.Rule r : p.rules) {
        assertThat(r.first()).as(lang + " " + r.pattern()).isNotNull();
      }
    }
  }

  @Test
  void sameDatesAsThePlainWayOnEveryRealText() throws IOException {
    List<Text> texts = texts();
    assumeTrue(!texts.isEmpty(), "no ../shared/data");
    DateValue anchor = new DateValue(2019, 11, 7);
    int compared = 0;
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i).text();
      for (String lang : LANGS) {
        // Every text in its language; every fifth (all with -Damity.pages) in the other three.
        if (!lang.equals(texts.get(i).lang()) && i % 5 != 0 && System.getProperty("amity.pages") == null) continue;
        assertThat(FAST.find(text, lang, anchor)).as(lang + ": " + text.substring(0, Math.min(80, text.length())))
            .isEqualTo(PLAIN.find(text, lang, anchor));
        compared++;
      }
    }
    assertThat(compared).isGreaterThan(1000);
  }

  @Test
  void timeBothWaysOnVietnameseNews() throws IOException {
    String bench = System.getProperty("amity.bench", "false");
    assumeTrue(!bench.equals("false"));
    List<String> texts = new ArrayList<>();
    for (Path f : files(DATA.resolve("text/vi-news"))) texts.add(Files.readString(f));
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    DateValue anchor = new DateValue(2025, 11, 7);
    for (int round = 0; round < 8; round++) {
      // -Damity.bench=skip times only the skipping finder (for a profile of it).
      List<DateFinder> finders = bench.equals("skip") ? List.of(FAST) : round % 2 == 0 ? List.of(PLAIN, FAST) : List.of(FAST, PLAIN);
      for (DateFinder f : finders) {
        long t0 = mx.getCurrentThreadCpuTime();
        int n = 0;
        for (String t : texts) n += f.find(t, "vi", anchor).size();
        long ms = (mx.getCurrentThreadCpuTime() - t0) / 1_000_000;
        System.out.printf("round %d %s: %d ms CPU for %d stories (%d dates)%n", round, f == FAST ? "skip " : "plain", ms, texts.size(), n);
      }
    }
  }

  private record Text(String lang, String text) {}

  /** The stories of text/, the CoNLL documents (tokens joined), and -Damity.pages. */
  private static List<Text> texts() throws IOException {
    List<Text> out = new ArrayList<>();
    for (String set : List.of("vi-news", "vi-news-world")) {
      for (Path f : files(DATA.resolve("text").resolve(set))) out.add(new Text("vi", Files.readString(f)));
    }
    for (Path f : files(DATA.resolve("text/zh-news"))) {
      List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i += 200) {
        out.add(new Text("zh", String.join("\n", lines.subList(i, Math.min(lines.size(), i + 200)))));
      }
    }
    for (String conll : List.of("en/eng.train", "en/eng.testa", "es/esp.train", "es/esp.testa")) {
      Path f = DATA.resolve(conll);
      if (!Files.exists(f)) continue;
      String lang = conll.substring(0, 2);
      StringBuilder doc = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.startsWith("-DOCSTART-") || doc.length() > 20_000) {
          if (doc.length() > 0) out.add(new Text(lang, doc.toString()));
          doc.setLength(0);
        }
        if (line.startsWith("-DOCSTART-")) continue;
        doc.append(line.isBlank() ? "\n" : line.split(" ")[0] + " ");
      }
      if (doc.length() > 0) out.add(new Text(lang, doc.toString()));
    }
    String pages = System.getProperty("amity.pages");
    if (pages != null) {
      for (Path f : files(Path.of(pages))) {
        String name = f.getFileName().toString();
        out.add(new Text(name.startsWith("en-") ? "en" : name.startsWith("es-") ? "es" : name.startsWith("zh-") ? "zh" : "vi", Files.readString(f)));
      }
    }
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
