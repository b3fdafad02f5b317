package amity.time;

import amity.lexicon.Resources;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One language's date patterns, month and weekday names, and relative day words, read from
 * {@code amity/lang/<tag>/dates.tsv}, {@code months.tsv}, {@code weekdays.tsv},
 * {@code relative.tsv} and {@code directions.tsv} (the words saying which month or weekday of that
 * name, as a {@link Direction}). Immutable.
 */
final class DatePatterns {
  record Rule(String kind, Pattern pattern) {}

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
  final Map<String, Integer> relative;
  /** Lower-case word → which day or month of that name it means. */
  final Map<String, Direction> directions;

  private DatePatterns(
      String lang,
      List<Rule> rules,
      Map<String, Integer> months,
      Map<String, Integer> weekdays,
      Map<String, Integer> relative,
      Map<String, Direction> directions) {
    this.lang = lang;
    this.rules = rules;
    this.months = months;
    this.weekdays = weekdays;
    this.relative = relative;
    this.directions = directions;
  }

  /** {@return what a direction word means, or null when it is none} */
  @org.jspecify.annotations.Nullable Direction direction(String word) {
    return directions.get(word.strip().toLowerCase(Locale.ROOT));
  }

  static DatePatterns load(String lang) {
    String dir = "amity/lang/" + lang + "/";
    Map<String, Integer> months = numbers(dir + "months.tsv");
    Map<String, Integer> weekdays = numbers(dir + "weekdays.tsv");
    Map<String, Integer> relative = numbers(dir + "relative.tsv");
    List<Rule> rules = new ArrayList<>();
    for (String[] row : Resources.tsv(dir + "dates.tsv", 2)) {
      String regex =
          row[1]
              .replace("{MONTH}", alternation(months))
              .replace("{WEEKDAY}", alternation(weekdays))
              .replace("{REL}", alternation(relative));
      int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
      rules.add(new Rule(row[0], Pattern.compile(Fold.placeTones(regex), flags)));
    }
    Map<String, Direction> directions = new HashMap<>();
    for (String[] row : Resources.tsv(dir + "directions.tsv", 2)) {
      Direction d;
      try {
        d = Direction.valueOf(row[1].toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(dir + "directions.tsv: not a direction: " + row[1] + " (expected one of " + Arrays.toString(Direction.values()).toLowerCase(Locale.ROOT) + ")");
      }
      directions.put(Fold.placeTones(row[0].toLowerCase(Locale.ROOT)), d);
    }
    return new DatePatterns(lang, List.copyOf(rules), months, weekdays, relative, Map.copyOf(directions));
  }

  private static Map<String, Integer> numbers(String path) {
    Map<String, Integer> m = new HashMap<>();
    for (String[] row : Resources.tsv(path, 2)) {
      m.put(Fold.placeTones(row[0].toLowerCase(Locale.ROOT)), Integer.parseInt(row[1]));
    }
    return Map.copyOf(m);
  }

  /** Longest names first, so "tháng Mười Một" wins over "tháng Mười". */
  private static String alternation(Map<String, Integer> names) {
    if (names.isEmpty()) return "(?!)";
    return names.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
