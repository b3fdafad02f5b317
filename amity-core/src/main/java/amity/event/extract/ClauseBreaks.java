package amity.event.extract;

/**
 * The small tests of clause breaks the event steps share: whether a comma, semicolon or colon
 * stands between two positions, whether the clause after one opens with a word of a kind
 * ("，但", ", nhưng", "after", "tras"), and whether a position is inside parentheses. Word lists come
 * from the language's event lexicon. Stateless.
 */
final class ClauseBreaks {
  private ClauseBreaks() {}

  /** Whether {@code c} is a comma or semicolon, of either width: a break between two clauses. */
  static boolean commaOrSemicolon(char c) {
    return ",，;；".indexOf(c) >= 0;
  }

  /** Whether {@code c} ends a clause: a comma, semicolon, colon or full stop, of either width. */
  static boolean endsClause(char c) {
    return ",，;；:：。".indexOf(c) >= 0;
  }

  /** {@return where the clause holding {@code at} starts: after the last {@link #endsClause} mark before it, not before {@code floor}} */
  static int clauseOpening(String text, int at, int floor) {
    int from = at;
    while (from > floor && !endsClause(text.charAt(from - 1))) from--;
    return from;
  }

  /** {@return where the clause holding {@code at} ends: at the first {@link #endsClause} mark from it, not after {@code ceiling}} */
  static int clauseClosing(String text, int at, int ceiling) {
    int to = at;
    while (to < ceiling && !endsClause(text.charAt(to))) to++;
    return to;
  }

  /**
   * Whether a word that opens a clause of its own ("after", "tras", "sau khi") stands between the
   * previous trigger and a name: "set to be initialed on Friday after delegates from the Philippine
   * government and the MNLF concluded negotiations" gives the negotiations their own subjects.
   */
  static boolean opensClause(EventLexicon lex, String text, int from, int to) {
    if (from < 0 || to <= from) return false;
    return !lex.find("subordinator", text.substring(from, to)).isEmpty();
  }

  /** Whether a clause break between {@code from} and {@code to} is followed by a word of {@code contrast} ("，但", ", nhưng"). */
  static boolean contrastBreak(EventLexicon lex, String text, int from, int to) {
    return breakOpenedBy(lex, "contrast", text, from, to);
  }

  /** Whether a clause break between {@code from} and {@code to} is followed by a word of {@code kind}. */
  static boolean breakOpenedBy(EventLexicon lex, String kind, String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (!commaOrSemicolon(text.charAt(i))) continue;
      int j = i + 1;
      while (j < to && Character.isWhitespace(text.charAt(j))) j++;
      int at = j;
      if (lex.opensWith(kind, text.substring(j, to)) && at < to) return true;
    }
    return false;
  }

  /** How far after its trigger, in characters, the word of attitude that closes a topic may stand. */
  private static final int ATTITUDE_REACH = 12;

  /**
   * {@return where the topic opens that the trigger {@code t} stands in, or -1}: a word of {@code
   * attitude_topic} ("对") before the trigger with no clause break between, and a word of {@code
   * attitude} ("表示", "感到") after it within its clause ("李瑞环首先对斯卡尔法罗总统访华表示欢迎",
   * "他对美国总统访华感到很高兴"). The event is what one takes an attitude to; whoever stands before the
   * topic word welcomes or thanks, and takes no part in it by that.
   */
  static int attitudeTopic(EventLexicon lex, String text, int sentenceStart, TriggerMatch t) {
    int from = Math.max(0, sentenceStart);
    if (t.span().start() <= from) return -1;
    int topic = -1;
    for (var m : lex.find("attitude_topic", text.substring(from, t.span().start()))) {
      int at = from + m.span().start();
      if (!hasClauseBreak(text, from + m.span().end(), t.span().start())) topic = at;
    }
    if (topic < 0) return -1;
    // From the trigger's first word: a word of its own may follow it past the attitude ("访华…高兴").
    int after = t.span().end();
    int end = clauseClosing(text, after, Math.min(text.length(), after + ATTITUDE_REACH));
    return lex.find("attitude", text.substring(after, end)).isEmpty() ? -1 : topic;
  }

  static boolean hasClauseBreak(String text, int from, int to) {
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) {
      if (commaOrSemicolon(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == '：') return true;
    }
    return false;
  }

  static boolean insideParentheses(String text, int from, int pos) {
    int depth = 0;
    for (int i = from; i < pos; i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '（') depth++;
      if ((c == ')' || c == '）') && depth > 0) depth--;
    }
    return depth > 0;
  }
}
