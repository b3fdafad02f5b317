package amity.clean;

import amity.model.DateBasis;
import amity.model.DateValue;
import amity.model.Document;
import amity.model.LineKind;
import amity.model.PublicationDate;
import amity.model.StoryKind;
import amity.time.DateFinder;
import amity.time.FirstChars;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When a page and each of its stories were published, from the strongest evidence there is: the
 * publisher's metadata; a date line on the page; an agency dateline's day; the newest timestamp
 * of a related list; the year the text tells; the crawl's capture date, which bounds it.
 * Thread-safe and immutable.
 */
final class PublicationDates {
  private static final Pattern TEXT_YEAR =
      Pattern.compile("(?<![\\d.,/])(?<![-–]\\s?)(19[5-9]\\d|20\\d\\d)(?![\\d%])(?!\\s?\\d)");
  /** The chars a {@link #TEXT_YEAR} can start with ("1", "2"): it is tried only there, not with its lookbehinds at every char. */
  private static final long[] TEXT_YEAR_FIRST = java.util.Objects.requireNonNull(FirstChars.of(TEXT_YEAR.pattern())).toLongArray();

  private final CleaningRules rules;

  PublicationDates(CleaningRules rules) {
    this.rules = rules;
  }

  /**
   * The page's publication date: the publisher's metadata; a date line on the page (or a
   * timestamp above the first paragraph); the newest timestamp of its related list, which shows
   * older stories; the crawl's capture date.
   */
  static PublicationDate ofPage(Document doc, List<Line> lines) {
    if (doc.meta().published() != null) {
      return new PublicationDate(doc.meta().published(), DateBasis.METADATA, 1.0);
    }
    for (Line l : lines) {
      if (l.kind() == LineKind.BODY) break;
      if (l.reason().equals("timestamp") && l.title() == null && l.date() != null) return new PublicationDate(l.date(), DateBasis.PAGE, 0.9);
    }
    for (Line l : lines) {
      if (l.reason().equals("pubdate") && l.date() != null) {
        return new PublicationDate(l.date(), DateBasis.PAGE, 0.9);
      }
    }
    DateValue captured = doc.meta().captured();
    Optional<DateValue> newest =
        lines.stream()
            .filter(l -> l.reason().equals("timestamp") && l.date() != null)
            .map(Line::date)
            .filter(d -> captured == null || d.sortKey().compareTo(captured.sortKey()) <= 0)
            .max(Comparator.comparing(DateValue::sortKey));
    // Related lists show older stories and the newest sits closest to the page's own date.
    if (newest.isPresent()) return new PublicationDate(newest.get(), DateBasis.RELATED_LIST, 0.6);
    if (captured != null) return new PublicationDate(captured, DateBasis.CAPTURE, 0.5);
    return PublicationDate.UNKNOWN;
  }

  /**
   * The day an agency dateline gives ("La Habana, 2 sep (Prensa Latina)", "新华社河内5月8日电") is
   * the day the story was filed; its year, unless the dateline names it, comes from the page's
   * other evidence, or stays unknown.
   * A date the page states outright (metadata, a date line) is not overruled.
   */
  PublicationDate fromDateline(DateValue day, PublicationDate page, Document doc) {
    if (page.basis() == DateBasis.METADATA || page.basis() == DateBasis.PAGE) return page;
    // A dateline that names its year ("MONTGOMERY, Ala. 1996-08-22") dates the story outright.
    if (day.year() != null) return new PublicationDate(day, DateBasis.DATELINE, 0.8);
    DateValue anchor = page.date();
    Integer year = anchor == null ? null : DateFinder.yearNear(day.month(), day.day(), anchor);
    if (year == null && anchor == null) {
      // Only a year the text calls current: the latest year it names is a floor, not the year.
      year = textYear(doc.text(), doc.meta().captured()).filter(p -> p.confidence() >= 0.4).map(p -> p.date().year()).orElse(null);
      if (year != null && !DateValue.isPossible(year, day.month(), day.day())) year = null;
    }
    if (year == null) return new PublicationDate(day, DateBasis.DATELINE, 0.5);
    return new PublicationDate(new DateValue(year, day.month(), day.day()), DateBasis.DATELINE, 0.8);
  }

  /**
   * A story's date: a teaser's own; else the page's, unless the page knows only its capture date
   * (which bounds the text's own year) or, for a teaser, only a related list's timestamps.
   */
  PublicationDate ofStory(StoryDraft draft, String text, PublicationDate page, @Nullable DateValue captured) {
    if (draft.date() != null) return new PublicationDate(draft.date(), DateBasis.PAGE, 0.9);
    PublicationDate published = page;
    boolean pageSaysSo = published.basis() == DateBasis.METADATA || published.basis() == DateBasis.PAGE;
    boolean teaser = draft.kind() == StoryKind.TEASER;
    if (published.date() == null || published.basis() == DateBasis.CAPTURE || teaser && !pageSaysSo) {
      // A teaser of a list carries its own date; the page's related timestamps do not date it.
      // A capture date only bounds the text's own year.
      Optional<PublicationDate> own = textYear(text, captured);
      if (own.isPresent() && (published.date() == null || published.basis() != DateBasis.CAPTURE
          || own.get().confidence() >= 0.4 && !own.get().date().compatibleWith(published.date()))) {
        published = own.get();
      } else if (teaser && published.basis() != DateBasis.CAPTURE) {
        published = PublicationDate.UNKNOWN;
      }
    }
    return published;
  }

  /**
   * The year a story's text tells: a year it calls the current one ("2020年是…周年", "Friendship
   * Year 2025", "(1953-2021)" after an anniversary), else, weakly, the latest year it names, not
   * counting the end of a span ("2023-2027" is a plan) nor a year after the capture.
   */
  /** {@return the years {@link #TEXT_YEAR} finds in {@code text}, in order, as {@link Matcher#find()} finds them} */
  static List<Integer> textYears(String text) {
    Matcher m = TEXT_YEAR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    char[] chars = text.toCharArray();
    List<Integer> out = new java.util.ArrayList<>();
    int from = 0;
    while (FirstChars.next(m, TEXT_YEAR_FIRST, false, chars, from)) {
      out.add(Integer.parseInt(m.group(1)));
      from = m.end();
    }
    return out;
  }

  Optional<PublicationDate> textYear(String text, @Nullable DateValue captured) {
    int cap = captured == null || captured.year() == null ? 9999 : captured.year();
    int marked = -1;
    for (String g : rules.findAll("year_marker", CleaningRules.normalize(text), "y")) {
      int y = Integer.parseInt(g);
      if (y <= cap) marked = Math.max(marked, y);
    }
    if (marked > 0) return Optional.of(new PublicationDate(DateValue.ofYear(marked), DateBasis.TEXT, 0.4));
    int best = -1;
    for (int y : textYears(text)) {
      if (y <= cap) best = Math.max(best, y);
    }
    return best < 0 ? Optional.empty() : Optional.of(new PublicationDate(DateValue.ofYear(best), DateBasis.TEXT, 0.3));
  }
}
