package amity.clean;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import amity.time.MonthNames;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The line patterns of every language's {@code cleaning.tsv} plus {@code common/cleaning.tsv}.
 *
 * <p>Vietnamese tone placement is normalised on both sides ("hòa" and "hoà" match alike).
 *
 * <p>Design decision: a page's language is not known before it is cleaned (a Chinese page may
 * carry a Vietnamese caption template), so the cleaner applies the markers of all languages at
 * once. They are specific enough not to collide. Immutable.
 */
final class CleaningRules {
  static final Set<String> KINDS =
      Set.of(
          "related_heading",
          "end_heading",
          "timestamp",
          "signoff",
          "signoff_tail",
          "caption",
          "navigation",
          "dateline",
          "pubdate",
          "byline",
          "year_marker",
          "continuation",
          "counted_entry");

  /**
   * Kinds that read a date's numbers: a line without a digit cannot match them, and most lines
   * are prose without one, so they are not tried there.
   */
  private static final Set<String> DATED = Set.of("timestamp", "pubdate", "year_marker");

  /** How far from a line's end a pattern anchored there is looked for. */
  private static final int TAIL = 160;

  /**
   * A pattern, and where it can match: from the line's start only ({@code ^…}), near its end only
   * ({@code …$}: captions, sign-off tails), or anywhere. Body paragraphs run through every rule,
   * so not trying every position of a long line matters.
   */
  private record Rule(Pattern pattern, boolean atStart, boolean atEnd, String required, Requirement needs) {
    /** Whether {@code text} holds what every match needs. */
    boolean mayMatch(Requirement.Text text) {
      return text.contains(required) && needs.isMetBy(text);
    }

    @Nullable Matcher match(Requirement.Text t) {
      if (!mayMatch(t)) return null;
      String text = t.text();
      Matcher m = pattern.matcher(text);
      if (atStart) return m.lookingAt() ? m : null;
      if (atEnd && text.length() > TAIL) {
        // Lookarounds and \b still see the text before the region.
        m.region(text.length() - TAIL, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
      }
      return m.find() ? m : null;
    }
  }

  private final Map<String, List<Rule>> byKind;
  private final MonthNames months;

  /** The rules of {@code common/cleaning.tsv}, then of each pack's {@code cleaning.tsv} in the packs' order. */
  CleaningRules(LanguagePacks packs) {
    Map<String, List<Rule>> m = new LinkedHashMap<>();
    for (String k : KINDS) m.put(k, new ArrayList<>());
    Map<String, List<String[]>> files = new LinkedHashMap<>();
    files.put(packs.commonCleaningPath(), packs.commonCleaning());
    for (LanguagePack pack : packs.all()) files.put(pack.path(PackFile.CLEANING), pack.rows(PackFile.CLEANING));
    for (Map.Entry<String, List<String[]>> file : files.entrySet()) {
      String path = file.getKey();
      for (String[] row : file.getValue()) {
        List<Rule> list = m.get(row[0]);
        if (list == null) {
          throw new IllegalStateException(path + ": unknown kind '" + row[0] + "', expected one of " + KINDS);
        }
        String regex = Fold.placeTones(row[1]);
        if (DATED.contains(row[0]) && !regex.contains("\\d")) {
          throw new IllegalStateException(path + ": a " + row[0] + " pattern must read digits (\\d): " + row[1]);
        }
        Pattern p = Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        boolean atStart = regex.startsWith("^");
        // A rule anchored at the line's start mostly fails on its first characters: a scan of the
        // whole line for one of many words would cost more than it saves.
        Requirement needs = Requirement.of(regex);
        if (atStart && (needs.anyOf().size() > 3 || needs.caseless())) needs = Requirement.NONE;
        list.add(new Rule(p, atStart, !atStart && regex.endsWith("$") && !regex.endsWith("\\$"), requiredRun(regex), needs));
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Map.copyOf(m);
    this.months = new MonthNames(packs);
  }

  /** {@return the month names of every language, for date lines read before the language is known} */
  MonthNames months() {
    return months;
  }

  /** {@return {@code s} as the rules read it: Vietnamese tones placed one way, same length} */
  static String normalize(String s) {
    return Fold.placeTones(s);
  }

  boolean matches(String kind, String line) {
    return find(kind, line).isPresent();
  }

  /** {@return whether a pattern of {@code kind} is found in a line read once ({@link LineClassifier}), given {@link #normalize}d} */
  boolean matches(String kind, Requirement.Text line) {
    return find(kind, line).isPresent();
  }

  /** {@return the first pattern of {@code kind} found in {@code line}, given {@link #normalize}d} */
  Optional<Matcher> find(String kind, String line) {
    return find(kind, new Requirement.Text(line));
  }

  /**
   * {@return the first pattern of {@code kind} found in a line, given {@link #normalize}d} A line
   * asked about one kind after another ({@link LineClassifier}) is made a {@link Requirement.Text}
   * once, so that its fold and its chars are worked out once.
   */
  Optional<Matcher> find(String kind, Requirement.Text t) {
    if (!mayMatch(kind, t.text())) return Optional.empty();
    for (Rule r : byKind.get(kind)) {
      Matcher m = r.match(t);
      if (m != null) return Optional.of(m);
    }
    return Optional.empty();
  }

  /** {@return the named group {@code group} of every match of every pattern of {@code kind}} */
  List<String> findAll(String kind, String text, String group) {
    List<String> out = new ArrayList<>();
    if (!mayMatch(kind, text)) return out;
    Requirement.Text t = new Requirement.Text(text);
    for (Rule r : byKind.get(kind)) {
      if (!r.mayMatch(t)) continue;
      Matcher m = r.pattern().matcher(text);
      while (m.find()) out.add(m.group(group));
    }
    return out;
  }

  /** {@return a pattern of {@code kind} matching at the start of {@code line}, given normalized} */
  Optional<Matcher> lookingAt(String kind, String line) {
    if (!mayMatch(kind, line)) return Optional.empty();
    Requirement.Text t = new Requirement.Text(line);
    for (Rule r : byKind.get(kind)) {
      if (!r.mayMatch(t)) continue;
      Matcher m = r.pattern().matcher(line);
      if (m.lookingAt()) return Optional.of(m);
    }
    return Optional.empty();
  }

  /**
   * {@return the longest run of plain characters outside groups and classes that every match of
   * {@code regex} contains, or "" when it names none} A line without it is not given to the
   * pattern: most rules look for an agency's or a word's spelling that most lines lack.
   */
  static String requiredRun(String regex) {
    if (regex.contains("(?i")) return "";
    String best = "";
    StringBuilder run = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      String literal = null;
      int next = i + 1;
      if (c == '\\' && i + 1 < regex.length()) {
        char e = regex.charAt(i + 1);
        next = i + 2;
        // \s, \d, \b, \p{…} and the like are classes or anchors; an escaped sign is itself.
        if (!Character.isLetterOrDigit(e)) literal = String.valueOf(e);
        else if (e == 'p' || e == 'P') next = regex.indexOf('}', i) + 1;
        // Escapes that spell a character or quote text are not read here: no run is claimed.
        else if ("uxQNkc0".indexOf(e) >= 0) return "";
      } else if (c == '[') {
        next = classEnd(regex, i) + 1;
      } else if (c == '(') {
        next = groupEnd(regex, i) + 1;
      } else if (c == '|') {
        return "";
      } else if (c == '{') {
        next = regex.indexOf('}', i) + 1;
      } else if ("^$.?*+{".indexOf(c) < 0) {
        literal = String.valueOf(c);
      }
      if (next <= i) return "";
      // What follows may make the item optional or repeat it.
      char q = next < regex.length() ? regex.charAt(next) : 0;
      boolean optional = q == '?' || q == '*' || q == '{' && regex.startsWith("{0", next);
      boolean repeated = q == '+' || q == '{';
      if (literal != null && !optional) run.append(literal);
      if (literal == null || optional || repeated) {
        if (run.length() > best.length()) best = run.toString();
        run.setLength(0);
      }
      i = next - 1;
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  static int classEnd(String regex, int open) {
    for (int i = open + 1; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') i++;
      else if (c == ']' && i > open + 1) return i;
    }
    return regex.length();
  }

  static int groupEnd(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = classEnd(regex, i);
      else if (c == '(') depth++;
      else if (c == ')' && --depth == 0) return i;
    }
    return regex.length();
  }

  /** {@return the named group {@code name} of a match, or null when the pattern has no such group or it is blank} */
  static @Nullable String group(Matcher m, String name) {
    if (!hasGroup(m, name)) return null;
    String g = m.group(name);
    return g == null || g.isBlank() ? null : g;
  }

  /** {@return whether the pattern that made {@code m} has a group called {@code name}} */
  static boolean hasGroup(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">");
  }

  private static boolean mayMatch(String kind, String text) {
    if (!DATED.contains(kind)) return true;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) return true;
    }
    return false;
  }
}
