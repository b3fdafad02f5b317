package amity.text;

import amity.lang.LanguageModule;
import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.model.Sentence;
import amity.model.Span;
import amity.model.Token;
import amity.stage.Segmenter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentences and words from ICU's break iterators: dictionary-based word segmentation for Chinese,
 * tokens joined into words as a language's {@link LanguageModule} says (Vietnamese syllables where
 * its {@code words.txt} knows them: "Thủ tướng", "hợp tác"), abbreviation-aware sentence breaks
 * where CLDR has them and where a pack's {@code sentences.tsv} names more.
 *
 * <p>Paragraphs (lines) never share a sentence. Thread-safe: each call clones the prototype
 * iterators; lexicons are immutable.
 *
 * <pre>{@code
 * new IcuSegmenter().segment("Thủ tướng tiếp Đại sứ.", "vi").get(0).tokens();
 * // [Thủ tướng, tiếp, Đại sứ, .]
 * new IcuSegmenter(new IcuSegmenter.Config(false)).segment(...); // syllables only
 * }</pre>
 */
public final class IcuSegmenter implements Segmenter {
  /**
   * How the segmenter works.
   *
   * @param groupWords join tokens into words where a language's module does
   */
  public record Config(boolean groupWords) {
    public static final Config DEFAULT = new Config(true);
  }

  private final Map<String, BreakIterator[]> prototypes = new ConcurrentHashMap<>();
  private final LanguagePacks packs;
  private final Config config;

  /** A segmenter for the languages of the bundled packs. */
  public IcuSegmenter() {
    this(Config.DEFAULT);
  }

  /** A segmenter for the languages of the bundled packs, working as {@code config} says. */
  public IcuSegmenter(Config config) {
    this(LanguagePacks.bundled(), config);
  }

  /** A segmenter for the languages of {@code packs}; other tags get ICU's breaks alone. */
  public IcuSegmenter(LanguagePacks packs) {
    this(packs, Config.DEFAULT);
  }

  public IcuSegmenter(LanguagePacks packs, Config config) {
    this.packs = java.util.Objects.requireNonNull(packs, "packs must not be null");
    this.config = java.util.Objects.requireNonNull(config, "config must not be null");
  }

  @Override
  public List<Sentence> segment(String text, String lang) {
    BreakIterator[] proto = prototypes.computeIfAbsent(lang, IcuSegmenter::create);
    BreakIterator sentences = (BreakIterator) proto[0].clone();
    BreakIterator words = (BreakIterator) proto[1].clone();
    Optional<LanguagePack> pack = packs.get(lang);
    LanguageModule.WordGrouping grouping = config.groupWords()
        ? pack.flatMap(p -> p.module().map(m -> m.words(p))).orElse(LanguageModule.WordGrouping.NONE)
        : LanguageModule.WordGrouping.NONE;
    Abbreviations abbr = pack.map(p -> p.<Abbreviations>derived(Abbreviations.class, Abbreviations::of)).orElse(Abbreviations.NONE);
    List<Sentence> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int nl = text.indexOf('\n', lineStart);
      // "Hong Kong Gov.\n\nChris Patten": a line cut after a title's abbreviation goes on in the next
      // that holds words, a blank line between at most.
      while (nl >= 0) {
        int next = nl + 1;
        if (next < text.length() && text.charAt(next) == '\n') next++;
        int nextEnd = text.indexOf('\n', next);
        if (!abbr.lineRunsOn(text.substring(lineStart, nl), text.substring(next, nextEnd < 0 ? text.length() : nextEnd))) break;
        nl = nextEnd;
      }
      int lineEnd = nl < 0 ? text.length() : nl;
      if (lineEnd > lineStart) {
        splitLine(text, lineStart, lineEnd, sentences, words, grouping, abbr, out);
      }
      if (nl < 0) break;
      lineStart = nl + 1;
    }
    return out;
  }

  /**
   * One language's words that end in a full stop without ending the sentence ("U.S.", "Gen.",
   * "Mr."), and the words that open a sentence after one of them ("The", "He"): ICU breaks after
   * "U.S." in "agreed to meet U.S. Assistant Secretary of State John Kornblum". Where the language
   * says so ({@code name_stop}), a full stop between two capitalised words runs on as well, unless
   * the second is a starter: the Spanish corpus writes the "y" inside a name as a full stop ("el
   * director de Comercio. Consumo, Víctor Tello", "Castilla. León"), and ICU cut the sentence there.
   * Where it says {@code initials}, capital letters each with a full stop are a name's initials
   * ("Foreign Minister I.K. Gujral", "P. Simmons") and run on the same way.
   */
  record Abbreviations(java.util.Set<String> abbreviations, java.util.Set<String> starters, boolean nameStop, boolean initials,
      java.util.Set<String> lineTitles, java.util.Set<String> lineMonths) {
    static final Abbreviations NONE = new Abbreviations(java.util.Set.of(), java.util.Set.of(), false, false, java.util.Set.of(), java.util.Set.of());
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.)+");

    static Abbreviations of(LanguagePack pack) {
      java.util.Set<String> a = new java.util.HashSet<>();
      java.util.Set<String> st = new java.util.HashSet<>();
      java.util.Set<String> lt = new java.util.HashSet<>();
      java.util.Set<String> lm = new java.util.HashSet<>();
      boolean nameStop = false;
      boolean initials = false;
      for (String[] r : pack.rows(PackFile.SENTENCES)) {
        switch (r[0]) {
          case "abbreviation" -> a.add(r[1].strip());
          case "starter" -> st.add(r[1].strip().toLowerCase(java.util.Locale.ROOT));
          case "name_stop" -> nameStop = true;
          case "initials" -> initials = true;
          case "line_title" -> {
            a.add(r[1].strip());
            lt.add(r[1].strip());
          }
          case "line_month" -> {
            a.add(r[1].strip());
            lm.add(r[1].strip());
          }
          default -> throw new IllegalStateException(pack.path(PackFile.SENTENCES) + ": unknown kind '" + r[0]
              + "', expected abbreviation, line_title, line_month, starter, name_stop or initials");
        }
      }
      return a.isEmpty() && !nameStop && !initials ? NONE
          : new Abbreviations(java.util.Set.copyOf(a), java.util.Set.copyOf(st), nameStop, initials, java.util.Set.copyOf(lt),
              java.util.Set.copyOf(lm));
    }

    /**
     * Whether a line ending {@code line} runs on into the next, {@code next}: it ends in a title's
     * abbreviation ({@code line_title}: "Gov.", "Sen.") and the next opens with the name, no starter
     * ("… after meeting Hong Kong Gov.\nChris Patten last month …": wire copy cut into lines there);
     * or in a month's ({@code line_month}) and the next opens with the day ("is to meet on Sept.\n24").
     */
    boolean lineRunsOn(String line, String next) {
      if (lineTitles.isEmpty() && lineMonths.isEmpty()) return false;
      String before = line.strip();
      String last = before.substring(before.lastIndexOf(' ') + 1);
      String after = next.stripLeading();
      if (after.isEmpty()) return false;
      if (lineMonths.contains(last)) return Character.isDigit(after.codePointAt(0));
      return lineTitles.contains(last) && Character.isUpperCase(after.codePointAt(0)) && runsOn(before, after);
    }

    /** Whether a sentence ending {@code before} runs on into one starting {@code after}. */
    boolean runsOn(String before, String after) {
      if (abbreviations.isEmpty() && !nameStop && !initials) return false;
      int sp = before.lastIndexOf(' ');
      String last = before.substring(sp + 1);
      // An opening bracket does not start a sentence: "at 11 a.m. (0800 GMT) in Naqoura".
      String rest = after.startsWith("(") ? after.substring(1) : after;
      int end = 0;
      while (end < rest.length() && Character.isLetterOrDigit(rest.charAt(end))) end++;
      String next = rest.substring(0, end);
      if (end == 0 || starters.contains(next.toLowerCase(java.util.Locale.ROOT))) return false;
      if (abbreviations.contains(last)) return true;
      if (initials && INITIALS.matcher(last).matches() && Character.isUpperCase(next.codePointAt(0))) return true;
      // A quote or bracket may open the name: "la obra \"Seres. Estrellas\"".
      String word = last.replaceFirst("^[\\p{Ps}\\p{Pi}\"'«]+", "");
      return nameStop && word.endsWith(".") && capitalised(word.substring(0, word.length() - 1)) && capitalised(next);
    }

    /** A word of two letters or more, the first a capital and the rest small: "Pesca", not "ONU" or "A". */
    private static boolean capitalised(String w) {
      if (w.length() < 2 || !Character.isUpperCase(w.codePointAt(0))) return false;
      return w.codePoints().skip(1).allMatch(Character::isLowerCase);
    }
  }

  private static void splitLine(
      String text,
      int from,
      int to,
      BreakIterator sentences,
      BreakIterator words,
      LanguageModule.WordGrouping grouping,
      Abbreviations abbr,
      List<Sentence> out) {
    String line = text.substring(from, to);
    sentences.setText(line);
    List<Integer> ends = new ArrayList<>();
    int first = sentences.first();
    for (int end = sentences.next(); end != BreakIterator.DONE; end = sentences.next()) ends.add(end);
    // Join what ICU cut after an abbreviation that does not end the sentence.
    List<Integer> kept = new ArrayList<>();
    int prev = first;
    for (int i = 0; i < ends.size(); i++) {
      int end = ends.get(i);
      if (i + 1 < ends.size() && abbr.runsOn(line.substring(prev, end).strip(), line.substring(end).stripLeading())) continue;
      kept.add(end);
      prev = end;
    }
    int start = first;
    for (int end : kept) {
      int s = start;
      int e = end;
      start = end;
      while (s < e && Character.isWhitespace(line.charAt(s))) s++;
      while (e > s && Character.isWhitespace(line.charAt(e - 1))) e--;
      if (s == e) continue;
      String sentence = line.substring(s, e);
      List<Token> tokens = tokens(sentence, from + s, words);
      tokens = grouping.group(tokens, sentence, from + s);
      out.add(new Sentence(new Span(from + s, from + e), sentence, tokens));
    }
  }

  private static List<Token> tokens(String sentence, int offset, BreakIterator words) {
    List<Token> out = new ArrayList<>();
    words.setText(sentence);
    int start = words.first();
    for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
      String w = sentence.substring(start, end);
      if (w.isBlank()) continue;
      out.add(new Token(new Span(offset + start, offset + end), w));
    }
    return out;
  }

  private static BreakIterator[] create(String lang) {
    ULocale sentenceLocale = new ULocale(lang + "@ss=standard");
    ULocale wordLocale = new ULocale(lang);
    return new BreakIterator[] {
      BreakIterator.getSentenceInstance(sentenceLocale), BreakIterator.getWordInstance(wordLocale)
    };
  }

  @Override
  public String toString() {
    return "IcuSegmenter" + (config.groupWords() ? "" : "[syllables]");
  }
}
