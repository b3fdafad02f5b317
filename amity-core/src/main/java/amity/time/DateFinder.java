package amity.time;

import amity.lang.LanguagePacks;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Span;
import amity.text.Fold;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Finds date expressions in a text and resolves them against an anchor, usually the publication
 * date.
 *
 * <p>Precision is kept honest: a day and month without a year and without an anchor year is
 * returned as {@code --MM-DD}; a weekday without a full anchor date is not resolved at all. A day
 * and month next to an anchor take the year that puts them closest to it, leaning to the past,
 * as news reports mostly do.
 *
 * <pre>{@code
 * DateFinder finder = new DateFinder();
 * List<DateMention> ds = finder.find("Chiều 7/11, Chủ tịch nước …", "vi", null);
 * ds.get(0).range().start().iso(); // "--11-07"
 * }</pre>
 *
 * <p>Thread-safe: patterns are loaded once per language and immutable.
 */
public final class DateFinder {
  private final LanguagePacks packs;
  /** Whether a rule is tried only where its first characters stand ({@link FirstChars}). */
  private final boolean skip;

  /** A finder of dates in the languages of the bundled packs. */
  public DateFinder() {
    this(LanguagePacks.bundled());
  }

  /** A finder of dates in the languages of {@code packs} (those with a {@code dates.tsv}). */
  public DateFinder(LanguagePacks packs) {
    this(packs, true);
  }

  /**
   * A finder that, with {@code skip} false, runs every rule with {@link Matcher#find()} at every
   * position: the plain way, kept as the reference the faster one is checked against.
   */
  DateFinder(LanguagePacks packs, boolean skip) {
    this.packs = packs;
    this.skip = skip;
  }

  /**
   * {@return date expressions in {@code text}, in order, without overlaps}
   *
   * @param lang the text's language; languages without a {@code dates.tsv} give no dates
   * @param anchor the date relative expressions count from, or null
   */
  public List<DateMention> find(String text, String lang, @Nullable DateValue anchor) {
    return find(text, lang, anchor, false);
  }

  /**
   * As {@link #find(String, String, DateValue)}; an approximate anchor (the newest date of a
   * related list, which the page may follow by a few days) resolves a weekday to the nearest one
   * either side of it rather than the last one before it.
   */
  public List<DateMention> find(String text, String lang, @Nullable DateValue anchor, boolean approximate) {
    Optional<DatePatterns> p = packs.get(lang).flatMap(DatePatterns::of);
    if (p.isEmpty()) return List.of();
    // Tones placed one way keep the length; numerals map back to the original offsets.
    Numerals.Converted c = Numerals.convert(Fold.placeTones(text));
    String t = c.text();
    List<DatePatterns.Rule> rules = p.get().rules;
    // Each rule's matches in order, as Matcher.find() would give them; listed rule by rule, the
    // order ties are kept in below.
    @SuppressWarnings("unchecked")
    List<Candidate>[] byRule = new List[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      DatePatterns.Rule rule = rules.get(r);
      byRule[r] = new ArrayList<>();
      if (skip && rule.first() != null) continue;
      Matcher m = rule.pattern().matcher(t);
      while (m.find()) add(byRule[r], rule, m, c, p.get(), anchor, approximate);
    }
    if (skip) startsOnce(t, c, p.get(), anchor, approximate, byRule);
    List<Candidate> all = new ArrayList<>();
    for (List<Candidate> l : byRule) all.addAll(l);
    // Longest match first at each start; then drop anything overlapping a kept match.
    all.sort(
        Comparator.comparingInt((Candidate d) -> -d.span.length())
            .thenComparingInt(d -> d.span.start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate d : all) {
      if (kept.stream().noneMatch(k -> k.span.overlaps(d.span))) kept.add(d);
    }
    kept.sort(Comparator.comparing((Candidate d) -> d.span));
    // "Cùng ngày", "当天" take their day from the day that opened a paragraph before them
    // ("Chiều 15/4, …"), not from a span ("từ ngày 14-16/4", "(2/12/1960 - 2/12/2025)") nor from a
    // day named in passing later in that paragraph. "次日", "the day before" count from the last
    // day named; "26日" takes the month last named.
    List<DateMention> out = new ArrayList<>();
    Context at = new Context(anchor);
    int paragraph = -2; // no paragraph yet (-1 is the first one)
    for (Candidate d : kept) {
      DateRange r = d.range != null ? d.range : inContext(d, at);
      if (r == null) continue;
      out.add(new DateMention(d.span, d.kind, r));
      int para = text.lastIndexOf('\n', Math.max(0, d.span.start() - 1));
      boolean opens = para != paragraph;
      paragraph = para;
      if (opens && r.start().day() != null && r.end() == null) at.paragraphDay = r.start();
      DateValue last = r.end() != null ? r.end() : r.start();
      if (last.day() != null) at.lastDay = last;
      boolean near = anchor == null || anchor.year() == null || last.year() == null || Math.abs(last.year() - anchor.year()) <= 1;
      if (last.month() != null && near) at.lastMonth = last;
    }
    return joined(text, out, p.get());
  }

  /**
   * Tries the rules with known first characters ({@link DatePatterns#startingWith}) in one pass
   * over the text: at each position only the rules a match of which can start with its char, each
   * from the end of its last match on, as {@link FirstChars#next} would try them one rule at a
   * time: a rule's matches do not depend on the others', so they come out the same, and the text
   * is read once instead of once a rule.
   */
  private static void startsOnce(String t, Numerals.Converted c, DatePatterns p, @Nullable DateValue anchor, boolean approximate,
      List<Candidate>[] byRule) {
    char[] chars = t.toCharArray();
    int n = chars.length;
    Matcher[] matchers = new Matcher[byRule.length];
    int[] from = new int[byRule.length];
    for (int i = 0; i < n; i++) {
      int[] starting = p.startingWith(chars[i]);
      if (starting == null) continue;
      boolean afterWord = i > 0 && FirstChars.isWord(chars[i - 1]);
      for (int r : starting) {
        if (i < from[r]) continue;
        DatePatterns.Rule rule = p.rules.get(r);
        // A rule opening with \b on a word char cannot start right after a word char.
        if (afterWord && rule.wordStart()) continue;
        // Nor where the next char cannot be a match's second (every match has one when known).
        if (rule.second() != null && (i + 1 == n || !rule.secondMayBe(chars[i + 1]))) continue;
        Matcher m = matchers[r];
        if (m == null) {
          // Each position as find() would try it: the bounds are transparent (lookbehinds and \b
          // see the text before) and not anchoring.
          m = matchers[r] = rule.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i, n);
        if (!m.lookingAt()) continue;
        from[r] = m.end();
        add(byRule[r], rule, m, c, p, anchor, approximate);
      }
    }
  }

  /** Adds the match {@code m} of {@code rule}, when it is a date, to {@code out}. */
  private static void add(List<Candidate> out, DatePatterns.Rule rule, Matcher m, Numerals.Converted c, DatePatterns p,
      @Nullable DateValue anchor, boolean approximate) {
    if (m.end() == m.start()) return;
    Span span = new Span(c.toOriginal(m.start()), c.toOriginal(m.end()));
    if (rule.kind().equals("days_before") || rule.kind().equals("days_after")) {
      // "five days earlier", "two days later": so many days from the day named last.
      Integer days = count(m, p);
      if (days != null) out.add(new Candidate(span, rule.kind(), null, days, null));
    } else if (CONTEXTUAL.contains(rule.kind())) {
      out.add(new Candidate(span, rule.kind(), null, integer(m, "d"), integer(m, "d2")));
    } else {
      String kind = rule.kind().equals("monthname") && p.direction(group(m, "dir")) == null
          ? MONTH_NEAR
          : rule.kind().equals(PART) && group(m, "y").isEmpty() && group(m, "rel").isEmpty() && group(m, "dir").isEmpty()
              ? PART_NEAR
          : rule.kind().equals("relative") && isThisWeek(p.relative(group(m, "rel")))
              ? THIS_WEEK
              : rule.kind();
      resolve(kind, m, p, anchor, approximate).ifPresent(r -> out.add(new Candidate(span, kind, r, null, null)));
    }
  }

  /**
   * Two dates with only "and" between them ("ayer y el pasado sábado", "9月29日和30日") are one
   * span, from the earlier to the later; a weekday with a date in parentheses after it ("thứ Bảy
   * (24/4)") is that date.
   */
  private static List<DateMention> joined(String text, List<DateMention> ds, DatePatterns p) {
    if (ds.size() < 2) return List.copyOf(ds);
    List<DateMention> out = new ArrayList<>();
    for (DateMention d : ds) {
      DateMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
      // "thứ Bảy (24/4)", "on Saturday (April 24)": the date in parentheses says which weekday.
      if (prev != null && prev.kind().equals("weekday") && !d.kind().equals("weekday") && d.isDay()
          && text.substring(prev.span().end(), d.span().start()).matches("\\s*[(（]\\s*")) {
        int close = d.span().end();
        while (close < text.length() && Character.isWhitespace(text.charAt(close))) close++;
        int end = close < text.length() && (text.charAt(close) == ')' || text.charAt(close) == '）') ? close + 1 : d.span().end();
        out.set(out.size() - 1, new DateMention(new Span(prev.span().start(), end), d.kind(), d.range()));
        continue;
      }
      // "el 31 de mayo o el 1 de junio", "on Monday or Tuesday": dates offered as alternatives
      // tell no one time; neither is kept.
      if (prev != null && either(p, text.substring(prev.span().end(), d.span().start()))) {
        out.remove(out.size() - 1);
        continue;
      }
      if (prev != null && prev.isDay() && d.isDay() && joins(p, text.substring(prev.span().end(), d.span().start()))) {
        DateValue a = prev.range().start();
        DateValue b = d.range().end() != null ? d.range().end() : d.range().start();
        DateValue a2 = prev.range().end() != null ? prev.range().end() : a;
        DateValue b1 = d.range().start();
        if ((a.year() == null) == (b.year() == null) && b.day() != null) {
          DateValue start = a.sortKey().compareTo(b1.sortKey()) <= 0 ? a : b1;
          DateValue end = a2.sortKey().compareTo(b.sortKey()) >= 0 ? a2 : b;
          DateRange r = start.equals(end) ? DateRange.of(start) : new DateRange(start, end);
          out.set(out.size() - 1, new DateMention(new Span(prev.span().start(), d.span().end()), "range", r));
          continue;
        }
      }
      out.add(d);
    }
    return List.copyOf(out);
  }

  private static boolean either(DatePatterns p, String gap) {
    String g = Fold.placeTones(gap);
    for (java.util.regex.Pattern j : p.scopes.getOrDefault(DateScope.EITHER, List.of())) if (j.matcher(g).matches()) return true;
    return false;
  }

  private static boolean joins(DatePatterns p, String gap) {
    String g = Fold.placeTones(gap);
    for (java.util.regex.Pattern j : p.joins) if (j.matcher(g).matches()) return true;
    return false;
  }

  /** What contextual expressions count from while a text is read. */
  private static final class Context {
    final @Nullable DateValue anchor;
    /** The day that opened the current or an earlier paragraph (or the anchor's). */
    @Nullable DateValue paragraphDay;
    /** The last day named. */
    @Nullable DateValue lastDay;
    /** The last date named with a month, near the anchor's year. */
    @Nullable DateValue lastMonth;

    Context(@Nullable DateValue anchor) {
      this.anchor = anchor;
      this.paragraphDay = anchor != null && anchor.day() != null ? anchor : null;
    }
  }

  /**
   * A month named with no word for which one ("in November", "vào tháng 11", "11月"): the one
   * nearest the anchor, as the extractor may correct by tense (a planned event lies ahead).
   */
  public static final String MONTH_NEAR = "month_near";

  /**
   * "This week" ("esta semana", "本周", "tuần này"): from its Monday to the anchor, as reports
   * look back; the extractor takes the whole week for a planned event.
   */
  public static final String THIS_WEEK = "this_week";

  /**
   * A part of a month, the days the text gives ("the first half of September", "la segunda
   * quincena de junio", "6月下旬", "thượng tuần tháng 5"): its month named with a year, or counted
   * from the anchor ({@code rel}: "本月上旬", "the first half of next month"). Which part is the
   * named group that matched: {@code h1} days 1–15, {@code h2} 16 to the month's end, {@code t1}
   * 1–10, {@code t2} 11–20, {@code t3} 21 to the end.
   */
  public static final String PART = "part";

  /** A {@link #PART} of a month named without its year: of the month nearest the anchor, as {@link #MONTH_NEAR}. */
  public static final String PART_NEAR = "part_near";

  /** The first and last day of each part of a month (a last day of 31 is the month's end). */
  private static final java.util.Map<String, int[]> PARTS =
      java.util.Map.of("h1", new int[] {1, 15}, "h2", new int[] {16, 31}, "t1", new int[] {1, 10}, "t2", new int[] {11, 20}, "t3", new int[] {21, 31});

  /** {@return the days of a {@link #PART} of a month; nothing without a year the text or the anchor gives} */
  private static Optional<DateRange> part(Matcher m, DatePatterns p, @Nullable DateValue anchor) {
    int[] days = null;
    for (var e : PARTS.entrySet()) if (!group(m, e.getKey()).isEmpty()) days = e.getValue();
    if (days == null) return Optional.empty();
    Integer y;
    Integer mo;
    String rel = group(m, "rel");
    if (!rel.isEmpty()) {
      DatePatterns.Relative r = p.relative(rel);
      if (r == null || r.unit() != DatePatterns.Unit.MONTH) return Optional.empty();
      Optional<DateRange> month = relative(r.unit(), r.from(), r.to(), anchor);
      if (month.isEmpty()) return Optional.empty();
      y = month.get().start().year();
      mo = month.get().start().month();
    } else {
      mo = month(m, p, "m", "mon");
      if (mo == null) return Optional.empty();
      Integer named = integer(m, "y");
      DatePatterns.Direction dir = p.direction(group(m, "dir"));
      if (named != null) {
        y = named;
      } else if (anchor == null || anchor.year() == null) {
        y = null;
      } else if (dir == null) {
        y = nearestYear(mo, anchor);
      } else {
        // "今年5月中旬", "去年12月下旬": the year the word says.
        y = anchor.year() + (dir == DatePatterns.Direction.NEXT_YEAR ? 1 : dir == DatePatterns.Direction.LAST_YEAR ? -1 : 0);
      }
    }
    if (y == null || mo == null) return Optional.empty();
    int last = java.time.YearMonth.of(y, mo).lengthOfMonth();
    return Optional.of(new DateRange(new DateValue(y, mo, days[0]), new DateValue(y, mo, Math.min(days[1], last))));
  }

  /**
   * A day (or days) of a month counted from the anchor: "el 31 de este mes",
   * "del 25 al 28 del próximo mes", "el día 12 del corriente" ({@code rel} a month word of {@code
   * relative.tsv}; {@code cur} a word for the anchor's own month). None without an anchor month.
   */
  public static final String REL_DAY = "rel_day";

  private static Optional<DateRange> relativeMonthDay(Matcher m, DatePatterns p, @Nullable DateValue anchor) {
    Integer d = integer(m, "d");
    if (d == null || anchor == null || anchor.year() == null || anchor.month() == null) return Optional.empty();
    int from = 0;
    if (group(m, "cur").isEmpty()) {
      DatePatterns.Relative r = p.relative(group(m, "rel"));
      if (r == null || r.unit() != DatePatterns.Unit.MONTH) return Optional.empty();
      from = r.from();
    }
    int months = anchor.year() * 12 + anchor.month() - 1 + from;
    int y = Math.floorDiv(months, 12);
    int mo = Math.floorMod(months, 12) + 1;
    DateValue start = day(y, mo, d);
    if (start == null) return Optional.empty();
    Integer d2 = integer(m, "d2");
    if (d2 == null) return Optional.of(DateRange.of(start));
    DateValue end = day(y, mo, d2);
    return end == null || d2 <= d ? Optional.empty() : Optional.of(new DateRange(start, end));
  }

  /** Kinds resolved from the date before them rather than on their own. */
  private static final java.util.Set<String> CONTEXTUAL =
      java.util.Set.of("same_day", "day", "day_range", "next_day", "day_before", "days_before", "days_after");

  private static boolean isThisWeek(DatePatterns.@Nullable Relative r) {
    return r != null && r.unit() == DatePatterns.Unit.WEEK && r.from() == 0;
  }

  /** A match while overlaps are sorted out. */
  private record Candidate(Span span, String kind, @Nullable DateRange range, @Nullable Integer d, @Nullable Integer d2) {}

  /**
   * {@code same_day} is the day that opened a paragraph before it (or the anchor); {@code
   * next_day} and {@code day_before} the day after or before the last day named; {@code day} and
   * {@code day_range} are days of the month last named (the next month when the day is smaller
   * than the day named with it), or of the anchor's month when the day has come by then, else of
   * the month before.
   */
  private static @Nullable DateRange inContext(Candidate c, Context at) {
    DateValue anchor = at.anchor;
    if (c.kind.equals("same_day")) return at.paragraphDay == null ? null : DateRange.of(at.paragraphDay);
    if (c.kind.equals("next_day") || c.kind.equals("day_before")) {
      return at.lastDay == null ? null : DateRange.of(plusDays(at.lastDay, c.kind.equals("next_day") ? 1 : -1));
    }
    if (c.kind.equals("days_before") || c.kind.equals("days_after")) {
      if (at.lastDay == null || c.d == null) return null;
      return DateRange.of(plusDays(at.lastDay, c.kind.equals("days_after") ? c.d : -c.d));
    }
    if (c.d == null) return null;
    DateValue context = at.lastMonth;
    DateValue base = context != null ? context : anchor;
    if (base == null || base.month() == null) return null;
    Integer year = base.year();
    int month = base.month();
    boolean fromAnchor = context == null || context.equals(anchor);
    if (fromAnchor && base.day() != null && c.d > base.day()) {
      // Reports look back: a day the publication date has not reached is last month's.
      month--;
      if (month == 0) {
        month = 12;
        year = year == null ? null : year - 1;
      }
    } else if (!fromAnchor && base.day() != null && base.day() >= 20 && c.d <= 10) {
      // A story tells on: "5月30日抵达…2日至3日" runs into the next month.
      month++;
      if (month == 13) {
        month = 1;
        year = year == null ? null : year + 1;
      }
    }
    DateValue start = day(year, month, c.d);
    if (start == null) return null;
    if (c.d2 == null) return DateRange.of(start);
    DateValue end = day(year, month, c.d2);
    return end == null || c.d2 < c.d ? null : new DateRange(start, end);
  }

  /** {@return a day moved by {@code n} days; a day without year is moved in a leap year} */
  public static DateValue plusDays(DateValue day, int n) {
    if (day.isFullDate()) return DateValue.of(day.toLocalDate().orElseThrow().plusDays(n));
    LocalDate d = LocalDate.of(2000, day.month(), day.day()).plusDays(n);
    return DateValue.ofMonthDay(d.getMonthValue(), d.getDayOfMonth());
  }

  private static @Nullable DateValue day(@Nullable Integer year, int month, int d) {
    if (!DateValue.isPossible(year, month, d)) return null;
    return year == null ? DateValue.ofMonthDay(month, d) : new DateValue(year, month, d);
  }

  private static Optional<DateRange> resolve(
      String kind, Matcher m, DatePatterns p, @Nullable DateValue anchor, boolean approximate) {
    switch (kind) {
      case "weekday":
        return weekday(m, p, anchor, approximate).map(DateRange::of);
      case "relative", THIS_WEEK:
        {
          DatePatterns.Relative rel = p.relative(group(m, "rel"));
          if (rel == null || !rel.isTime()) return Optional.empty();
          return relative(rel.unit(), rel.from(), rel.to(), anchor);
        }
      case "ago", "later":
        {
          // "two months ago", "hace dos meses", "两天前", "3 ngày trước"; "in two days", "两天后".
          DatePatterns.Relative unit = p.relative(group(m, "unit"));
          Integer n = count(m, p);
          if (n == null || n > 100 || unit == null || unit.unit() != DatePatterns.Unit.UNIT) return Optional.empty();
          int off = kind.equals("ago") ? -n : n;
          return relative(unit.counted(), off, off, anchor);
        }
      case "year":
        return Optional.of(DateRange.of(DateValue.ofYear(Integer.parseInt(group(m, "y")))));
      case MONTH_NEAR:
        {
          Integer mo = month(m, p, "m", "mon");
          if (mo == null || anchor == null || anchor.year() == null) return Optional.empty();
          return Optional.of(DateRange.of(DateValue.ofMonth(nearestYear(mo, anchor), mo)));
        }
      case "monthname":
        {
          // "this October", "tháng 9 tới", "今年10月": a month of the anchor's year, or the next or
          // last such month when the words say so; nothing without an anchor year.
          Integer mo = month(m, p, "m", "mon");
          if (mo == null || anchor == null || anchor.year() == null) return Optional.empty();
          DatePatterns.Direction dir = p.direction(group(m, "dir"));
          int y = anchor.year();
          int am = anchor.month() == null ? mo : anchor.month();
          if (dir == DatePatterns.Direction.NEXT_YEAR || dir == DatePatterns.Direction.NEXT && mo < am) y++;
          if (dir == DatePatterns.Direction.LAST_YEAR || dir == DatePatterns.Direction.LAST && mo > am) y--;
          return Optional.of(DateRange.of(DateValue.ofMonth(y, mo)));
        }
      case PART, PART_NEAR:
        return part(m, p, anchor);
      case REL_DAY:
        return relativeMonthDay(m, p, anchor);
      case "month":
        {
          Integer mo = month(m, p, "m", "mon");
          if (mo == null) return Optional.empty();
          return Optional.of(DateRange.of(DateValue.ofMonth(Integer.parseInt(group(m, "y")), mo)));
        }
      default:
        return dayOrRange(m, p, anchor);
    }
  }

  /**
   * A time counted from the anchor: days ({@code from..to}), the calendar week {@code from} weeks
   * away (Monday to Sunday; this week from its Monday to the anchor), or the month or year.
   */
  private static Optional<DateRange> relative(DatePatterns.Unit unit, int from, int to, @Nullable DateValue anchor) {
    if (anchor == null) return Optional.empty();
    switch (unit) {
      case DAY -> {
        // "新华社北京5月12日电 … 今天": a day and month without a knowable year counts as one (--05-12).
        if (anchor.year() == null && anchor.month() != null && anchor.day() != null) {
          DateValue start = plusDays(anchor, from);
          return Optional.of(from == to ? DateRange.of(start) : new DateRange(start, plusDays(anchor, to)));
        }
        if (!anchor.isFullDate()) return Optional.empty();
        LocalDate a = anchor.toLocalDate().orElseThrow();
        DateValue start = DateValue.of(a.plusDays(from));
        return Optional.of(from == to ? DateRange.of(start) : new DateRange(start, DateValue.of(a.plusDays(to))));
      }
      case WEEK -> {
        if (!anchor.isFullDate()) return Optional.empty();
        LocalDate a = anchor.toLocalDate().orElseThrow();
        LocalDate monday = a.with(DayOfWeek.MONDAY).plusWeeks(from);
        LocalDate end = from == 0 ? a : monday.plusDays(6);
        return Optional.of(monday.equals(end) ? DateRange.of(DateValue.of(monday)) : new DateRange(DateValue.of(monday), DateValue.of(end)));
      }
      case WEEKEND -> {
        // "at the weekend" in a Monday story is the Saturday and Sunday just past (today's when
        // the story is of a Saturday or Sunday); "this weekend" is that of the story's week.
        if (!anchor.isFullDate() || from > 0) return Optional.empty();
        LocalDate a = anchor.toLocalDate().orElseThrow();
        boolean inOne = a.getDayOfWeek() == DayOfWeek.SATURDAY || a.getDayOfWeek() == DayOfWeek.SUNDAY;
        LocalDate sunday = from == 0 || inOne ? a.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)) : a.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return Optional.of(new DateRange(DateValue.of(sunday.minusDays(1)), DateValue.of(sunday)));
      }
      case MONTH -> {
        if (anchor.year() == null || anchor.month() == null) return Optional.empty();
        int months = anchor.year() * 12 + anchor.month() - 1 + from;
        return Optional.of(DateRange.of(DateValue.ofMonth(Math.floorDiv(months, 12), Math.floorMod(months, 12) + 1)));
      }
      case YEAR -> {
        if (anchor.year() == null) return Optional.empty();
        return Optional.of(DateRange.of(DateValue.ofYear(anchor.year() + from)));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  private static Optional<DateRange> dayOrRange(Matcher m, DatePatterns p, @Nullable DateValue anchor) {
    Integer mo = month(m, p, "m", "mon");
    Integer d = integer(m, "d");
    Integer mo2 = month(m, p, "m2", "mon2");
    // "del 22 al 26 de septiembre", "from 22 to 26 September": one month for both ends.
    if (mo == null) mo = mo2;
    if (mo == null || d == null) return Optional.empty();
    Integer y = integer(m, "y");
    Integer d2 = integer(m, "d2");
    Integer y2 = integer(m, "y2");
    if (d2 != null) {
      // "from August 31 to September 2": the end month may be earlier in the pattern than the year.
      if (mo2 == null) mo2 = mo;
      if (y2 == null) y2 = y;
      if (y == null && y2 != null) y = mo <= mo2 ? y2 : y2 - 1;
      if (y2 != null && y != null && mo2 < mo && y2.equals(y)) y2 = y + 1;
    }
    if (!DateValue.isPossible(y, mo, d)) return Optional.empty();
    if (y == null) y = yearNear(mo, d, anchor);
    DateValue start = dateOrMonthDay(y, mo, d);
    if (start == null) return Optional.empty();
    if (d2 == null) return Optional.of(DateRange.of(start));
    if (!DateValue.isPossible(y2, mo2, d2)) return Optional.empty();
    if (y2 == null && y != null) y2 = mo2 < mo ? y + 1 : y;
    DateValue end = dateOrMonthDay(y2, mo2, d2);
    if (end == null || end.sortKey().compareTo(start.sortKey()) < 0 && y2 != null) {
      return Optional.empty();
    }
    return Optional.of(new DateRange(start, end));
  }

  private static @Nullable DateValue dateOrMonthDay(@Nullable Integer y, int mo, int d) {
    if (!DateValue.isPossible(y, mo, d)) return null;
    return y == null ? DateValue.ofMonthDay(mo, d) : new DateValue(y, mo, d);
  }

  /** {@return the year that puts the month nearest the anchor's month; the anchor's year on a tie} */
  static int nearestYear(int month, DateValue anchor) {
    int y = anchor.year();
    if (anchor.month() == null) return y;
    int diff = month - anchor.month();
    if (diff > 6) return y - 1;
    if (diff < -6) return y + 1;
    return y;
  }

  /** {@return the year that puts month/day nearest the anchor, leaning to the past; null without one} */
  public static @Nullable Integer yearNear(int mo, int d, @Nullable DateValue anchor) {
    if (anchor == null || anchor.year() == null) return null;
    if (!anchor.isFullDate()) {
      return DateValue.isPossible(anchor.year(), mo, d) ? anchor.year() : null;
    }
    LocalDate a = anchor.toLocalDate().get();
    Integer best = null;
    double bestCost = Double.MAX_VALUE;
    for (int y = a.getYear() - 1; y <= a.getYear() + 1; y++) {
      if (!DateValue.isPossible(y, mo, d)) continue;
      long days = ChronoUnit.DAYS.between(a, LocalDate.of(y, mo, d));
      // A date after publication is less likely than one before it: count future days thrice.
      double cost = days > 0 ? days * 3.0 : -days;
      if (cost < bestCost) {
        bestCost = cost;
        best = y;
      }
    }
    return best;
  }

  private static Optional<DateValue> weekday(
      Matcher m, DatePatterns p, @Nullable DateValue anchor, boolean approximate) {
    Integer wd = p.weekdays.get(group(m, "wd").toLowerCase(Locale.ROOT));
    if (wd == null || anchor == null) return Optional.empty();
    boolean said = !(group(m, "dir") + group(m, "dir2")).isBlank();
    DatePatterns.Direction dir = p.direction(group(m, "dir"));
    DatePatterns.Direction dir2 = p.direction(group(m, "dir2"));
    // "tuần trước" after the weekday says more than a word before it
    if (dir == null || dir2 != null && dir2.ofWeek()) dir = dir2;
    if (!anchor.isFullDate()) {
      // "Hanói, 14 may (EFE).- … presentó este miércoles": with only the dateline's day and no
      // year the weekday cannot be checked, but agency copy tells the day it is filed; a weekday
      // said to be another week stays unresolved.
      boolean sameWeek = !said || dir != null && dir.isThis();
      return anchor.year() == null && anchor.day() != null && sameWeek ? Optional.of(anchor) : Optional.empty();
    }
    LocalDate a = anchor.toLocalDate().get();
    DayOfWeek day = DayOfWeek.of(wd);
    // "thứ Ba tuần trước", "上周二": that weekday of the calendar week before (weeks start on Monday).
    if (dir == DatePatterns.Direction.LAST_WEEK) return Optional.of(DateValue.of(a.minusWeeks(1).with(day)));
    if (dir == DatePatterns.Direction.NEXT_WEEK) return Optional.of(DateValue.of(a.plusWeeks(1).with(day)));
    if (dir == DatePatterns.Direction.THIS_WEEK) return Optional.of(DateValue.of(a.with(day)));
    boolean future = dir == DatePatterns.Direction.NEXT;
    boolean past = dir == DatePatterns.Direction.LAST;
    LocalDate before = a.with(TemporalAdjusters.previousOrSame(day));
    LocalDate after = a.with(TemporalAdjusters.nextOrSame(day));
    LocalDate r;
    if (future) {
      r = a.with(TemporalAdjusters.next(day));
    } else if (past) {
      // "last Friday" on a Friday is the week before; "on Friday" that day.
      r = a.with(TemporalAdjusters.previous(day));
    } else if (approximate && !past && ChronoUnit.DAYS.between(a, after) < ChronoUnit.DAYS.between(before, a)) {
      r = after;
    } else {
      r = before;
    }
    return Optional.of(DateValue.of(r));
  }

  private static @Nullable Integer month(Matcher m, DatePatterns p, String numGroup, String nameGroup) {
    Integer n = integer(m, numGroup);
    if (n != null) return n >= 1 && n <= 12 ? n : null;
    String name = group(m, nameGroup);
    if (name.isEmpty()) return null;
    return p.months.get(name.toLowerCase(Locale.ROOT));
  }

  /** The number of group {@code n}: digits ("3") or a number word ("three", "ba"). */
  private static @Nullable Integer count(Matcher m, DatePatterns p) {
    String num = group(m, "n");
    if (!num.isEmpty() && num.length() <= 3 && num.chars().allMatch(Character::isDigit)) return Integer.valueOf(num);
    DatePatterns.Relative r = p.relative(num);
    return r != null && r.unit() == DatePatterns.Unit.NUMBER ? r.from() : null;
  }

  private static @Nullable Integer integer(Matcher m, String name) {
    String g = group(m, name);
    return g.isEmpty() ? null : Integer.valueOf(g);
  }

  private static String group(Matcher m, String name) {
    try {
      String g = m.group(name);
      return g == null ? "" : g;
    } catch (IllegalArgumentException e) {
      return ""; // the pattern has no such group
    }
  }
}
