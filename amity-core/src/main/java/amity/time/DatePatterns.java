package amity.time;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's date patterns, month and weekday names, and relative time words, read from
 * {@code amity/lang/<tag>/dates.tsv}, {@code months.tsv}, {@code weekdays.tsv},
 * {@code relative.tsv} (each word with a {@link Relative}) and {@code directions.tsv} (the words
 * saying which month or weekday of that name, as a {@link Direction}). Rows of {@code dates.tsv}
 * of kind {@code join} are not dates but what may stand between two dates that make one span
 * ("ayer y el pasado sábado"). Immutable.
 */
final class DatePatterns {
  /**
   * A date rule: its kind, its pattern, and the characters a match of it can start with (null when
   * not known; {@link FirstChars}), and whether a match only starts at a word's start ({@link
   * FirstChars#wordStart}), and the chars its second can be ({@link FirstChars#second}: the set's
   * {@link java.util.BitSet#toLongArray} words, null when not known).
   */
  record Rule(String kind, Pattern pattern, java.util.@org.jspecify.annotations.Nullable BitSet first, boolean wordStart,
      long @org.jspecify.annotations.Nullable [] second) {
    Rule(String kind, Pattern pattern, java.util.@org.jspecify.annotations.Nullable BitSet first, boolean wordStart) {
      this(kind, pattern, first, wordStart, secondOf(pattern));
    }

    private static long @org.jspecify.annotations.Nullable [] secondOf(Pattern pattern) {
      java.util.BitSet second = FirstChars.second(pattern.pattern());
      return second == null ? null : second.toLongArray();
    }

    /** {@return whether a match can have {@code c} for its second char} */
    boolean secondMayBe(char c) {
      int w = c >>> 6;
      return second == null || w < second.length && (second[w] & 1L << c) != 0;
    }
  }

  /** What a relative time word means. */
  enum Unit { DAY, WEEK, WEEKEND, MONTH, YEAR, NUMBER, UNIT }

  /**
   * A relative time word of {@code relative.tsv}: a day or span of days from the anchor
   * ({@code -1}, {@code -1..0}), a calendar week, month or year counted from the anchor's
   * ({@code week:-1}, {@code month:0}, {@code year:1}), a weekend ({@code weekend:-1} the latest
   * one, today's if today is in one: "at the weekend"; {@code weekend:0} that of the anchor's week:
   * "this weekend"), a number word ({@code num:2}) or a unit
   * word ({@code unit:month}) for "two months ago".
   *
   * @param unit what it counts
   * @param from the offset, or the number a number word stands for, or the first of a span of days
   * @param to the last day of a span of days (equal to {@code from} otherwise)
   * @param counted for {@link Unit#UNIT}, the unit the word names
   */
  record Relative(Unit unit, int from, int to, Unit counted) {
    static Relative parse(String value, String where) {
      String v = value.strip();
      try {
        int colon = v.indexOf(':');
        if (colon < 0) {
          int dots = v.indexOf("..");
          if (dots < 0) return new Relative(Unit.DAY, Integer.parseInt(v), Integer.parseInt(v), Unit.DAY);
          return new Relative(Unit.DAY, Integer.parseInt(v.substring(0, dots)), Integer.parseInt(v.substring(dots + 2)), Unit.DAY);
        }
        String kind = v.substring(0, colon);
        String arg = v.substring(colon + 1).replace("+", "");
        return switch (kind) {
          case "week" -> new Relative(Unit.WEEK, Integer.parseInt(arg), Integer.parseInt(arg), Unit.WEEK);
          case "weekend" -> new Relative(Unit.WEEKEND, Integer.parseInt(arg), Integer.parseInt(arg), Unit.WEEKEND);
          case "month" -> new Relative(Unit.MONTH, Integer.parseInt(arg), Integer.parseInt(arg), Unit.MONTH);
          case "year" -> new Relative(Unit.YEAR, Integer.parseInt(arg), Integer.parseInt(arg), Unit.YEAR);
          case "num" -> new Relative(Unit.NUMBER, Integer.parseInt(arg), Integer.parseInt(arg), Unit.NUMBER);
          case "unit" -> new Relative(Unit.UNIT, 0, 0, Unit.valueOf(arg.toUpperCase(Locale.ROOT)));
          default -> throw new IllegalArgumentException(kind);
        };
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(where + ": not a relative time: " + value
            + " (expected N, N..M, week:N, weekend:-1|0, month:N, year:N, num:N or unit:day|week|month|year)");
      }
    }

    /** {@return whether the word is a time of its own, not a number or unit of "two months ago"} */
    boolean isTime() {
      return unit != Unit.NUMBER && unit != Unit.UNIT;
    }
  }

  /**
   * Which day or month of a name a word means: the nearest one this side, ahead of or behind the
   * anchor ("this", "next", "last"), that weekday of this, the next or the last calendar week
   * ("本周二", "thứ Ba tuần trước"), or that month of this, the next or the last year ("明年10月").
   */
  enum Direction {
    THIS, NEXT, LAST, THIS_WEEK, NEXT_WEEK, LAST_WEEK, THIS_YEAR, NEXT_YEAR, LAST_YEAR;

    boolean isThis() {
      return this == THIS || this == THIS_WEEK || this == THIS_YEAR;
    }

    boolean ofWeek() {
      return this == THIS_WEEK || this == NEXT_WEEK || this == LAST_WEEK;
    }
  }

  final String lang;
  final List<Rule> rules;
  final Map<String, Integer> months;
  final Map<String, Integer> weekdays;
  /** Lower-case word → what it means: a relative time, a number word or a unit word. */
  final Map<String, Relative> relative;
  /** Lower-case word → which day or month of that name it means. */
  final Map<String, Direction> directions;
  /** What may stand between two dates that make one span. */
  final List<Pattern> joins;
  /** The rows that are not dates but say where a date's reach ends, by kind ({@link DateScope}). */
  final Map<String, List<Pattern>> scopes;

  private DatePatterns(
      String lang,
      List<Rule> rules,
      Map<String, Integer> months,
      Map<String, Integer> weekdays,
      Map<String, Relative> relative,
      Map<String, Direction> directions,
      List<Pattern> joins,
      Map<String, List<Pattern>> scopes) {
    this.lang = lang;
    this.rules = rules;
    this.months = months;
    this.weekdays = weekdays;
    this.relative = relative;
    this.directions = directions;
    this.joins = joins;
    this.scopes = scopes;
    for (int r = 0; r < rules.size(); r++) {
      java.util.BitSet first = rules.get(r).first();
      if (first == null) continue;
      for (int ch = first.nextSetBit(0); ch >= 0; ch = first.nextSetBit(ch + 1)) {
        int[][] page = starting[ch >>> 8];
        if (page == null) page = starting[ch >>> 8] = new int[256][];
        int[] had = page[ch & 0xFF];
        int[] now = had == null ? new int[1] : java.util.Arrays.copyOf(had, had.length + 1);
        now[now.length - 1] = r;
        page[ch & 0xFF] = now;
      }
    }
  }

  /**
   * The rules with known first characters by the char a match can start with, in rule order: a
   * page of 256 chars each (null where no rule starts with one of them).
   */
  private final int[][][] starting = new int[256][][];

  /**
   * {@return the indexes in {@link #rules}, ascending, of the rules a match of which can start with
   * {@code c} ({@link Rule#first}), or null when there are none} Rules without a known set are not
   * among them.
   */
  int @org.jspecify.annotations.Nullable [] startingWith(char c) {
    int[][] page = starting[c >>> 8];
    return page == null ? null : page[c & 0xFF];
  }

  /** {@return what a relative word means, or null} */
  @org.jspecify.annotations.Nullable Relative relative(String word) {
    return relative.get(Fold.placeTones(word.strip().toLowerCase(Locale.ROOT)));
  }

  /** {@return what a direction word means, or null when it is none} */
  @org.jspecify.annotations.Nullable Direction direction(String word) {
    return directions.get(word.strip().toLowerCase(Locale.ROOT));
  }

  /** {@return the patterns of a pack, built once a pack, or empty when it has no dates.tsv} */
  static Optional<DatePatterns> of(LanguagePack pack) {
    if (!pack.has(PackFile.DATES)) return Optional.empty();
    return Optional.of(pack.<DatePatterns>derived(DatePatterns.class, DatePatterns::load));
  }

  private static DatePatterns load(LanguagePack pack) {
    String lang = pack.tag();
    Map<String, Integer> months = numbers(pack, PackFile.MONTHS);
    Map<String, Integer> weekdays = numbers(pack, PackFile.WEEKDAYS);
    Map<String, Relative> relative = new HashMap<>();
    for (String[] row : pack.rows(PackFile.RELATIVE)) {
      relative.put(Fold.placeTones(row[0].toLowerCase(Locale.ROOT)), Relative.parse(row[1], pack.path(PackFile.RELATIVE)));
    }
    List<Rule> rules = new ArrayList<>();
    List<Pattern> joins = new ArrayList<>();
    Map<String, List<Pattern>> scopes = new HashMap<>();
    for (String[] row : pack.rows(PackFile.DATES)) {
      String regex =
          row[1]
              .replace("{MONTH}", alternation(months))
              .replace("{WEEKDAY}", alternation(weekdays))
              .replace("{REL}", alternation(words(relative, Unit.DAY, Unit.WEEK, Unit.WEEKEND, Unit.MONTH, Unit.YEAR)))
              .replace("{NUM}", alternation(words(relative, Unit.NUMBER)))
              .replace("{UNIT}", alternation(words(relative, Unit.UNIT)));
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      Pattern pattern = Pattern.compile(Fold.placeTones(regex), flags);
      if (row[0].equals("join")) {
        joins.add(pattern);
      } else if (DateScope.KINDS.contains(row[0])) {
        scopes.computeIfAbsent(row[0], k -> new ArrayList<>()).add(pattern);
      } else {
        java.util.BitSet first = FirstChars.of(pattern.pattern());
        rules.add(new Rule(row[0], pattern, first, first != null && FirstChars.wordStart(pattern.pattern(), first)));
      }
    }
    Map<String, Direction> directions = new HashMap<>();
    for (String[] row : pack.rows(PackFile.DIRECTIONS)) {
      Direction d;
      try {
        d = Direction.valueOf(row[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(pack.path(PackFile.DIRECTIONS) + ": not a direction: " + row[1] + " (expected one of " + Arrays.toString(Direction.values()).toLowerCase(Locale.ROOT) + ")");
      }
      directions.put(Fold.placeTones(row[0].toLowerCase(Locale.ROOT)), d);
    }
    return new DatePatterns(lang, List.copyOf(rules), months, weekdays, Map.copyOf(relative), Map.copyOf(directions),
        List.copyOf(joins), Map.copyOf(scopes));
  }

  private static Map<String, Integer> words(Map<String, Relative> relative, Unit... units) {
    List<Unit> wanted = List.of(units);
    Map<String, Integer> out = new HashMap<>();
    relative.forEach((w, r) -> {
      if (wanted.contains(r.unit())) out.put(w, r.from());
    });
    return out;
  }

  private static Map<String, Integer> numbers(LanguagePack pack, PackFile file) {
    Map<String, Integer> m = new HashMap<>();
    for (String[] row : pack.rows(file)) {
      m.put(Fold.placeTones(row[0].toLowerCase(Locale.ROOT)), Integer.parseInt(row[1]));
    }
    return Map.copyOf(m);
  }

  /**
   * Longest names first, so "tháng Mười Một" wins over "tháng Mười". The names' first letters go
   * before them as a lookahead: the same matches, but a position where no name can start is left
   * at one character class instead of a try of every name (the relative words of a language are
   * dozens, tried at every word of a text).
   */
  private static String alternation(Map<String, ?> names) {
    if (names.isEmpty()) return "(?!)";
    String alternatives = names.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
    if (names.keySet().stream().anyMatch(String::isEmpty)) return alternatives;
    // As the whole regex has its tones placed (load), so have the first letters here.
    String firsts = names.keySet().stream()
        .map(n -> Fold.placeTones(n).codePointAt(0))
        .distinct()
        .sorted()
        .map(c -> "\\x{" + Integer.toHexString(c) + "}")
        .collect(Collectors.joining());
    return "(?:(?=[" + firsts + "])" + alternatives + ")";
  }
}
