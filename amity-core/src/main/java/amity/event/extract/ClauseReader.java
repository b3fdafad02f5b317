package amity.event.extract;

import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.LinkedMention;
import amity.model.Span;
import amity.model.Status;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a trigger's clause says about its event: who reports it ("X said …", "…, X said",
 * "according to X"), whether it is planned ("will", "is due to", "sẽ", "将", "tiene previsto"),
 * denied ("did not meet", "ruled out talks"), hypothetical ("if they met") or only called for
 * ("urged talks"), and the cues the old story context needs (anaphora, both sides, separately,
 * history, thanks).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClauseReader {
  /** How far before a trigger, in characters, a definite word for its event may end ("the treaty due to be signed"). */
  static final int DEFINITE_REACH = 24;
  /** How far before an agreement's word a meeting named as its subject may end: a word or two ("了", "已"). */
  static final int OCCASION_REACH = 12;
  /** How far before an event's word a {@code history_close} phrase may end: only blanks between. */
  static final int HISTORY_CLOSE_REACH = 24;

  /** How far before a trigger (characters) a word of intent still governs it. */
  static final int PLANNED_REACH = 60;
  /** How far before a trigger a denial or an appeal governs it. */
  static final int DENIAL_REACH = 30;
  /** A speaker's place before a reporting verb is short: a name, a title, "officials". */
  static final int SPEAKER_LENGTH = 90;
  /** What may stand between a statement and its reporting verb: "中" in "声明中说". */
  static final int STATEMENT_GAP = 1;

  /** {@return the reports in a sentence, in text order} */
  public List<Frame> frames(SentenceView s, List<TriggerMatch> triggers) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    int from = s.span().start();
    int to = s.span().end();
    List<Frame> out = new ArrayList<>();
    String sentence = s.sentence().text();
    for (PhraseTrie.Match<String> m : lex.find("according", sentence)) {
      Span cue = m.span().shift(from);
      int end = nextBreak(text, cue.end(), to);
      Span speaker = new Span(cue.end(), end);
      // "据新华社报道，…": the report's own verb closes the speaker's place.
      for (PhraseTrie.Match<String> r : lex.find("reporting", s.between(cue.end(), end))) {
        speaker = new Span(cue.end(), cue.end() + r.span().start());
        break;
      }
      Span content = cue.start() - from < 4 ? new Span(end, to) : new Span(from, cue.start());
      out.add(new Frame(cue, speaker, content));
    }
    for (PhraseTrie.Match<String> m : lex.find("reporting", sentence)) {
      Span cue = m.span().shift(from);
      if (out.stream().anyMatch(f -> f.speaker().contains(cue) || f.cue().overlaps(cue))) continue;
      int c = lastBreak(text, from, cue.start());
      // "El ministro belga de Exteriores, Louis Michel, informó …": the speaker stands before an
      // apposition's commas.
      boolean apposed = false;
      while (c > from && text.substring(c, cue.start()).isBlank()) {
        c = lastBreak(text, from, c - 1);
        apposed = true;
      }
      Span left = new Span(c, cue.start());
      // Only the sentence's opening subject stands in apposition before its verb; after an event's
      // clause ("… en sendas entrevistas con …, y con su colega griega, Elizabeth Papasoi,
      // informaron fuentes oficiales") the name is the event's, and the speaker follows the verb.
      boolean leftSpeaks = left.length() > 0 && left.length() <= SPEAKER_LENGTH
          && (!holdsTrigger(left, triggers) || statementSpeaks(text, left, cue, triggers))
          && (holdsMention(left, s.mentions()) || words(left.of(text)) <= 8)
          && !(apposed && holdsTrigger(new Span(from, c), triggers));
      // "Nghiên cứu … do … thực hiện … đã khẳng định: Sự dịch chuyển … đã đến Việt Nam": a colon right
      // after the verb opens what was said, however long the subject that says it.
      int colon = cue.end();
      while (colon < to && text.charAt(colon) == ' ') colon++;
      if (!leftSpeaks && left.length() > 0 && colon < to && (text.charAt(colon) == ':' || text.charAt(colon) == '：')) {
        out.add(new Frame(cue, left, new Span(colon + 1, to)));
        continue;
      }
      if (leftSpeaks) {
        // "…, X said (on Friday)." reports what came before; "X said (that) …" what comes after.
        boolean backward = c > from && words(s.between(cue.end(), to)) <= 6;
        Span content = backward ? new Span(from, c) : new Span(cue.end(), to);
        out.add(new Frame(cue, left, content));
        continue;
      }
      // "…, said Foreign Minister X." and "…，外交部长王毅说": the speaker after the verb.
      int end = nextBreak(text, cue.end(), to);
      Span right = new Span(cue.end(), end);
      if (c > from && holdsMention(right, s.mentions()) && right.length() <= SPEAKER_LENGTH) {
        out.add(new Frame(cue, right, new Span(from, c)));
      }
    }
    out.sort((a, b) -> Integer.compare(a.cue().start(), b.cue().start()));
    return out;
  }

  /** {@return what the clause of {@code t} says} */
  public Clause read(SentenceView s, TriggerMatch t, List<Frame> frames) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    int sentenceStart = s.span().start();
    Span region = s.span();
    List<Span> speakers = new ArrayList<>();
    Set<Cue> cues = EnumSet.noneOf(Cue.class);
    for (Frame f : frames) {
      if (f.content().contains(t.span())) {
        speakers.add(f.speaker());
        if (f.content().length() < region.length()) region = f.content();
        cues.add(Cue.REPORTED_SPEECH);
      }
    }
    int clause = clauseStart(text, region.start(), t.span().start());
    Status status = Status.REPORTED;
    for (Span part : t.parts()) {
      int from = Math.max(clause, part.start() - PLANNED_REACH);
      String before = text.substring(from, part.start());
      boolean intent = s.intents(from, part.start()).stream().anyMatch(m -> !hasBreak(before, m.span().end(), before.length()));
      if (intent || !s.intents(part.start(), part.end()).isEmpty()) status = Status.PLANNED;
    }
    String near = text.substring(Math.max(clause, t.span().start() - DENIAL_REACH), t.span().start());
    // "the treaty should be signed in the first half of September": a passive "should be" right
    // before the event's word schedules it; an active "should" asks for it.
    boolean scheduled = near.matches("(?s).*\\bshould be\\s*$");
    boolean denied = governs(lex, "negation", near) || governs(lex, "appeal", near) && !scheduled
        || hypothetical(s, t, clause);
    if (lex.endsBefore("anaphor", text, t.span().start(), 24)) cues.add(Cue.ANAPHORIC);
    for (Span part : t.parts()) if (lex.endsBefore("anaphor", text, part.start(), 24)) cues.add(Cue.ANAPHORIC);
    // "…杰希纳维等出席会议。": attending a bare word for an occasion that ends the sentence is attending
    // the one told before.
    if (Forms.family(t.trigger().form()).equals("ceremony") && t.end() < s.span().end()
        && lex.isWhole("bare_occasion", text.substring(t.end(), s.span().end()).replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+$", ""))) {
      cues.add(Cue.ANAPHORIC);
    }
    String sentence = s.sentence().text();
    if (lex.anyIn("both_sides", sentence)) cues.add(Cue.BOTH_SIDES);
    if (lex.anyIn("both_states", sentence)) cues.add(Cue.BOTH_STATES);
    if (lex.anyIn("separately", sentence)) cues.add(Cue.SEPARATELY);
    if (lex.anyIn("jointly", sentence)) cues.add(Cue.JOINTLY);
    String before = text.substring(clauseStart(text, sentenceStart, t.span().start()), t.span().start());
    // "The accord, agreed two weeks ago", "the deal signed by Lebed": the clause's event is one
    // whose parties an earlier sentence may name; a definite word further back ("Estos contactos,
    // realizados por Albright antes de viajar") names another event than the trigger's.
    int from = clauseStart(text, sentenceStart, t.span().start());
    for (PhraseTrie.Match<String> m : lex.find("definite_event", text.substring(from, t.end()))) {
      if (from + m.span().end() >= t.span().start() - DEFINITE_REACH) cues.add(Cue.DEFINITE);
    }
    // "今天的会议达成了重要共识": a meeting named right before the agreement's word, as its subject,
    // reached it; its parties are that meeting's (AntecedentParties).
    if (Forms.family(t.trigger().form()).equals("agree") && lex.endsBefore("occasion_subject", text, t.span().start(), OCCASION_REACH)) {
      cues.add(Cue.OCCASION_SUBJECT);
    }
    // "offered his gratitude in a meeting with …": the meeting is where thanks were given, not
    // what was thanked for.
    if (!lex.find("background", before).isEmpty() && !lex.endsBefore("setting", text, t.span().start(), 24)) cues.add(Cue.BACKGROUND);
    if (!lex.find("history", text.substring(Math.max(sentenceStart, t.span().start() - 60), t.span().start())).isEmpty()) {
      cues.add(Cue.PAST_YEAR);
    }
    // "cuatro años después de la firma de los acuerdos de Dayton": an event years before the time
    // told, its word right after the phrase that says so; further back the phrase times another
    // clause ("Dos años después de la guerra, Clinton visitó …").
    if (lex.endsBefore("history_close", text, t.span().start(), HISTORY_CLOSE_REACH)) cues.add(Cue.PAST_YEAR);
    return new Clause(region, status, cues, speakers, denied);
  }

  /**
   * Whether a {@code hypothetical} word in the trigger's clause supposes it; one followed only by
   * adjectives before a noun trigger concedes ("a public, if unofficial visit"), and one in a
   * relative clause between commas before the trigger supposes something else.
   */
  private static boolean hypothetical(SentenceView s, TriggerMatch t, int clause) {
    String before = s.text().substring(clause, t.span().start());
    for (PhraseTrie.Match<String> m : s.lexicon().find("hypothetical", before)) {
      Span gap = new Span(clause + m.span().end(), t.span().start());
      if (s.syntax() != null && s.syntax().modifiesOnly(gap, t.span())) continue;
      // "Specter, who has questioned whether Perry should resign …, met Saudi officials": the
      // word supposes within a relative clause set off by commas before the trigger.
      if (inRelative(s.lexicon(), before, m.span().start())) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether {@code at} in {@code before} stands in a clause opened by a {@code relative} word right
   * after a comma and closed by a comma before the end ("X, who has questioned whether …, met").
   */
  static boolean inRelative(EventLexicon lex, String before, int at) {
    int open = before.lastIndexOf(',', at);
    int close = before.indexOf(',', at);
    if (open < 0 || close < 0) return false;
    String segment = before.substring(open + 1, at);
    int lead = segment.length() - segment.stripLeading().length();
    return lex.find("relative", segment).stream().anyMatch(r -> r.span().start() == lead);
  }

  /** A phrase of {@code kind} in {@code before} with no clause break after it. */
  private static boolean governs(EventLexicon lex, String kind, String before) {
    for (PhraseTrie.Match<String> m : lex.find(kind, before)) {
      if (!hasBreak(before, m.span().end(), before.length())) return true;
    }
    return false;
  }

  static boolean isBreak(char c) {
    return ",，;；:：\"“”「」".indexOf(c) >= 0;
  }

  private static boolean hasBreak(String s, int from, int to) {
    for (int i = from; i < to; i++) if (isBreak(s.charAt(i))) return true;
    return false;
  }

  /** {@return where the clause holding {@code pos} starts: after the last ; or : before it} */
  static int clauseStart(String text, int from, int pos) {
    for (int i = pos - 1; i > from; i--) {
      if (";；:：".indexOf(text.charAt(i)) >= 0) return i + 1;
    }
    return from;
  }

  private static int lastBreak(String text, int from, int pos) {
    for (int i = pos - 1; i >= from; i--) {
      if (isBreak(text.charAt(i))) return i + 1;
    }
    return from;
  }

  private static int nextBreak(String text, int pos, int to) {
    for (int i = pos; i < to; i++) {
      if (isBreak(text.charAt(i)) || ".。".indexOf(text.charAt(i)) >= 0 && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1)))) return i;
    }
    return to;
  }

  private static boolean holdsMention(Span region, List<LinkedMention> mentions) {
    for (LinkedMention m : mentions) if (region.contains(m.mention().span())) return true;
    return false;
  }

  private static boolean holdsTrigger(Span region, List<TriggerMatch> triggers) {
    for (TriggerMatch t : triggers) for (Span p : t.parts()) if (region.contains(p)) return true;
    return false;
  }

  /**
   * Whether the only triggers in a speaker's place are a joint statement that ends right before
   * the reporting verb ("…莱特希泽的联合声明称，美国、加拿大和墨西哥达成…", "Tuyên bố chung nêu rõ …"):
   * the statement speaks, and what it says has actors of its own.
   */
  private static boolean statementSpeaks(String text, Span left, Span cue, List<TriggerMatch> triggers) {
    int last = -1;
    for (TriggerMatch t : triggers) {
      for (Span p : t.parts()) {
        if (!left.contains(p)) continue;
        if (!t.trigger().form().equals("joint_statement")) return false;
        last = Math.max(last, p.end());
      }
    }
    return last >= 0 && text.substring(last, cue.start()).strip().length() <= STATEMENT_GAP;
  }

  private static int words(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (amity.text.Scripts.isUnspacedScript(c)) {
        n++;
        in = false;
      } else if (Character.isLetterOrDigit(c)) {
        if (!in) n++;
        in = true;
      } else {
        in = false;
      }
    }
    return amity.text.Scripts.isUnspacedScript(s.isEmpty() ? 'a' : s.charAt(0)) ? (n + 1) / 2 : n;
  }
}
