package amity.time;

import amity.lang.LanguagePacks;
import amity.model.Span;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date's reach ends, from rows of each language's {@code dates.tsv} that are not dates:
 * words that open a clause of its own, so that a date inside it tells of that clause and not of
 * an event outside it — a relative clause ({@code clause}: "who", "which", "que", "cuyo", "mà"),
 * a clause of another time ({@code clause_time}: "since", "after", "desde que", "sau khi"), a clause
 * of a later time that may stand first ({@code clause_before}: "before", "antes de", "trước khi");
 * words saying an event is at another time than the one told before it ({@code another_time}:
 * "later", "más tarde", "此前"), so that it takes no day from an earlier sentence; and words that make a date a limit rather than a time ({@code limit_before}: "延长至", {@code
 * limit_after}: "…日前", "… deadline").
 *
 * <pre>{@code
 * DateScope scope = new DateScope(LanguagePacks.bundled());
 * scope.openers("He signed the deal under which troops leave on Monday.", "en", DateScope.RELATIVE); // [which]
 * }</pre>
 *
 * <p>Thread-safe: patterns are loaded once per language and immutable.
 */
public final class DateScope {
  /** Words opening a relative clause. */
  public static final String RELATIVE = "clause";
  /** Words opening a clause of another time. */
  public static final String OTHER_TIME = "clause_time";
  /** Words opening a clause of a later time, which may stand before the main one. */
  public static final String LATER_TIME = "clause_before";

  /**
   * Words opening a clause of purpose ("para presentar", "in order to"): a date inside it, after
   * the event it follows, is of what is to be done, not of that event ("ha viajado a Madrid para
   * presentar mañana su libro"); an event inside it may still be of the day told before it
   * ("regresó hoy a Asmara para proseguir las discusiones").
   */
  public static final String PURPOSE = "clause_purpose";

  /**
   * What stands between two dates offered as alternatives ("on Monday or Tuesday", "el 31 de mayo
   * o el 1 de junio"): neither is the time, so {@link DateFinder} keeps neither.
   */
  public static final String EITHER = "either";

  /** Words saying an event is at another time than the one told before it ("later", "此前"). */
  public static final String SEQUEL = "another_time";

  /** Words saying a visit ends ("ended", "concluyó", "结束"): its length counts back from its day. */
  public static final String VISIT_END = "visit_end";

  /** Words saying a visit starts ("at the start of", "inició", "开始"): its length counts on from the day told before. */
  public static final String VISIT_START = "visit_start";

  /**
   * Words saying that what a sentence tells was said or done at the end of the event named right
   * after them ("al término de la cumbre", "at the close of the talks"): that event is then of the
   * telling's day.
   */
  public static final String AT_END = "at_end";
  /** Words right after a date that make it an agency dateline's ("新华社北京6月25日电"): the day of the report. */
  public static final String DATELINE = "dateline_after";

  static final Set<String> KINDS = Set.of(RELATIVE, OTHER_TIME, LATER_TIME, PURPOSE, EITHER, SEQUEL, VISIT_END, VISIT_START, AT_END, "duration", "limit_before", "limit_after", DATELINE);

  /**
   * A length of days a text names ("a three-day visit", "de tres días", "为期三天").
   *
   * @param span where it stands
   * @param days how many days
   */
  public record Duration(Span span, int days) {}

  private final LanguagePacks packs;

  /** The scope words of the packs in {@code packs} (those with a {@code dates.tsv}). */
  public DateScope(LanguagePacks packs) {
    this.packs = packs;
  }

  /** {@return the words of {@code text} that open a clause of {@code kind}, in order} */
  public List<Span> openers(String text, String lang, String kind) {
    List<Span> out = new ArrayList<>();
    String t = Fold.placeTones(text);
    for (Pattern p : patterns(lang, kind)) {
      Matcher m = p.matcher(t);
      while (m.find()) if (m.end() > m.start()) out.add(new Span(m.start(), m.end()));
    }
    out.sort(null);
    return List.copyOf(out);
  }

  /** {@return the lengths of days {@code text} names ({@code duration} rows, group {@code n}), in order} */
  public List<Duration> durations(String text, String lang) {
    Optional<DatePatterns> p = packs.get(lang).flatMap(DatePatterns::of);
    if (p.isEmpty()) return List.of();
    List<Duration> out = new ArrayList<>();
    String t = Fold.placeTones(text);
    for (Pattern d : p.get().scopes.getOrDefault("duration", List.of())) {
      Matcher m = d.matcher(t);
      while (m.find()) {
        String n = m.group("n");
        Integer days = null;
        if (n.chars().allMatch(Character::isDigit) && n.length() <= 2) {
          days = Integer.valueOf(n);
        } else {
          DatePatterns.Relative r = p.get().relative(n);
          if (r != null && r.unit() == DatePatterns.Unit.NUMBER) days = r.from();
        }
        if (days != null && days >= 1 && days <= 31) out.add(new Duration(new Span(m.start(), m.end()), days));
      }
    }
    out.sort(java.util.Comparator.comparing(Duration::span));
    return List.copyOf(out);
  }

  /**
   * {@return whether the words around a date make it a limit, not when something happens ("推迟至10月1日",
   * "8月31日期限前", "October 2 deadline")}
   */
  public boolean isLimit(String text, String lang, Span date) {
    String t = Fold.placeTones(text);
    String before = t.substring(Math.max(0, date.start() - 20), date.start());
    for (Pattern p : patterns(lang, "limit_before")) if (p.matcher(before).find()) return true;
    String after = t.substring(date.end(), Math.min(t.length(), date.end() + 20));
    for (Pattern p : patterns(lang, "limit_after")) if (p.matcher(after).lookingAt()) return true;
    return false;
  }

  /**
   * {@return whether a date is an agency dateline's ("新华社北京6月25日电", "本报北京6月3日讯")} It is the
   * day the report was filed, not the day of what the report tells will happen.
   */
  public boolean isDateline(String text, String lang, Span date) {
    String after = text.substring(date.end(), Math.min(text.length(), date.end() + 10));
    for (Pattern p : patterns(lang, DATELINE)) if (p.matcher(after).lookingAt()) return true;
    return false;
  }

  private List<Pattern> patterns(String lang, String kind) {
    Optional<DatePatterns> p = packs.get(lang).flatMap(DatePatterns::of);
    return p.map(d -> d.scopes.getOrDefault(kind, List.of())).orElse(List.of());
  }

}
