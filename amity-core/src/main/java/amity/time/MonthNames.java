package amity.time;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lang.PackFile;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Month names of every language pack ({@code months.tsv}), for patterns that must read a month
 * name before the page's language is known (publication-date lines); where two languages spell a
 * month alike, the first pack's number wins.
 * Immutable.
 */
public final class MonthNames {
  private final Map<String, Integer> months;

  public MonthNames(LanguagePacks packs) {
    Map<String, Integer> m = new HashMap<>();
    for (LanguagePack pack : packs.all()) {
      for (String[] row : pack.rows(PackFile.MONTHS)) {
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
