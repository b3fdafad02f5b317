package amity.time;

import amity.model.Span;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a date's reach ends, from rows of each language's {@code dates.tsv} that are not dates:
 * words that open a clause of its own, so that a date inside it tells of that clause and not of
 * an event outside it — a relative clause ({@code clause}: "who", "which", "que", "cuyo", "mà"),
 * a clause of another time ({@code clause_time}: "since", "after", "desde que", "sau khi"), a clause
 * of a later time that may stand first ({@code clause_before}: "before", "antes de", "trước khi");
 * and words that make a date a limit rather than a time ({@code limit_before}: "延长至", {@code
 * limit_after}: "…日前", "… deadline").
 *
 * <pre>{@code
 * DateScope scope = new DateScope();
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

  static final Set<String> KINDS = Set.of(RELATIVE, OTHER_TIME, LATER_TIME, "limit_before", "limit_after");

  private final Map<String, Optional<DatePatterns>> byLang = new ConcurrentHashMap<>();

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

  private List<Pattern> patterns(String lang, String kind) {
    Optional<DatePatterns> p = byLang.computeIfAbsent(lang, DateScope::load);
    return p.map(d -> d.scopes.getOrDefault(kind, List.of())).orElse(List.of());
  }

  private static Optional<DatePatterns> load(String lang) {
    if (DatePatterns.class.getClassLoader().getResource("amity/lang/" + lang + "/dates.tsv") == null) return Optional.empty();
    return Optional.of(DatePatterns.load(lang));
  }
}
