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

  private final Map<String, List<Pattern>> byKind;

  CleaningRules() {
    Map<String, List<Pattern>> m = new LinkedHashMap<>();
    for (String k : KINDS) m.put(k, new ArrayList<>());
    List<String> folders = new ArrayList<>(List.of("common"));
    folders.addAll(Resources.lines("amity/lang/languages.txt").orElseThrow());
    for (String folder : folders) {
      String path = "amity/lang/" + folder.strip() + "/cleaning.tsv";
      for (String[] row : Resources.tsv(path, 2)) {
        List<Pattern> list = m.get(row[0]);
        if (list == null) {
          throw new IllegalStateException(path + ": unknown kind '" + row[0] + "', expected one of " + KINDS);
        }
        list.add(Pattern.compile(Fold.placeTones(row[1]), Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
      }
    }
    m.replaceAll((k, v) -> List.copyOf(v));
    this.byKind = Map.copyOf(m);
  }

  boolean matches(String kind, String line) {
    return find(kind, line).isPresent();
  }

  /**
   * {@return the first pattern of {@code kind} found in {@code line}} Patterns and lines are
   * matched with Vietnamese tones placed one way ({@link Fold#placeTones}), which keeps offsets.
   */
  Optional<Matcher> find(String kind, String line) {
    String t = Fold.placeTones(line);
    for (Pattern p : byKind.get(kind)) {
      Matcher m = p.matcher(t);
      if (m.find()) return Optional.of(m);
    }
    return Optional.empty();
  }

  /** {@return the named group {@code group} of every match of every pattern of {@code kind}} */
  List<String> findAll(String kind, String text, String group) {
    List<String> out = new ArrayList<>();
    String t = Fold.placeTones(text);
    for (Pattern p : byKind.get(kind)) {
      Matcher m = p.matcher(t);
      while (m.find()) out.add(m.group(group));
    }
    return out;
  }

  /** {@return a pattern of {@code kind} matching at the start of {@code line}} */
  Optional<Matcher> lookingAt(String kind, String line) {
    String t = Fold.placeTones(line);
    for (Pattern p : byKind.get(kind)) {
      Matcher m = p.matcher(t);
      if (m.lookingAt()) return Optional.of(m);
    }
    return Optional.empty();
  }
}
