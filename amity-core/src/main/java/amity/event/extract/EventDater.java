package amity.event.extract;

import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.Span;
import amity.time.DateFinder;
import amity.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates a trigger's event: the date expression nearest the trigger in its sentence (a day before a
 * month or a year; one in parentheses is an aside; the day a report was made — "said on Friday" —
 * dates the report, not what it tells), read by tense (a planned event's weekday or month lies
 * ahead); failing that, the day an earlier sentence named, for a reported event.
 *
 * <p>Stateless and thread-safe.
 */
public final class EventDater {
  /** How far after a trigger (characters) a date may still be its date. */
  static final int AFTER_REACH = 200;
  /** A date this close after a reporting verb dates the report. */
  static final int REPORT_DATE_GAP = 12;

  /**
   * {@return the date of the trigger's event, or null}
   *
   * @param carried the day an earlier sentence of the story named, for a reported event that names none
   */
  public @Nullable DateRange date(SentenceView s, TriggerMatch t, Clause clause, List<Frame> frames, Status status,
      @Nullable DateRange carried) {
    DateMention dm = nearest(s, t, clause, frames);
    DateValue anchor = s.anchor();
    if (dm != null) return byTense(dm, status == Status.PLANNED, anchor);
    if (status == Status.PLANNED || clause.cues().contains(Cue.PAST_YEAR) || clause.cues().contains(Cue.BACKGROUND)) return null;
    if (clause.cues().contains(Cue.REPORTED_SPEECH)) return null;
    return carried;
  }

  private static @Nullable DateMention nearest(SentenceView s, TriggerMatch t, Clause clause, List<Frame> frames) {
    String text = s.text();
    Span trigger = t.span();
    DateMention best = null;
    int bestScore = Integer.MAX_VALUE;
    for (DateMention d : s.dates()) {
      if (ArgumentReader.insideParentheses(text, s.span().start(), d.span().start())) continue;
      if (d.span().start() >= trigger.end() && d.span().start() - trigger.end() > AFTER_REACH) continue;
      if (clause.spoken(d.span()) || reportsDay(s.text(), d.span(), t, frames)) continue;
      // A date outside what the report says is the report's ("…, the Elysee said on Wednesday").
      if (!clause.region().contains(d.span())) continue;
      // "until December 31, 2001", "desde 1998", "至今": a deadline or a start, not when it happened.
      if (s.lexicon().endsBefore("not_when", s.text(), d.span().start(), 12)) continue;
      int distance = d.span().end() <= trigger.start()
          ? trigger.start() - d.span().end()
          : Math.max(0, d.span().start() - trigger.end());
      // Days beat months and years: "on July 27 (…1953-2021)" dates the talk by its day.
      int score = distance + (d.isDay() ? 0 : 1000);
      if (score < bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }

  /** Whether a date right after a reporting verb dates the report that tells {@code t}. */
  private static boolean reportsDay(String text, Span date, TriggerMatch t, List<Frame> frames) {
    for (Frame f : frames) {
      if (!f.content().contains(t.span())) continue;
      if (date.start() >= f.cue().end() && date.start() - f.cue().end() <= REPORT_DATE_GAP && date.end() <= t.span().start()
          && !ArgumentReader.hasClauseBreak(text, f.cue().end(), date.start())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A month or weekday named without which one was taken as the nearest before publication; a
   * planned event's lies ahead of it. (A reported one's month may still be ahead: an invitation
   * told today names the month of the visit it invites to.)
   */
  static DateRange byTense(DateMention dm, boolean planned, @Nullable DateValue anchor) {
    DateRange r = dm.range();
    if (!planned || anchor == null || anchor.month() == null || r.start().year() == null) return r;
    if (dm.kind().equals(DateFinder.MONTH_NEAR)) {
      int at = anchor.year() * 12 + anchor.month();
      int month = r.start().year() * 12 + r.start().month();
      if (month < at) return DateRange.of(DateValue.ofMonth(r.start().year() + 1, r.start().month()));
    }
    if (dm.kind().equals("weekday") && anchor.isFullDate() && r.start().isFullDate() && r.end() == null) {
      LocalDate a = anchor.toLocalDate().orElseThrow();
      LocalDate d = r.start().toLocalDate().orElseThrow();
      if (d.isBefore(a)) return DateRange.of(DateValue.of(d.plusDays(7)));
    }
    return r;
  }

  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");

  /** Whether a year well before the story's own stands within 60 characters of the trigger. */
  public static boolean pastYearNear(SentenceView s, TriggerMatch t) {
    DateValue anchor = s.anchor();
    if (anchor == null || anchor.year() == null) return false;
    String sentence = s.sentence().text();
    int at = t.span().start() - s.span().start();
    Matcher m = YEAR.matcher(sentence);
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y < anchor.year() - 1 && Math.abs(m.start() - at) <= 60) return true;
    }
    return false;
  }

  /**
   * Past events recalled as background ("Fidel Castro's visit in 1973") are not news: an event over
   * a year before the story, or near a year long past with no day of its own.
   */
  public static boolean isHistory(Reading r, @Nullable DateValue anchor) {
    if (r.has(Cue.PAST_YEAR) && (r.date() == null || r.date().start().day() == null)) return true;
    if (r.date() == null || anchor == null || anchor.year() == null) return false;
    DateValue d = r.date().end() != null ? r.date().end() : r.date().start();
    if (d.year() == null) return false;
    int months = (anchor.year() - d.year()) * 12 + ((anchor.month() == null ? 12 : anchor.month()) - (d.month() == null ? 12 : d.month()));
    return months > 13;
  }
}
