package amity.event.extract;

import amity.model.DateBasis;
import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.PublicationDate;
import amity.model.Span;
import amity.model.Status;
import amity.time.DateFinder;
import amity.time.DateMention;
import amity.lang.LanguagePacks;
import amity.time.DateScope;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Dates a trigger's event: the date expression nearest the trigger in its sentence (a day before a
 * month or a year; one in parentheses is an aside; the day a report was made — "said on Friday",
 * "informó hoy, martes," — dates the report, not what it tells; a date inside a clause the trigger
 * is not in — "the deal under which troops leave on Wednesday", "Ross, who held talks on Tuesday"
 * — tells of that clause; a date nearer another event of the sentence told in another tense is
 * that event's), read by tense (a planned event's weekday or month lies ahead, its "this week" is
 * the whole week); failing that, the day an earlier sentence named, for a reported event.
 *
 * <p>Thread-safe: the clause words are loaded once per language and immutable.
 */
public final class EventDater {
  private final DateScope scope;

  /** A dater with the scope words of the bundled packs. */
  public EventDater() {
    this(LanguagePacks.bundled());
  }

  /** A dater with the scope words of {@code packs}. */
  public EventDater(LanguagePacks packs) {
    this.scope = new DateScope(packs);
  }

  /** How far before a date (characters) a word making it a deadline or a start may stand: "hasta el próximo". */
  static final int NOT_WHEN_REACH = 20;
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
    return date(s, t, clause, frames, status, carried, List.of(t), List.of(clause));
  }

  /**
   * As {@link #date(SentenceView, TriggerMatch, Clause, List, Status, DateRange)}, knowing the
   * sentence's other triggers and their clauses: a date nearer another trigger told in another
   * tense is that one's.
   *
   * @param triggers every trigger of the sentence, {@code t} among them
   * @param clauses the clause of each, in the same order
   */
  public @Nullable DateRange date(SentenceView s, TriggerMatch t, Clause clause, List<Frame> frames, Status status,
      @Nullable DateRange carried, List<TriggerMatch> triggers, List<Clause> clauses) {
    return dated(s, t, clause, frames, status, carried, triggers, clauses).range();
  }

  /**
   * A date and the rule that gave it, or why none was given ("nearest-weekday", "report-day",
   * "carried", "reported-undated", …): for the event trace, which tells how dates were reached.
   */
  public record Dated(@Nullable DateRange range, String basis) {
    static Dated none(String why) {
      return new Dated(null, why);
    }

    /** {@return whether a date told near the trigger in its own sentence gave it ({@link Cue#OWN_TIME})} */
    public boolean own() {
      return range != null && basis.startsWith("nearest-");
    }
  }

  /** As {@link #date(SentenceView, TriggerMatch, Clause, List, Status, DateRange, List, List)}, with the rule that gave the date. */
  public Dated dated(SentenceView s, TriggerMatch t, Clause clause, List<Frame> frames, Status status,
      @Nullable DateRange carried, List<TriggerMatch> triggers, List<Clause> clauses) {
    if (isOccasion(s, t) && !clause.cues().contains(Cue.GATHERING)) {
      // "Tổng Bí thư tiếp … nhân dịp thăm làm việc tại Việt Nam": the day is the reception's; the
      // visit's own days are those told inside its phrase, if any. A gathering is in session on
      // the day of what is done during it ("mostró hoy durante la XII Cumbre bilateral").
      DateMention own = ownPhraseDate(s, t);
      if (own != null) return new Dated(byTense(own, status == Status.PLANNED, s.anchor()), "occasion-own");
      // "Đầu tháng 3, trong một chuyến thăm bạn bè ở …": a month the sentence names holds what was
      // done during the visit, and so the visit; a day would not give its days.
      DateMention month = occasionMonth(s, t);
      return month == null ? Dated.none("occasion-undated") : new Dated(byTense(month, status == Status.PLANNED, s.anchor()), "occasion-month");
    }
    DateValue anchor = s.anchor();
    // "pulled out on Sunday under a ceasefire agreement between …": an agreement named as the
    // basis of what the sentence tells is an earlier one, of no day the sentence gives but its own.
    if (isBasis(s, t)) {
      DateMention own = ownPhraseDate(s, t);
      return own == null ? Dated.none("basis-undated") : new Dated(own.range(), "basis-own");
    }
    // "Rifkind said on Tuesday from Pakistan", "Sanz manifestó en Bruselas": the speaker is there the
    // day he says it — a day the sentence names up to the place, else the story's day so far, else
    // the story's own.
    if (t.trigger().presence()) {
      DateMention day = s.dates().stream().filter(d -> d.isDay() && d.range().end() == null && d.span().end() <= t.span().end()).findFirst().orElse(null);
      if (day != null) return new Dated(day.range(), "presence-day");
      if (carried != null && carried.end() == null && carried.start().isFullDate()) return new Dated(carried, "presence-carried");
      return new Dated(anchor != null && anchor.isFullDate() ? new DateRange(anchor, null) : null, "presence-story");
    }
    DateMention dm = nearest(s, t, clause, frames, status, triggers, clauses);
    if (dm != null) {
      boolean planned = status == Status.PLANNED || plannedBefore(s, dm.span());
      DateRange r = byTense(dm, planned, anchor);
      if (!planned && dm.kind().equals("day") && !dayOfNamedMonth(s, dm)) r = lookingBack(r, anchor);
      return new Dated(lasting(s, t, r), "nearest-" + dm.kind());
    }
    if (clause.cues().contains(Cue.PAST_YEAR) || clause.cues().contains(Cue.BACKGROUND)) return Dated.none("past-year");
    // "Lebed said on Wednesday he had clinched a truce", "消息人士9月30日晚透露，美国和加拿大已经…达成框架协议":
    // an agreement told as reached, with no day of its own, is of the day it was made known; so
    // is aid pledged ("Britain said on Thursday it would give 25 million pounds of … aid").
    boolean pledge = amity.event.Forms.family(t.trigger().form()).equals("aid");
    if ((status != Status.PLANNED && isAgreement(t) || pledge) && clause.cues().contains(Cue.REPORTED_SPEECH)
        && !clause.cues().contains(Cue.ANAPHORIC)) {
      DateMention told = reportDay(s, t, clause);
      if (told != null) return new Dated(told.range(), "report-day");
    }
    if (status == Status.PLANNED) return Dated.none("planned-undated");
    // "dijo Aznar al término de la cumbre hispano-francesa", "Explicó, al término de la décima
    // Comisión mixta": told at the end of the meeting, which is then of the telling's day, a day
    // the sentence names before it, else the story's day so far, else the story's own.
    if (toldAtItsEnd(s, t)) {
      DateMention day = s.dates().stream().filter(d -> d.isDay() && d.range().end() == null && d.span().end() <= t.span().start()).findFirst().orElse(null);
      if (day != null) return new Dated(day.range(), "at-end-day");
      if (carried != null && carried.end() == null && carried.start().isFullDate()) return new Dated(carried, "at-end-carried");
      return new Dated(anchor != null && anchor.isFullDate() ? new DateRange(anchor, null) : null, "at-end-story");
    }
    // "dijo … después de reunirse con …": what was done just before the telling is of the day told
    // before, as the telling is; other reported events are not.
    boolean justBefore = s.lexicon().endsBefore("nonfinite", s.text(), t.span().start(), 24)
        && !afterReportedEvent(s, t, frames, triggers);
    if (clause.cues().contains(Cue.REPORTED_SPEECH) && !justBefore) return Dated.none("reported-undated");
    // "subrayó McFarland … después de entrevistarse con el ministro", no day named: the telling is
    // the story's news of its day, and what was done just before it too.
    if (justBefore && clause.cues().contains(Cue.REPORTED_SPEECH) && carried == null && anchor != null && anchor.isFullDate()
        && s.dates().isEmpty()) {
      return new Dated(new DateRange(anchor, null), "just-before-story");
    }
    if (clause.cues().contains(Cue.ANOTHER_TIME) || anotherTime(s, t)) return Dated.none("another-time");
    // "marcharán el 31 de mayo … en coincidencia con la llegada de una delegación del FMI": a
    // sentence naming a day or month that is not this event's tells of its own times; the day an
    // earlier sentence named is no likelier this event's (on unseen pages it was wrong more often
    // than right), so no date rather than a wrong one.
    if (carried != null && namesAnotherDay(s, t)) return Dated.none("names-another-day");
    // "Itamar Rabinovich, who as Israel's ambassador to Washington conducted unfruitful
    // negotiations with Syria, told Israel Radio": a relative clause set off by a comma tells what
    // the one it follows did at some time, not the story's day; it takes no day from the sentences before.
    if (carried != null && DateClauses.of(scope, s).inSetOffRelative(s.text(), t.span())) return Dated.none("relative-undated");
    // A day still ahead dates a plan, not what the story tells as done.
    if (carried != null && anchor != null && anchor.isFullDate() && carried.start().isFullDate()
        && carried.start().sortKey().compareTo(anchor.sortKey()) > 0) {
      return Dated.none("carried-ahead");
    }
    // "Con ambas actividades, los Reyes completaron una visita de dos días a La Rioja": a visit told
    // as ending, with its length, on the day the story has told so far, ends that day.
    DateRange ended = endedOnCarriedDay(s, t, carried);
    if (ended != null) return new Dated(ended, "carried-end");
    // "met for talks at the start of a two-day visit to Slovenia", "inició una visita de tres
    // días": a visit told as starting, with its length, on the day the story has told so far,
    // starts that day.
    DateRange started = startedOnCarriedDay(s, t, carried);
    if (started != null) return new Dated(started, "carried-start");
    return new Dated(carried, carried == null ? "none" : "carried");
  }

  /**
   * {@return the days of a visit told as ending ("completed a two-day visit", "concluyó su visita
   * de tres días") on the single day carried from the sentences before, or null}
   */
  private @Nullable DateRange endedOnCarriedDay(SentenceView s, TriggerMatch t, @Nullable DateRange carried) {
    if (carried == null || carried.end() != null || !carried.start().isFullDate()) return null;
    if (!amity.event.Forms.family(t.trigger().form()).equals("visit")) return null;
    if (!toldAsEnded(s, t)) return null;
    DateRange r = lasting(s, t, carried);
    return r == carried || r == null || r.end() == null ? null : r;
  }

  /**
   * {@return the day the next sentences' events that name none take} The day a sentence's
   * reported event took place ("On 15 April the presidents held talks. They signed six
   * documents."); a single day tells more than the range of the visit it falls in, so a range
   * holding the day carried so far leaves it; an event told as at another time ("Trước đó, chiều
   * 9/1, …", "Earlier, on Tuesday, …") does not move the story's day.
   *
   * @param read the readings of a sentence
   * @param carried the day carried so far
   */
  public static @Nullable DateRange carry(List<Reading> read, @Nullable DateRange carried) {
    DateRange day = null;
    DateRange range = null;
    for (Reading r : read) {
      if (r.planned() || r.date() == null || r.date().start().day() == null || r.has(Cue.ANOTHER_TIME)) continue;
      // An agreement a report tells of may have been made known on its day, not reached then:
      // the next sentences' events are not dated by it.
      if (r.has(Cue.REPORTED_SPEECH) && (r.family().equals("agree") || r.family().equals("statement"))) continue;
      // A speaker's presence in a place is read for every word of saying before a place, at home
      // too until the gate drops it ("Bertinotti denunció hoy en Florencia"): it dates no other event.
      if (r.trigger().trigger().presence()) continue;
      if (r.date().end() == null) day = r.date(); else range = r.date();
    }
    if (day != null) return day;
    if (range == null) return carried;
    boolean inside = carried != null && carried.end() == null && carried.start().day() != null && range.overlaps(carried);
    return inside ? carried : range;
  }

  /**
   * "Slovenia and Poland pledged to intensify cooperation on Tuesday … Kwasniewski and his
   * Slovenian counterpart, Milan Kucan, met for talks at the start of a two-day visit": a news
   * story's lead tells its news of one day; what the sentences after it tell without a day of
   * their own is of that day, as it is when the lead's day is an event's ({@link #carry}). The lead
   * is the story's first sentence naming a date; when it tells no event itself and that is its one
   * date, a single day no later than the story's and at most {@link StoryConsolidator#OCCASION_DAYS}
   * before it, that day dates the next sentence's events that name none (the reader carries it no
   * further: further on, a story tells of other times too).
   *
   * @param leadDates the dates the lead names
   * @param anchor the story's day
   * @return the lead's day, or null
   */
  public static @Nullable DateRange leadDay(List<DateMention> leadDates, @Nullable DateValue anchor) {
    if (leadDates.size() != 1 || anchor == null || !anchor.isFullDate()) return null;
    DateMention d = leadDates.get(0);
    if (!d.isDay() || d.range().end() != null || !d.range().start().isFullDate()) return null;
    long before = java.time.temporal.ChronoUnit.DAYS.between(d.range().start().toLocalDate().orElseThrow(), anchor.toLocalDate().orElseThrow());
    return before >= 0 && before <= StoryConsolidator.OCCASION_DAYS ? d.range() : null;
  }

  /**
   * An item of a press digest: a line opening with a dash ("- Saudi Prince Sultan telephones prime
   * minister.") or with a newspaper's name and city before one ("ESTRATEGIA (Santiago de Chile) -
   * Sin información pública terminó …").
   */
  private static final Pattern DIGEST_ITEM = Pattern.compile("^\\s*(?:[-–—]\\s|\\p{Lu}[\\p{Lu}\\p{M} .'&-]{1,40}\\s\\([^()]{2,40}\\)\\s[-–—]\\s)");

  /**
   * {@return whether a sentence opens an item of a press digest} Each item is a story of its own,
   * from its own paper: a day named in the item before is not its day.
   */
  public static boolean opensDigestItem(String sentence) {
    return DIGEST_ITEM.matcher(sentence).lookingAt();
  }

  /**
   * Whether the sentence names a day or month (not a year) that is not the report's ("said on
   * Friday"), nor that of a clause of an earlier or later time ("since Jordan was shaken by food
   * riots earlier this month") or of a relative clause after the trigger: one the dater did not
   * give {@code t}, as it is asked only when none was.
   */
  private boolean namesAnotherDay(SentenceView s, TriggerMatch t) {
    List<DateMention> reportDays = new ArrayList<>();
    DateClauses o = DateClauses.of(scope, s);
    List<Span> otherTime = new ArrayList<>(o.otherTime());
    otherTime.addAll(o.laterTime());
    for (DateMention d : s.dates()) {
      if (reportsDay(s, d, reportDays, t.span())) {
        reportDays.add(d);
        continue;
      }
      if (d.range().start().month() == null) continue;
      boolean ofOtherTime = otherTime.stream().anyMatch(w -> w.end() <= d.span().start()
          && !ClauseBreaks.hasClauseBreak(s.text(), w.end(), d.span().start()));
      // "acordaron celebrar el 65 aniversario …, que se cumplirá el 2 de diciembre": a relative
      // clause after the trigger tells of what it names.
      // So does one set off by a comma ("The Airbus, which was hijacked on Monday evening, landed
      // at 4.30 a.m."), not a clause of what is said ("ratificaron que el 31 de mayo marcharán").
      boolean ofRelative = o.relative().stream().anyMatch(w -> w.end() <= d.span().start()
          && (w.start() >= t.span().end() || s.between(s.span().start(), w.start()).matches("(?s).*[,，]\\s*"))
          && !ClauseBreaks.hasClauseBreak(s.text(), w.end(), d.span().start()));
      if (!ofOtherTime && !ofRelative) return true;
    }
    return false;
  }

  /**
   * Whether the word of what came before ("after", "después de") standing right before a trigger
   * follows another event the report tells: "The PUK said the ceasefire was agreed after talks
   * between …" tells what preceded the ceasefire, not what was done just before the telling
   * ("dijo McFarland … después de reunirse con …").
   */
  private static boolean afterReportedEvent(SentenceView s, TriggerMatch t, List<Frame> frames, List<TriggerMatch> triggers) {
    int from = Math.max(s.span().start(), t.span().start() - 24);
    int word = -1;
    for (var m : s.lexicon().find("nonfinite", s.between(from, t.span().start()))) {
      if (s.between(from + m.span().end(), t.span().start()).isBlank()) word = from + m.span().start();
    }
    if (word < 0) return false;
    for (Frame f : frames) {
      if (!f.content().contains(t.span())) continue;
      for (TriggerMatch o : triggers) {
        if (o != t && o.span().start() >= f.content().start() && o.span().end() <= word
            && !ClauseBreaks.hasClauseBreak(s.text(), o.span().end(), word)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How far after a trigger (characters) a word of another time still tells of it: "visited Hanoi recently". */
  static final int ANOTHER_TIME_REACH = 40;

  /**
   * {@return whether the words before a trigger, or right after it in its clause, tell its event as
   * at another time than the one told before: "He later discussed …", "su reciente visita",
   * "visited Hanoi recently"}
   */
  public boolean anotherTime(SentenceView s, TriggerMatch t) {
    if (!scope.openers(s.between(s.span().start(), t.span().start()), s.lang(), DateScope.SEQUEL).isEmpty()) return true;
    String after = s.between(t.span().end(), Math.min(s.span().end(), t.span().end() + ANOTHER_TIME_REACH));
    for (Span w : scope.openers(after, s.lang(), DateScope.SEQUEL)) {
      if (!ClauseBreaks.hasClauseBreak(after, 0, w.start())) return true;
    }
    return false;
  }

  /**
   * Whether a trigger is told as the occasion of another event: "nhân dịp thăm làm việc", "on the
   * occasion of his visit", "con motivo de su visita", "出席联大期间".
   */
  static boolean isOccasion(SentenceView s, TriggerMatch t) {
    int from = Math.max(s.span().start(), t.span().start() - 30);
    String window = s.between(from, Math.min(s.span().end(), t.span().end() + 4));
    for (var m : s.lexicon().find("occasion", window)) {
      int start = from + m.span().start();
      int end = from + m.span().end();
      // "on the occasion of his working visit", "con motivo de su visita"
      boolean before = end <= t.span().start() && t.span().start() - end <= 12
          && !ClauseBreaks.hasClauseBreak(s.text(), end, t.span().start());
      boolean around = start < t.span().end() && end > t.span().start();
      if (before || around) return true;
    }
    return false;
  }

  private static boolean isAgreement(TriggerMatch t) {
    String family = amity.event.Forms.family(t.trigger().form());
    return family.equals("agree") || family.equals("statement");
  }

  /** How far before an agreement's trigger (characters) a word naming it the basis of something may stand. */
  static final int BASIS_REACH = 16;

  /** Whether an agreement's trigger is named as the basis of what its sentence tells: "under a ceasefire agreement", "en virtud del acuerdo", "根据协议". */
  static boolean isBasis(SentenceView s, TriggerMatch t) {
    if (!isAgreement(t)) return false;
    int from = Math.max(s.span().start(), t.span().start() - BASIS_REACH - 20);
    String window = s.between(from, t.span().start());
    for (var m : s.lexicon().find("basis", window)) {
      int end = from + m.span().end();
      if (t.span().start() - end <= BASIS_REACH && !ClauseBreaks.hasClauseBreak(s.text(), end, t.span().start())) return true;
    }
    return false;
  }

  /**
   * {@return the day a report of the trigger was made, told before it outside what the report
   * says ("said on Wednesday he had …", "9月30日晚透露，…"), or null}
   */
  private static @Nullable DateMention reportDay(SentenceView s, TriggerMatch t, Clause clause) {
    DateValue anchor = s.anchor();
    for (DateMention d : s.dates()) {
      if (!d.isDay() || d.range().end() != null || d.span().end() > t.span().start()) continue;
      boolean ofReport = !clause.region().contains(d.span()) || clause.spoken(d.span())
          || s.lexicon().endsBefore("reporting", s.text(), d.span().start(), 30);
      if (!ofReport) continue;
      DateValue v = d.range().start();
      if (anchor != null && anchor.isFullDate() && v.isFullDate() && v.sortKey().compareTo(anchor.sortKey()) > 0) continue;
      return d;
    }
    return null;
  }

  /** How far before a trigger (characters) a word of its end may stand: "al término de la décima Comisión mixta". */
  static final int AT_END_REACH = 25;

  /**
   * Whether what the sentence tells was said or done at the end of the trigger's meeting: "dijo
   * Aznar al término de la cumbre", "at the close of the talks" (not a visit's end, which counts
   * its length back from its day).
   */
  private boolean toldAtItsEnd(SentenceView s, TriggerMatch t) {
    if (amity.event.Forms.family(t.trigger().form()).equals("visit")) return false;
    int from = Math.max(s.span().start(), t.span().start() - AT_END_REACH - 40);
    // Up to the trigger's end, so that a word may look ahead at it ("al inaugurar").
    String window = s.between(from, t.span().end());
    int at = t.span().start() - from;
    for (Span w : scope.openers(window, s.lang(), DateScope.AT_END)) {
      if (w.end() <= at && at - w.end() <= AT_END_REACH && !ClauseBreaks.hasClauseBreak(window, w.end(), at)) return true;
    }
    return false;
  }

  /**
   * {@return the one date of the sentence, when it names a month and no day ("Đầu tháng 3",
   * "in March"), outside parentheses and not a report's; else null}
   */
  private static @Nullable DateMention occasionMonth(SentenceView s, TriggerMatch t) {
    DateMention out = null;
    for (DateMention d : s.dates()) {
      if (out != null) return null;
      DateValue v = d.range().start();
      if (v.day() != null || v.month() == null || d.range().end() != null) return null;
      if (ClauseBreaks.insideParentheses(s.text(), s.span().start(), d.span().start())) return null;
      if (s.lexicon().endsBefore("reporting", s.text(), d.span().start(), 30)) return null;
      out = d;
    }
    return out;
  }

  /** How far after an occasion's trigger (characters) its own date may stand. */
  static final int OCCASION_DATE_REACH = 40;

  /**
   * {@return a date of the phrase a trigger opens: "during his visit from May 5 to 8", "durante la
   * cumbre de la UE, el 19 y 20 de junio"}
   */
  private static @Nullable DateMention ownPhraseDate(SentenceView s, TriggerMatch t) {
    for (DateMention d : s.dates()) {
      if (d.span().start() >= t.span().end() && d.span().start() - t.span().end() <= OCCASION_DATE_REACH) return d;
    }
    return null;
  }

  /** How far from a visit's trigger (characters) its length of days may stand. */
  static final int DURATION_REACH = 60;

  /**
   * "llegó el lunes a Egipto en una visita de Estado de tres días", "a two-day official visit, which
   * began on Thursday": a visit of so many days from the day it starts, or to the day it ends
   * ("concluded a three-day visit on Friday").
   */
  private @Nullable DateRange lasting(SentenceView s, TriggerMatch t, @Nullable DateRange r) {
    if (r == null || r.end() != null || r.start().day() == null || !amity.event.Forms.family(t.trigger().form()).equals("visit")) return r;
    String sentence = s.sentence().text();
    int at = s.span().start();
    for (DateScope.Duration d : scope.durations(sentence, s.lang())) {
      Span span = d.span().shift(at);
      if (d.days() < 2 || distance(t.span(), span) > DURATION_REACH) continue;
      int from = Math.min(t.span().end(), span.end());
      int to = Math.max(t.span().start(), span.start());
      if (from < to && ClauseBreaks.hasClauseBreak(s.text(), from, to)) continue;
      // "returned to the Kremlin on Thursday after a two-day break": the length is of what came before.
      if (span.start() >= t.span().end() && otherTimeBetween(s, t.span().end(), span.start())) continue;
      boolean ends = toldAsEnded(s, t);
      DateValue other = DateFinder.plusDays(r.start(), ends ? 1 - d.days() : d.days() - 1);
      return ends ? new DateRange(other, r.start()) : new DateRange(r.start(), other);
    }
    return r;
  }

  /** Whether a word opening a clause of another time ("after", "tras", "sau khi") stands between two story offsets. */
  private boolean otherTimeBetween(SentenceView s, int from, int to) {
    return !scope.openers(s.between(from, to), s.lang(), DateScope.OTHER_TIME).isEmpty();
  }

  /**
   * Whether a date after a gift told as given is when it will arrive, not when it was given:
   * "các tàu cứu hộ … dự kiến sẽ đến khu vực tìm kiếm từ ngày 24/4 đến 26/4", "the rescue ship
   * … is expected to reach Bali on April 24".
   */
  private static boolean giftOnItsWay(SentenceView s, TriggerMatch t, Status status, Span date) {
    if (status == Status.PLANNED || date.start() < t.span().end() || !amity.event.Forms.family(t.trigger().form()).equals("aid")) return false;
    String between = s.between(t.span().end(), date.start());
    for (var m : s.intents(t.span().end(), date.start())) {
      if (!ClauseBreaks.hasClauseBreak(between, m.span().end(), between.length())) return true;
    }
    return false;
  }

  /** How far before a date (characters) a word of intent makes it one ahead: "is scheduled on Monday". */
  static final int PLANNED_DATE_REACH = 40;

  /**
   * Whether a word of intent governs the date itself ("The formal signing is scheduled on Monday",
   * "定于周一"), whatever the trigger's own clause says: its weekday or month lies ahead.
   */
  private static boolean plannedBefore(SentenceView s, Span date) {
    int from = Math.max(s.span().start(), date.start() - PLANNED_DATE_REACH);
    String before = s.between(from, date.start());
    for (var m : s.intents(from, date.start())) {
      if (!ClauseBreaks.hasClauseBreak(before, m.span().end(), before.length())) return true;
    }
    return false;
  }

  /**
   * {@return the publication date that dates of a story count from: none when it is only the
   * latest year the text names, a floor rather than the year ("《2063年议程》"), which would give
   * "10月2日" a year it does not have}
   */
  public static @Nullable DateValue resolvingAnchor(PublicationDate published) {
    return published.basis() == DateBasis.TEXT && published.confidence() < 0.4 ? null : published.date();
  }

  private @Nullable DateMention nearest(SentenceView s, TriggerMatch t, Clause clause, List<Frame> frames, Status status,
      List<TriggerMatch> triggers, List<Clause> clauses) {
    String text = s.text();
    Span trigger = t.span();
    DateMention best = null;
    int bestScore = Integer.MAX_VALUE;
    DateClauses openers = DateClauses.of(scope, s);
    List<DateMention> reportDays = new ArrayList<>();
    // "said on Thursday in a visit to Rwanda": the event is where the report was made, of its day.
    boolean setting = ImpliedSubject.speakingSetting(s, t, clause);
    for (DateMention d : s.dates()) {
      if (!setting && reportsDay(s, d, reportDays, trigger)) {
        reportDays.add(d);
        continue;
      }
      if (ClauseBreaks.insideParentheses(text, s.span().start(), d.span().start())) continue;
      if (d.span().start() >= trigger.end() && d.span().start() - trigger.end() > AFTER_REACH) continue;
      if (clause.spoken(d.span()) || !setting && reportsDay(s.text(), d.span(), t, frames)) continue;
      // A date outside what the report says is the report's ("…, the Elysee said on Wednesday").
      if (!clause.region().contains(d.span())) continue;
      // "until December 31, 2001", "desde 1998", "至今": a deadline or a start, not when it happened.
      if (s.lexicon().endsBefore("not_when", s.text(), d.span().start(), NOT_WHEN_REACH)) continue;
      if (scope.isLimit(text, s.lang(), d.span())) continue;
      // "墨西哥外长将访华新华社北京6月25日电": the dateline's day is when the plan was reported, not
      // when the planned event happens.
      // Nor is a day the report's body tells after the dateline ("唐国强今天…宣布"): a headline's
      // plan before it takes none of them.
      if (status == Status.PLANNED && (scope.isDateline(text, s.lang(), d.span()) || afterDateline(s, trigger, d.span()))) continue;
      if (openers.apart(text, trigger, d.span())) continue;
      if (returnAfterEnd(s, t, d.span())) continue;
      if (ownedElsewhere(d.span(), t, status, triggers, clauses)) continue;
      if (giftOnItsWay(s, t, status, d.span())) continue;
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

  /**
   * Whether a date stands after a visit told as ended, past a comma: "圆满结束了对古巴和玻利维亚的友好访问，
   * 于今天返回北京", "ended his visit to China, returning home on Friday": the day is the return's,
   * not the visit's (which ended before it).
   */
  private boolean returnAfterEnd(SentenceView s, TriggerMatch t, Span date) {
    if (date.start() < t.span().end() || !amity.event.Forms.family(t.trigger().form()).equals("visit")) return false;
    if (s.between(t.span().end(), date.start()).chars().noneMatch(c -> ClauseBreaks.commaOrSemicolon((char) c))) return false;
    return toldAsEnded(s, t);
  }

  /**
   * {@return the days of a visit told as starting ("at the start of a two-day visit", "inició una
   * visita de tres días") on the single day carried from the sentences before, or null}
   */
  private @Nullable DateRange startedOnCarriedDay(SentenceView s, TriggerMatch t, @Nullable DateRange carried) {
    if (carried == null || carried.end() != null || !carried.start().isFullDate()) return null;
    if (!amity.event.Forms.family(t.trigger().form()).equals("visit") || toldAsEnded(s, t)) return null;
    // The word stands in the visit's clause ("met for talks at the start of a two-day visit").
    boolean starting = false;
    for (Span w : scope.openers(s.between(s.span().start(), t.span().start()), s.lang(), DateScope.VISIT_START)) {
      if (!ClauseBreaks.hasClauseBreak(s.text(), s.span().start() + w.end(), t.span().start())) starting = true;
    }
    if (!starting) return null;
    DateRange r = lasting(s, t, carried);
    return r == carried || r == null || r.end() == null ? null : r;
  }

  /** Whether a word of {@code visit_end} before the trigger tells its event as ending ("completed a two-day visit", "结束了对…的访问"). */
  private boolean toldAsEnded(SentenceView s, TriggerMatch t) {
    return !scope.openers(s.between(s.span().start(), t.span().start()), s.lang(), DateScope.VISIT_END).isEmpty();
  }

  /** Whether a dateline's day stands between a trigger and a date after it. */
  private boolean afterDateline(SentenceView s, Span trigger, Span date) {
    if (date.start() < trigger.end()) return false;
    for (DateMention d : s.dates()) {
      if (d.span().start() >= trigger.end() && d.span().end() <= date.start() && scope.isDateline(s.text(), s.lang(), d.span())) return true;
    }
    return false;
  }

  /**
   * Whether a date stands nearer another trigger of the sentence, told in another tense and
   * standing between them: "would hold talks … as part of an agreement Iraq reached with the
   * United Nations in June". A reference to an event ("the talks") has no tense of its own.
   */
  static boolean ownedElsewhere(Span date, TriggerMatch t, Status status, List<TriggerMatch> triggers, List<Clause> clauses) {
    int best = Integer.MAX_VALUE;
    int owner = -1;
    for (int i = 0; i < triggers.size(); i++) {
      int d = distance(triggers.get(i).span(), date);
      if (d < best) {
        best = d;
        owner = i;
      }
    }
    if (owner < 0 || triggers.get(owner) == t || triggers.get(owner).span().equals(t.span())) return false;
    // "the talks", "cuộc hội đàm" refer to an event told around them, in whatever tense.
    if (clauses.get(owner).cues().contains(Cue.ANAPHORIC)) return false;
    // Only a trigger standing between: "left Amman on Thursday to hold talks" dates the talks too.
    Span o = triggers.get(owner).span();
    boolean between = date.start() >= t.span().end() ? o.start() >= t.span().end() && o.end() <= date.start()
        : o.start() >= date.end() && o.end() <= t.span().start();
    return between && clauses.get(owner).status() != status;
  }

  private static int distance(Span a, Span b) {
    return b.start() >= a.end() ? b.start() - a.end() : a.start() >= b.end() ? a.start() - b.end() : 0;
  }

  /**
   * Whether a date stands right after a reporting word ("said on Friday", "informó hoy"), or right
   * after such a date ("informó hoy, martes,"): the report's day, not its events'.
   */
  private static boolean reportsDay(SentenceView s, DateMention d, List<DateMention> reportDays, Span trigger) {
    String text = s.text();
    int p = d.span().start();
    while (p > s.span().start() && (Character.isWhitespace(text.charAt(p - 1)) || text.charAt(p - 1) == ',')) p--;
    for (DateMention r : reportDays) if (r.span().end() == p) return true;
    // "announced on Monday" dates the announcement when the announcement is the event.
    if (trigger.end() >= p - 2 && trigger.end() <= p) return false;
    return s.lexicon().endsBefore("reporting", text, p, 30);
  }

  /** Whether a date right after a reporting verb dates the report that tells {@code t}. */
  private static boolean reportsDay(String text, Span date, TriggerMatch t, List<Frame> frames) {
    for (Frame f : frames) {
      if (!f.content().contains(t.span())) continue;
      if (date.start() >= f.cue().end() && date.start() - f.cue().end() <= REPORT_DATE_GAP && date.end() <= t.span().start()
          && !ClauseBreaks.hasClauseBreak(text, f.cue().end(), date.start())) {
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
    if (dm.kind().equals(DateFinder.THIS_WEEK) && anchor.isFullDate()) {
      // What will happen "this week" may happen on any day of it.
      LocalDate monday = anchor.toLocalDate().orElseThrow().with(DayOfWeek.MONDAY);
      return new DateRange(DateValue.of(monday), DateValue.of(monday.plusDays(6)));
    }
    if (dm.kind().equals("weekday") && anchor.isFullDate() && r.start().isFullDate() && r.end() == null) {
      LocalDate a = anchor.toLocalDate().orElseThrow();
      LocalDate d = r.start().toLocalDate().orElseThrow();
      if (d.isBefore(a)) return DateRange.of(DateValue.of(d.plusDays(7)));
    }
    return r;
  }

  /**
   * Whether the sentence named the month of a bare day with a day of it no earlier, before it
   * ("据新华社莫斯科6月25日电…叶利钦25日同…"): the day is of that month, whatever the page's date.
   */
  private static boolean dayOfNamedMonth(SentenceView s, DateMention dm) {
    DateValue day = dm.range().start();
    for (DateMention d : s.dates()) {
      if (d == dm || d.span().end() > dm.span().start() || d.kind().equals("day")) continue;
      DateValue named = d.range().end() != null ? d.range().end() : d.range().start();
      if (named.day() != null && named.month() != null && named.month().equals(day.month())
          && java.util.Objects.equals(named.year(), day.year()) && named.day() >= day.day()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A day named without its month ("28日运抵") that the month last named put after the day of
   * publication, for an event told as done: reports look back, so it is a day of the publication's
   * month when that day has come, else of the month before ("28日" in a report of 2 June is 28 May).
   */
  static DateRange lookingBack(DateRange r, @Nullable DateValue anchor) {
    if (anchor == null || !anchor.isFullDate() || r.end() != null || !r.start().isFullDate()
        || r.start().sortKey().compareTo(anchor.sortKey()) <= 0) {
      return r;
    }
    LocalDate a = anchor.toLocalDate().orElseThrow();
    int d = r.start().day();
    LocalDate month = d <= a.getDayOfMonth() ? a.withDayOfMonth(1) : a.withDayOfMonth(1).minusMonths(1);
    if (d > month.lengthOfMonth()) return r;
    return DateRange.of(DateValue.of(month.withDayOfMonth(d)));
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
    // "Năm 1987, … Tại hội nghị thượng đỉnh … vào mùa hè năm đó": a year named back ({@code
    // that_year}) near the trigger is the last year the story named before it.
    for (var w : s.lexicon().find("that_year", sentence)) {
      if (Math.abs(w.span().start() - at) > 60) continue;
      Matcher before = YEAR.matcher(s.text().substring(0, s.span().start() + w.span().start()));
      Integer last = null;
      while (before.find()) last = Integer.parseInt(before.group(1));
      if (last != null && last < anchor.year() - 1) return true;
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
