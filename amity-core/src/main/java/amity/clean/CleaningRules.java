package amity.clean;

import amity.lexicon.Resources;
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
          "timestamp",
          "signoff",
          "signoff_tail",
          "caption",
          "navigation",
          "dateline",
          "pubdate",
          "byline",
          "year_marker",
          "continuation");

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
  private record Rule(Pattern pattern, boolean atStart, boolean atEnd) {
    @Nullable Matcher match(CharSequence text) {
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

  CleaningRules() {
    Map<String, List<Rule>> m = new LinkedHashMap<>();
    for (String k : KINDS) m.put(k, new ArrayList<>());
    List<String> folders = new ArrayList<>(List.of("common"));
    folders.addAll(Resources.lines("amity/lang/languages.txt").orElseThrow());
    for (String folder : folders) {
      String path = "amity/lang/" + folder.strip() + "/cleaning.tsv";
      for (String[] row : Resources.tsv(path, 2)) {
        List<Rule> list = m.get(row[0]);
        if (list == null) {
          throw new IllegalStateException(path + ": unknown kind '" + row[0] + "', expected one of " + KINDS);
        }
        String regex = Fold.placeTones(row[1]);
        if (DATED.contains(row[0]) && !regex.contains("\\d")) {
          throw new IllegalStateException(path + ": a " + row[0] + " pattern must read digits (\\d): " + row[1]);
        }
        Pattern p = Pattern.compile(regex, Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
        list.add(new Rule(p, regex.startsWith("^"), !regex.startsWith("^") && regex.endsWith("$") && !regex.endsWith("\\$")));
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Map.copyOf(m);
  }

  /** {@return {@code s} as the rules read it: Vietnamese tones placed one way, same length} */
  static String normalize(String s) {
    return Fold.placeTones(s);
  }

  boolean matches(String kind, String line) {
    return find(kind, line).isPresent();
  }

  /** {@return the first pattern of {@code kind} found in {@code line}, given {@link #normalize}d} */
  Optional<Matcher> find(String kind, String line) {
    if (!mayMatch(kind, line)) return Optional.empty();
    for (Rule r : byKind.get(kind)) {
      Matcher m = r.match(line);
      if (m != null) return Optional.of(m);
    }
    return Optional.empty();
  }

  /** {@return the named group {@code group} of every match of every pattern of {@code kind}} */
  List<String> findAll(String kind, String text, String group) {
    List<String> out = new ArrayList<>();
    if (!mayMatch(kind, text)) return out;
    for (Rule r : byKind.get(kind)) {
      Matcher m = r.pattern().matcher(text);
      while (m.find()) out.add(m.group(group));
    }
    return out;
  }

  /** {@return a pattern of {@code kind} matching at the start of {@code line}, given normalized} */
  Optional<Matcher> lookingAt(String kind, String line) {
    if (!mayMatch(kind, line)) return Optional.empty();
    for (Rule r : byKind.get(kind)) {
      Matcher m = r.pattern().matcher(line);
      if (m.lookingAt()) return Optional.of(m);
    }
    return Optional.empty();
  }

  private static boolean mayMatch(String kind, String text) {
    if (!DATED.contains(kind)) return true;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) return true;
    }
    return false;
  }
}
