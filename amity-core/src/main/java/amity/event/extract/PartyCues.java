package amity.event.extract;

import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How a name stands among the words around it, which tells whether it is a party to an event:
 * a place in brackets qualifying the word before it, a description in apposition to another
 * person, a body a state joins, the second of a pair after "between", a receiver by the noun it
 * describes. Small tests on the sentence's text and parse that {@link ArgumentReader} asks while
 * it assigns arguments. Stateless.
 */
final class PartyCues {
  private PartyCues() {}

  /**
   * Whether a place stands in brackets as a qualifier of the word before it, not as a party:
   * "English (UK, U.S.)", "Portuguese (Brazil)", "Reuters (London)".
   */
  static boolean qualifier(LinkedMention m, List<Span> brackets) {
    EntityType type = m.mention().type();
    if (type != EntityType.GPE && type != EntityType.LOC) return false;
    return brackets.stream().anyMatch(b -> b.contains(m.mention().span()));
  }

  /** {@return the spans inside round brackets of {@code text}, shifted by {@code offset}} */
  static List<Span> brackets(String text, int offset) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') {
        open = i;
      } else if ((c == ')' || c == '）') && open >= 0) {
        out.add(new Span(offset + open, offset + i + 1));
        open = -1;
      }
    }
    return out;
  }

  /**
   * Whether a body after the trigger is what it is done with ("a deal with separatist rebels"):
   * a companion word right before it, in a contact that is not a journey, and the body not a
   * modifier run into the noun after it ("同安理会非洲成员国外长").
   */
  static boolean counterpartBody(LinkedMention p, TriggerMatch t, EventLexicon lex, String text) {
    Span m = p.mention().fullSpan();
    if (m.start() <= t.span().start() || Forms.family(t.trigger().form()).equals("visit")) return false;
    if (m.end() < text.length() && amity.text.Scripts.isUnspacedScript(text.charAt(m.end()))) return false;
    // "talks with Chechnya's separatists": the possessor names whose body it is; the companion
    // word stands before it.
    return lex.endsBefore("companion", text, m.start(), 16) || lex.endsBefore("companion", text, possessorStart(text, m.start()), 16);
  }

  /**
   * {@return where a capitalised possessor ending right before {@code pos} starts ("Chechnya's ",
   * "South Korea's "), or {@code pos} when there is none}
   */
  static int possessorStart(String text, int pos) {
    int end = pos;
    while (end > 0 && text.charAt(end - 1) == ' ') end--;
    int mark = end >= 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2)) ? end - 2 : -1;
    if (mark <= 0) return pos;
    // Up to three capitalised words: "Chechnya", "South Korea" ("the Philippines" stops at "the").
    int start = mark;
    for (int words = 0; words < 3; words++) {
      int w = start;
      while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '-')) w--;
      if (w == start || !Character.isUpperCase(text.charAt(w))) break;
      start = w;
      if (w < 2 || text.charAt(w - 1) != ' ' || !Character.isLetter(text.charAt(w - 2))) break;
      int prev = w - 1;
      while (prev > 0 && Character.isLetter(text.charAt(prev - 1))) prev--;
      if (!Character.isUpperCase(text.charAt(prev))) break;
      start = w - 1;
    }
    while (start < mark && text.charAt(start) == ' ') start++;
    return start < mark ? start : pos;
  }

  /**
   * Whether a description found from a title alone ({@link amity.mention.TitleFinder#NOMINAL})
   * stands right after another person's name and a comma: it describes that person.
   */
  static boolean apposition(SentenceView s, LinkedMention l) {
    if (!amity.mention.TitleFinder.NOMINAL.equals(l.mention().finder())) return false;
    String text = s.text();
    int start = l.mention().fullSpan().start();
    for (LinkedMention o : s.mentions()) {
      if (o == l || o.mention().type() != EntityType.PERSON || amity.mention.TitleFinder.NOMINAL.equals(o.mention().finder())) continue;
      int end = o.mention().span().end();
      if (end <= start && start - end <= 3 && text.substring(end, start).strip().equals(",")) return true;
    }
    return false;
  }

  /**
   * Whether a name is the receiver by the noun it describes: "development aid to the Caribbean
   * island of Montserrat" (the parse's case word of "island" is a {@code recipient} word).
   */
  static boolean describedRecipient(SentenceView s, LinkedMention m) {
    if (s.syntax() == null) return false;
    Span marker = s.syntax().describedCase(s.syntax().headOf(m.mention().span()));
    if (marker == null || marker.end() > m.mention().span().start()) return false;
    String word = marker.of(s.text());
    return s.lexicon().isWhole("recipient", word);
  }

  /**
   * Whether a body after the trigger is the second of a pair it names ("a ceasefire agreement
   * between Russian security chief Alexander Lebed and rebel leaders"): a {@code between} word
   * before the first name (its title between them at most), and only a list separator between
   * that name and the body.
   */
  static boolean pairedBody(LinkedMention p, TriggerMatch t, EventLexicon lex, String text, List<LinkedMention> scope) {
    Span m = p.mention().fullSpan();
    if (m.start() <= t.span().start() || Forms.family(t.trigger().form()).equals("visit")) return false;
    for (LinkedMention q : scope) {
      Span first = q.mention().fullSpan();
      if (q == p || first.start() <= t.span().start() || first.end() > m.start()) continue;
      if (!listJoin(text, q.mention().span().end(), m.start())) continue;
      // The word may stand inside the trigger ("agreement between") and before a title.
      int from = Math.max(t.span().start(), first.start() - 48);
      for (PhraseTrie.Match<String> b : lex.find("between", text.substring(from, first.start()))) {
        if (!ClauseBreaks.hasClauseBreak(text, from + b.span().end(), first.start())) return true;
      }
    }
    return false;
  }

  /**
   * {@return the mention an abbreviation in brackets right after it repeats ("la Organización
   * Mundial del Comercio (OMC)"), else the mention itself}
   */
  static LinkedMention outer(SentenceView s, LinkedMention m) {
    String text = s.text();
    int i = m.mention().fullSpan().start() - 1;
    while (i >= 0 && text.charAt(i) == ' ') i--;
    if (i < 0 || text.charAt(i) != '(') return m;
    int j = i;
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    for (LinkedMention o : s.mentions()) {
      if (o != m && o.mention().type() == m.mention().type() && o.mention().span().end() == j) return o;
    }
    return m;
  }

  /**
   * Whether a body stands as what someone joins or belongs to: a {@code membership} word ("entrada",
   * "ingreso", "socio") a few words before it, with no comma and no companion word between.
   */
  static boolean joined(EventLexicon lex, String text, int start) {
    int from = Math.max(0, start - 40);
    for (int i = start - 1; i >= from; i--) {
      if (",;:()\"".indexOf(text.charAt(i)) >= 0) {
        from = i + 1;
        break;
      }
    }
    String window = text.substring(from, start);
    return !lex.find("membership", window).isEmpty() && lex.find("companion", window).isEmpty();
  }

  /** Whether a person's name ends right before "of" or "de" and the place at {@code start}. */
  static boolean ofPerson(SentenceView s, String text, int start) {
    int i = start;
    while (i > 0 && text.charAt(i - 1) == ' ') i--;
    int w = i;
    while (w > 0 && Character.isLetter(text.charAt(w - 1))) w--;
    String word = text.substring(w, i);
    if (!word.equals("of") && !word.equals("de")) return false;
    int j = w;
    while (j > 0 && text.charAt(j - 1) == ' ') j--;
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() == EntityType.PERSON && m.mention().span().end() == j) return true;
    }
    return false;
  }

  /** Whether only a list separator stands between two names: a comma, "and", "y", "và", "和", "、". */
  static boolean listJoin(String text, int from, int to) {
    if (to < from || to - from > 6) return false;
    String between = text.substring(from, to).strip();
    return between.isEmpty() || java.util.Set.of(",", "，", "、", "and", "y", "e", "và", "和", "及", "与", ", and", ", y").contains(between);
  }

  static boolean possessive(String text, int end) {
    return text.startsWith("'s ", end) || text.startsWith("’s ", end) || text.startsWith("' ", end);
  }
}
