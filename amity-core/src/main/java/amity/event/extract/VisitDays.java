package amity.event.extract;

import amity.model.DateRange;
import amity.model.DateValue;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Sentence;
import amity.time.DateMention;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A visit's days told across its story: "arrived in Ankara on Tuesday for an official visit … He
 * will leave on Thursday", "Talbott, who was scheduled to return on Tuesday", "Specter, who
 * arrived from neighbouring Oman on Sunday and left on Monday". A visit dated one day lasts from
 * the day its visitor arrives ({@code arrival} words) to the day he leaves ({@code departure}
 * words), when the story names those days within a week of it; the undated plans told of the
 * visitor then fall within those days ({@link StoryConsolidator}).
 *
 * <p>The visitor is the person named last before the word in its sentence, or the pronoun that
 * opens it ({@code pronoun}: "He will leave on Thursday") when the sentence before opens with him.
 * The places named in the word's clause must fit ({@link #placesFit}): an arrival elsewhere, or a
 * going back to the place visited, is another visit's.
 */
final class VisitDays {
  private VisitDays() {}

  /** How many days apart a visit's first and last day may be. */
  static final int MAX_DAYS = 7;
  /** How far after the word (characters) its day may stand: "left Baghdad on Wednesday". */
  static final int DAY_REACH = 30;

  /**
   * {@return the readings, each visit dated one day widened to the arrival and departure days the
   * story tells of its visitor}
   *
   * @param text the story's text, which the sentences', mentions' and dates' spans index
   */
  static List<Reading> spanned(List<Reading> readings, String text, List<Sentence> sentences, List<DateMention> dates,
      List<LinkedMention> mentions, EventLexicon lex) {
    List<Reading> out = new ArrayList<>(readings.size());
    for (Reading r : readings) out.add(spanned(r, text, sentences, dates, mentions, lex));
    return out;
  }

  private static Reading spanned(Reading r, String text, List<Sentence> sentences, List<DateMention> dates,
      List<LinkedMention> mentions, EventLexicon lex) {
    if (!r.family().equals("visit") || r.has(Cue.ANOTHER_TIME) || r.date() == null || r.date().end() != null
        || !r.date().start().isFullDate()) {
      return r;
    }
    Set<String> visitors = r.persons();
    if (visitors.isEmpty()) return r;
    Set<String> visitorCountries = new HashSet<>();
    for (Participant p : r.actors()) if (p.country() != null) visitorCountries.add(p.country());
    LocalDate day = r.date().start().toLocalDate().orElseThrow();
    LocalDate first = day;
    LocalDate last = day;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      Sentence before = i > 0 ? sentences.get(i - 1) : null;
      for (String kind : List.of("arrival", "departure")) {
        boolean arrives = kind.equals("arrival");
        for (var w : lex.find(kind, s.text())) {
          int at = s.span().start() + w.span().start();
          int end = s.span().start() + w.span().end();
          if (!byVisitor(s, before, at, visitors, mentions, lex)) continue;
          DateMention d = dayAfter(text, end, dates);
          if (d == null || !placesFit(text, end, clauseEnd(text, end, s.span().end()), mentions, r.countries(), visitorCountries, arrives, lex)) continue;
          LocalDate named = d.range().start().toLocalDate().orElseThrow();
          LocalDate told = d.kind().equals("weekday") ? nearestWeekday(named, day, arrives) : named;
          long apart = ChronoUnit.DAYS.between(told, day);
          if (arrives && apart > 0 && apart <= MAX_DAYS && told.isBefore(first)) first = told;
          if (!arrives && apart < 0 && -apart <= MAX_DAYS && told.isAfter(last)) last = told;
        }
      }
    }
    if (first.equals(day) && last.equals(day)) return r;
    if (ChronoUnit.DAYS.between(first, last) > MAX_DAYS) return r;
    return r.withDate(new DateRange(DateValue.of(first), DateValue.of(last)));
  }

  /**
   * Whether the word's subject is a visitor: the person named last before it in its sentence, or
   * the pronoun opening it where the sentence before opens with a visitor ("Muratovic is also due
   * to meet … He will leave on Thursday").
   */
  private static boolean byVisitor(Sentence s, @Nullable Sentence before, int at, Set<String> visitors, List<LinkedMention> mentions,
      EventLexicon lex) {
    LinkedMention person = null;
    for (LinkedMention m : mentions) {
      if (m.mention().type() != EntityType.PERSON || !s.span().contains(m.mention().span()) || m.mention().span().end() > at) continue;
      if (person == null || m.mention().span().start() > person.mention().span().start()) person = m;
    }
    if (person != null) return visitors.contains(person.entityId());
    if (before == null || !lex.opensWith("pronoun", s.text().strip())) return false;
    LinkedMention first = null;
    for (LinkedMention m : mentions) {
      if (m.mention().type() != EntityType.PERSON || !before.span().contains(m.mention().span())) continue;
      if (first == null || m.mention().span().start() < first.mention().span().start()) first = m;
    }
    return first != null && visitors.contains(first.entityId());
  }

  /** The day named right after a word, in its clause: "will leave on Thursday", "left Baghdad on Wednesday". */
  private static @Nullable DateMention dayAfter(String text, int from, List<DateMention> dates) {
    for (DateMention d : dates) {
      int start = d.span().start();
      if (start < from || start - from > DAY_REACH || !d.isDay() || d.range().end() != null || !d.range().start().isFullDate()) continue;
      if (ClauseBreaks.hasClauseBreak(text, from, start)) return null;
      return d;
    }
    return null;
  }

  /**
   * Whether each place named in the word's clause is one this visit's arrival or leaving would
   * name: arriving, where the visit goes or the place left ({@code origin}: "arrived from
   * neighbouring Oman"); leaving, the place left ("left Baghdad") is where the visit went, and one
   * gone to ({@code destination}: "leave for Nepal", "returned to Bonn") is not ("regresó hoy a
   * Asmara" tells of going back there, not of leaving).
   */
  private static boolean placesFit(String text, int from, int to, List<LinkedMention> mentions, Set<String> countries,
      Set<String> visitorCountries, boolean arrives, EventLexicon lex) {
    for (LinkedMention m : mentions) {
      if (m.mention().type() != EntityType.GPE || m.mention().span().start() < from || m.mention().span().end() > to) continue;
      String c = m.mention().country();
      boolean visited = c != null && countries.contains(c) && !visitorCountries.contains(c);
      String before = text.substring(from, m.mention().span().start()).stripTrailing();
      boolean fit = arrives ? visited || lex.endsWith("origin", before) : lex.endsWith("destination", before) ? !visited : visited;
      if (!fit) return false;
    }
    return true;
  }

  /** Where the clause holding {@code from} ends: its next comma or semicolon, or the sentence's end. */
  private static int clauseEnd(String text, int from, int sentenceEnd) {
    for (int i = from; i < sentenceEnd && i < text.length(); i++) if (ClauseBreaks.hasClauseBreak(text, i, i + 1)) return i;
    return Math.min(sentenceEnd, text.length());
  }

  /** The day of a weekday nearest the visit's day on the side the word tells: an arrival's before it, a departure's after. */
  private static LocalDate nearestWeekday(LocalDate named, LocalDate day, boolean before) {
    LocalDate d = day;
    for (int i = 0; i < 7; i++) {
      if (d.getDayOfWeek() == named.getDayOfWeek()) return d;
      d = before ? d.minusDays(1) : d.plusDays(1);
    }
    return named;
  }
}
