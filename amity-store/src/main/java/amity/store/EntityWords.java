package amity.store;

import amity.text.Fold;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rows of {@code entity_words}: each folded name of an entity whole, and its tail from every
 * word on ("fidel castro" gives "fidel castro" whole and "castro"), so that finding the entities
 * with a name or a word of a name that starts with some text reads one range of an index rather
 * than matching every alias. Not API.
 */
final class EntityWords {
  /** What separates the words of a folded name: "fidel castro", "diaz-canel", "菲德尔·卡斯特罗", "u.s.", "(pl)". */
  static final List<String> BREAKS = List.of(" ", Fold.fold("-"), Fold.fold("·"), ".", "(");

  /** A row: {@code text} is a whole name, or the tail of one from a word on. */
  record Word(String text, boolean whole) {}

  private EntityWords() {}

  /** {@return the rows of an entity's folded names, each once} */
  static Set<Word> of(Collection<String> folded) {
    Set<Word> out = new LinkedHashSet<>();
    for (String f : folded) {
      if (f.isEmpty()) continue;
      out.add(new Word(f, true));
      for (String b : BREAKS) {
        for (int i = f.indexOf(b); i >= 0; i = f.indexOf(b, i + 1)) {
          int from = i + b.length();
          if (from < f.length()) out.add(new Word(f.substring(from), false));
        }
      }
    }
    return out;
  }

  /**
   * {@return {@code text} as a SQL string literal of a LIKE pattern for what starts with it, with
   * {@code \} as the escape character, or null where it holds a control character} A literal, not
   * a parameter: H2 compiles a literal pattern once and reads the index range of its prefix, and
   * compiles a parameter's pattern again for every row.
   */
  static @Nullable String startsWithLiteral(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) return null;
    }
    return "'" + likeEscaped(text).replace("'", "''") + "%'";
  }

  /** {@return text with the LIKE wildcards and the escape character escaped by {@code \}} */
  static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
