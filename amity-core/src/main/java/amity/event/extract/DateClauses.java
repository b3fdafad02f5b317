package amity.event.extract;

import amity.model.Span;
import amity.time.DateScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a sentence that open clauses of their own time, in story offsets, and what they
 * tell the dater: whether a date and a trigger stand in different clauses ("the deal under which
 * troops leave on Wednesday", "Ross, who held talks on Tuesday"), and whether a trigger stands in a
 * relative clause set off by a comma.
 *
 * @param relative openers of relative clauses ("who", "que", "cuyo")
 * @param otherTime openers of a clause of an earlier or other time ("after", "since", "tras")
 * @param laterTime openers of a clause of a later time ("before", "antes de")
 * @param purpose openers of a purpose clause ("in order to", "para", "để")
 */
record DateClauses(List<Span> relative, List<Span> otherTime, List<Span> laterTime, List<Span> purpose) {

  /** {@return the clause openers of {@code s} by the scope words of its language} */
  static DateClauses of(DateScope scope, SentenceView s) {
    String sentence = s.sentence().text();
    int at = s.span().start();
    return new DateClauses(shift(scope.openers(sentence, s.lang(), DateScope.RELATIVE), at),
        shift(scope.openers(sentence, s.lang(), DateScope.OTHER_TIME), at),
        shift(scope.openers(sentence, s.lang(), DateScope.LATER_TIME), at),
        shift(scope.openers(sentence, s.lang(), DateScope.PURPOSE), at));
  }

  private static List<Span> shift(List<Span> spans, int by) {
    return spans.stream().map(x -> x.shift(by)).toList();
  }

  /** Whether the trigger stands in a relative clause set off by a comma ("Rabinovich, who … conducted negotiations"). */
  boolean inSetOffRelative(String text, Span trigger) {
    for (Span w : relative) {
      if (w.end() > trigger.start() || ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())) continue;
      if (text.substring(Math.max(0, w.start() - 3), w.start()).matches("(?s).*[,，]\\s*")) return true;
    }
    return false;
  }

  /**
   * Whether a clause holds the date and not the trigger, or the trigger and not the date: "signed
   * the deal under which the withdrawal is to resume on Wednesday", "a call from Ross, who held
   * talks on Tuesday", "the first to meet Erbakan since he came to power on June 28", "hoy abandonó
   * París Lahad, cuyo viaje a Francia…", "Before Levy's arrival in Bonn, Ruehe will visit Israel
   * from September 2 to 4". A relative clause right after the trigger is its own ("la reunión que
   * celebrarán mañana").
   */
  boolean apart(String text, Span trigger, Span date) {
    if (date.start() >= trigger.end()) {
      List<Span> after = new ArrayList<>(relative);
      // "after which" opens a relative clause, not one of another time.
      for (Span w : otherTime) if (relative.stream().noneMatch(w::overlaps)) after.add(w);
      for (Span w : laterTime) if (relative.stream().noneMatch(w::overlaps)) after.add(w);
      // "ha viajado a Madrid para presentar mañana": the date of a purpose clause after the trigger is of its own.
      after.addAll(purpose);
      for (Span w : after) {
        if (w.start() < trigger.end() || w.end() > date.start()) continue;
        if (relative.contains(w) && (isBlankOrComma(text, trigger.end(), w.start()) || oneModifier(text, trigger.end(), w.start()))) continue;
        if (!ClauseBreaks.hasClauseBreak(text, w.end(), date.start())) return true;
      }
      // "Lebed, who has arranged a military truce with separatist rebels in the southern Russia
      // region, was in Moscow this week": a trigger in a relative clause set off by commas is not
      // of a date after the clause's closing comma (one a lower-case word follows, not a list of
      // names: "who visited Paris, Berlin and Rome on Monday").
      for (Span w : relative) {
        if (w.end() > trigger.start() || ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())) continue;
        if (!text.substring(Math.max(0, w.start() - 3), w.start()).matches("(?s).*[,，]\\s*")) continue;
        if (closesClause(text, trigger.end(), date.start())) return true;
      }
      // A clause of a later time standing first: the date after its comma is the main clause's.
      for (Span w : laterTime) {
        if (w.end() > trigger.start() || relative.stream().anyMatch(w::overlaps)) continue;
        if (!ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())
            && ClauseBreaks.hasClauseBreak(text, trigger.end(), date.start())) {
          return true;
        }
      }
      return false;
    }
    // "would be opened on Monday or Tuesday following talks with the alliance", "reached a
    // ceasefire on Friday after talks": the trigger in a clause of another time is not of the day
    // told before it.
    for (Span w : otherTime) {
      if (relative.stream().anyMatch(w::overlaps)) continue;
      if (w.start() >= date.end() && w.end() <= trigger.start() && !ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())) {
        return true;
      }
    }
    // "se puso en contacto esta noche con …, antes de su viaje hacia Pekín": the trigger in a
    // clause of a later time is not of the day told before it.
    for (Span w : laterTime) {
      if (w.start() >= date.end() && w.end() <= trigger.start() && !ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())) {
        return true;
      }
    }
    for (Span w : relative) {
      if (w.end() <= date.start()) {
        // "Lebed, who flew into Chechnya earlier in the day, said he hoped to sign …": the date is
        // the relative clause's, which ends before the trigger.
        if (!ClauseBreaks.hasClauseBreak(text, w.end(), date.start()) && ClauseBreaks.hasClauseBreak(text, date.end(), trigger.start())) {
          return true;
        }
        continue;
      }
      if (w.start() < date.end() || w.end() > trigger.start()) continue;
      // "the visit from August 31 to September 2, during which he attended …" keeps its days
      // (not "said on Wednesday that he had met …").
      if (isBlankOrComma(text, date.end(), w.start()) && text.substring(date.end(), w.start()).matches("\\s*[,，]\\s*")) continue;
      if (!ClauseBreaks.hasClauseBreak(text, w.end(), trigger.start())) return true;
    }
    return false;
  }

  /**
   * Whether only one lower-case word, no comma, stands between two offsets: the trigger's noun and
   * a word of its own ("la reunión hispano-marroquí que se celebrará en Marruecos la primera semana
   * de junio"), so that the relative clause after it is still the trigger's.
   */
  private static boolean oneModifier(String text, int from, int to) {
    return text.substring(from, to).matches("\\s+\\p{Ll}[\\p{L}-]*\\s+");
  }

  /** Whether a comma followed by a lower-case word stands between two offsets: the end of a clause set off by commas. */
  private static boolean closesClause(String text, int from, int to) {
    return java.util.regex.Pattern.compile("[,，]\\s+\\p{Ll}").matcher(text.substring(from, to)).find();
  }

  private static boolean isBlankOrComma(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != '，') return false;
    }
    return true;
  }
}
