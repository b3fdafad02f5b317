package amity.decode;

import amity.text.Fold;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A page's title as its head gives it, without the site's name that most sites append or prepend. */
final class PageTitle {
  /** " | Site", " - Site", " – Site", " — Site", " :: Site", " · Site". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|–—·»:]{1,2}|-{1,2})\\s+");
  /** A site name is short: at most this many words. */
  private static final int SITE_WORDS = 4;

  private PageTitle() {}

  /**
   * {@return the page's title: its one h1, or the h1 that the head's title contains, else the
   * head's title without the site's name; null when the page has neither}
   * The head's title is written for search results and tabs ("Climbing Shoes: Rock Climbing,
   * Bouldering &amp; Indoor | Shop"); the h1 is the title the reader sees.
   */
  static @Nullable String of(@Nullable String headTitle, List<String> h1s) {
    List<String> named = h1s.stream().map(String::strip).filter(h -> BlockStats.weight(h) >= 3).toList();
    for (String h : named) if (headTitle != null && names(headTitle, h)) return h;
    if (named.size() == 1) return named.get(0);
    return headTitle == null ? null : withoutSiteName(headTitle);
  }

  /** {@return whether the head's title contains the heading's text, case and spacing aside} */
  static boolean names(String headTitle, String heading) {
    String h = fold(heading);
    return !h.isEmpty() && fold(headTitle).contains(h);
  }

  private static String fold(String s) {
    return Fold.fold(HtmlText.collapseSpaces(s).strip()).toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the title without a short site name after (or before) its last (first) separator}
   * "The Only 19 SEO Tutorials You Need To Read - AgencyAnalytics" gives the title alone; a
   * title whose parts are all long ("Vietnam - Laos: …") is left whole.
   */
  static String withoutSiteName(String title) {
    String t = title.strip();
    var m = SEPARATOR.matcher(t);
    int lastStart = -1;
    int lastEnd = -1;
    int firstEnd = -1;
    String firstSeparator = null;
    while (m.find()) {
      if (firstEnd < 0) {
        firstEnd = m.end();
        firstSeparator = m.group().strip();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) return t;
    String before = t.substring(0, lastStart);
    String last = t.substring(lastEnd);
    if (words(last) <= SITE_WORDS && words(before) > words(last)) return before.strip();
    // "Site | Title": only a bar says so; "Vietnam - Laos …" is a title.
    String rest = t.substring(firstEnd);
    if ("|".equals(firstSeparator) && words(t.substring(0, firstEnd)) <= SITE_WORDS && words(rest) > SITE_WORDS) return rest.strip();
    return t;
  }

  private static int words(String s) {
    return BlockStats.words(s);
  }
}
