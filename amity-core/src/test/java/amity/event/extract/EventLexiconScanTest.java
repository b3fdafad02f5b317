package amity.event.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.lang.LanguagePacks;
import amity.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The suppress patterns are tried only where their first chars stand ({@link EventLexicon.Scan}),
 * and so are quantities; they must find exactly what {@link Matcher#find()} at every position finds, on every line of the
 * real texts of {@code ../shared/data} in its language (and crafted ones).
 */
class EventLexiconScanTest {
  private static final Path DATA = Path.of("../../shared/data");
  private static final LanguagePacks PACKS = LanguagePacks.bundled();

  private static List<Span> plain(List<Pattern> patterns, String text) {
    List<Span> out = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) out.add(new Span(m.start(), m.end()));
    }
    return out;
  }

  private static int compare(String lang, List<String> texts) {
    EventLexicon lex = EventLexicon.of(PACKS.get(lang).orElseThrow()).orElseThrow();
    int found = 0;
    for (String t : texts) {
      List<Span> expected = plain(lex.suppressPatterns(), t);
      assertThat(lex.suppressed(t)).as(lang + ": " + t.substring(0, Math.min(80, t.length()))).isEqualTo(expected);
      assertThat(lex.quantitySpans(t)).as(lang + ": " + t.substring(0, Math.min(80, t.length())))
          .isEqualTo(plain(List.of(lex.quantityPattern()), t));
      assertThat(lex.errandSuppressed(t)).as(lang + ": " + t.substring(0, Math.min(80, t.length())))
          .isEqualTo(plain(lex.errandPatterns(), t));
      found += expected.size();
    }
    return found;
  }

  @Test
  void sameSpansAsFindOnCraftedText() {
    assertThat(compare("vi", List.of("", "Theo lời mời của Chủ tịch nước, ông đến thăm. Theo đề nghị của Bộ, đón du khách",
        "THEO LỜI MỜI; kêu gọi các nước, đề nghị hỗ trợ. Đội tuyển Việt Nam thắng."))).isGreaterThan(3);
    assertThat(compare("en", List.of("At the invitation of the king; he urged them to resume talks. Shares were traded.",
        "recalled on Monday for talks", "The visit was postponed. 1996 - A year"))).isGreaterThan(2);
    assertThat(compare("zh", List.of("应邀访问，应中方邀请，接受记者采访（记者 王小明）赴美旅游", "前往北京的游客"))).isGreaterThan(2);
    assertThat(compare("es", List.of("Por invitación del rey, se negociaron acciones."))).isGreaterThan(0);
    // Quantities: digits of any script, number words in any case.
    assertThat(compare("en", List.of("12,000 tonnes, ２０ doses, ٣ dollars and 𝟕 euros; five Thousand tonnes of rice, 3.5 US dollars"))).isGreaterThanOrEqualTo(0);
    EventLexicon en = EventLexicon.of(PACKS.get("en").orElseThrow()).orElseThrow();
    assertThat(en.quantitySpans("They sent 12,000 tonnes and 5 DOSES")).hasSize(2);
  }

  private static String need(String regex) {
    EventLexicon.Scan need = EventLexicon.Scan.need(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    return need == null ? null : need.pattern().pattern() + (need.pattern().flags() & Pattern.DOTALL);
  }

  @Test
  void aPatternOpeningWithAClauseStartIsLookedForByWhatFollowsIt() {
    assertThat(need("(?:^|(?<=[.;!?]))[^.;!?]*(?<!\\p{L})(?:đội tuyển|CLB)(?!\\p{L})[^.;!?]*"))
        .isEqualTo("(?<!\\p{L})(?:đội tuyển|CLB)(?!\\p{L})[^.;!?]*0");
    assertThat(need("(?s)^.*\\b(?:cricket|wickets?)\\b.*$")).isEqualTo("\\b(?:cricket|wickets?)\\b.*$" + Pattern.DOTALL);
    assertThat(need("(?:^|(?<=[.;]))[^.;!?]*x")).as("other classes").isNull();
    assertThat(need("(?:^|(?<=[.;!?]))[^.;!?]*a|b")).as("| outside a group").isNull();
    assertThat(need("(?:^|(?<=[.;!?]))[^.;!?]*+a")).as("possessive").isNull();
    assertThat(need("(?:^|(?<=[.;!?]))[^.;!?]*(a)\\1")).as("backreference").isNull();
    assertThat(need("(?:^|(?<=[.;!?]))[^.;!?]*[|]a")).isEqualTo("[|]a0");
    assertThat(need("at the invitation of[^,;.]{0,80}")).isNull();
    // The real lines below go the faster way.
    for (String lang : List.of("vi", "en", "es")) {
      EventLexicon lex = EventLexicon.of(PACKS.get(lang).orElseThrow()).orElseThrow();
      assertThat(lex.suppressPatterns().stream().filter(p -> EventLexicon.Scan.need(p) != null)).as(lang).isNotEmpty();
    }
    // The rest of "(?<!\\p{L})(?:…)" is tried where its words start.
    EventLexicon vi = EventLexicon.of(PACKS.get("vi").orElseThrow()).orElseThrow();
    assertThat(vi.suppressPatterns().stream().map(EventLexicon.Scan::need).filter(n -> n != null && n.first() != null)).hasSize(2);
    // Most are tried only where their second char stands too.
    assertThat(vi.suppressPatterns().stream().map(EventLexicon.Scan::of).filter(s -> s.second() != null).count())
        .isGreaterThan(vi.suppressPatterns().size() / 2);
  }

  @Test
  void sameSpansAsFindOnEveryRealLine() throws IOException {
    Map<String, List<String>> lines = Map.of("vi", new ArrayList<>(), "zh", new ArrayList<>(), "en", new ArrayList<>(), "es", new ArrayList<>());
    for (String set : List.of("vi-news", "vi-news-world", "zh-news")) {
      Path dir = DATA.resolve("text").resolve(set);
      if (!Files.isDirectory(dir)) continue;
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.sorted().toList()) {
          for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) lines.get(set.startsWith("zh") ? "zh" : "vi").add(line);
          }
        }
      }
    }
    for (String conll : List.of("en/eng.train", "en/eng.testa", "es/esp.train", "es/esp.testa")) {
      Path f = DATA.resolve(conll);
      if (!Files.exists(f)) continue;
      StringBuilder sentence = new StringBuilder();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (sentence.length() > 0) lines.get(conll.substring(0, 2)).add(sentence.toString().strip());
          sentence.setLength(0);
        } else {
          sentence.append(line.split(" ")[0]).append(' ');
        }
      }
    }
    assumeTrue(!lines.get("vi").isEmpty(), "no ../shared/data");
    for (String lang : List.of("vi", "zh", "en", "es")) {
      if (lines.get(lang).isEmpty()) continue;
      assertThat(compare(lang, lines.get(lang))).as(lang).isGreaterThan(10);
    }
  }
}
