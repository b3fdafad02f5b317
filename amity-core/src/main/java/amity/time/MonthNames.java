package amity.time;

import amity.lexicon.Resources;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names of every language listed in {@code amity/lang/languages.txt}, for patterns that
 * must read a month name before the page's language is known (publication-date lines).
 * Immutable.
 */
public final class MonthNames {
  private final Map<String, Integer> months;

  public MonthNames() {
    Map<String, Integer> m = new HashMap<>();
    for (String lang : Resources.lines("amity/lang/languages.txt").orElseThrow()) {
      for (String[] row : Resources.tsv("amity/lang/" + lang.strip() + "/months.tsv", 2)) {
        m.putIfAbsent(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1]));
      }
    }
    this.months = Map.copyOf(m);
  }

  /** {@return the month number of {@code name} in any language, ignoring case} */
  public Optional<Integer> number(String name) {
    return Optional.ofNullable(months.get(name.toLowerCase(Locale.ROOT).replace(".", "")));
  }
}
