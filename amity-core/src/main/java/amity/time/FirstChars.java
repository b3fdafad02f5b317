package amity.time;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * The characters a match of a date pattern can start with, read from the regex, so that {@link
 * DateFinder} tries a pattern only where a match can begin instead of at every position of a text;
 * the event lexicon's suppress patterns are tried the same way ({@link #next}).
 *
 * <p>Conservative by construction: the set may hold more characters than can start a match, never
 * fewer. It is closed under the case mappings Java's case-insensitive matching uses (and so also
 * right for {@code (?-i:...)} parts, which it treats as insensitive). A regex with anything this
 * reader does not know ({@code .}, anchors, negated classes, inline flags other than {@code -i},
 * Unicode properties, back-references) before its first non-empty atom, or one that can match the
 * empty string, gets no set: {@link #of} returns null and the pattern is tried everywhere, as
 * before. After that atom such things are only stepped over, and so are lookbehinds and negative
 * lookaheads anywhere.
 *
 * <p>What it reads: literals, {@code \Q...\E}, escapes of punctuation, {@code \d \s \x{..}},
 * classes of literals, ranges and {@code \d \s}, groups ({@code (?:}, {@code (?<name>},
 * {@code (?-i:}), alternation, the quantifiers {@code ? * + {n} {n,} {n,m}} (lazy or possessive
 * too), and the zero-width {@code \b}, lookbehinds (skipped: they test what is before) and
 * lookaheads (a lookahead at the start limits where a match can begin to its own first characters).
 */
public final class FirstChars {
  private static final char[] LOWER = new char[65536];
  private static final char[] UPPER = new char[65536];
  private static final char[] FOLD = new char[65536];

  static {
    for (int c = 0; c < 65536; c++) {
      LOWER[c] = (char) Character.toLowerCase(c);
      UPPER[c] = (char) Character.toUpperCase(c);
      FOLD[c] = (char) Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  private final String re;
  private int pos;

  private FirstChars(String re) {
    this.re = re;
  }

  /** Gives up on a construct this reader does not know. */
  private static final class Unknown extends RuntimeException {
    Unknown() {
      super(null, null, false, false);
    }
  }

  /** What a piece of regex can start with, and whether it can match the empty string. */
  private record First(BitSet chars, boolean nullable) {}

  /**
   * {@return the characters (as a set of chars, case-closed) a non-empty match of {@code regex}
   * can start with, or null when they are not known or it may match the empty string}
   */
  public static @Nullable BitSet of(String regex) {
    try {
      FirstChars r = new FirstChars(regex);
      First f = r.alternation();
      if (r.pos != regex.length() || f.nullable) return null;
      return closed(f.chars);
    } catch (Unknown | StringIndexOutOfBoundsException e) {
      return null;
    }
  }

  /**
   * {@return whether every match of {@code regex} starts where {@code \b} holds before a char of
   * {@code first}, all of them word chars}: the regex opens with {@code \b} (after lookarounds, if
   * any) and has no {@code |} outside a group. Java's {@code \b} (without UNICODE_CHARACTER_CLASS)
   * then fails at a position after a word char ({@code _} or a letter or digit), so such a
   * position can be skipped.
   */
  public static boolean wordStart(String regex, BitSet first) {
    // Lookarounds before the \b test the same position besides it: "(?<!\d )\b", "(?=[tc])\b".
    int at = 0;
    while (regex.startsWith("(?=", at) || regex.startsWith("(?!", at)
        || regex.startsWith("(?<=", at) || regex.startsWith("(?<!", at)) {
      at = groupEnd(regex, at);
      if (at < 0) return false;
    }
    if (!regex.startsWith("\\b", at)) return false;
    for (int c = first.nextSetBit(0); c >= 0; c = first.nextSetBit(c + 1)) {
      if (!isWord((char) c)) return false;
    }
    int depth = 0;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' || c == '[') {
        i = atomEnd(regex, i);
        if (i < 0) return false;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == '|' && depth == 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /** {@return the index after the group opening at {@code open}, or -1} */
  private static int groupEnd(String regex, int open) {
    int depth = 0;
    for (int i = open; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\' || c == '[') {
        i = atomEnd(regex, i);
        if (i < 0) return -1;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) return i + 1;
      }
    }
    return -1;
  }

  /**
   * {@return the index of the last character of the escape, {@code \Q…\E} quote or character class
   * that starts at {@code i}, or -1 where it cannot be read (a class inside a class, an unclosed quote)}
   */
  private static int atomEnd(String regex, int i) {
    if (regex.charAt(i) == '\\') {
      if (!regex.startsWith("Q", i + 1)) return i + 1;
      int end = regex.indexOf("\\E", i + 2);
      return end < 0 ? -1 : end + 1;
    }
    int j = i + 1;
    while (j < regex.length() && regex.charAt(j) != ']') {
      if (regex.charAt(j) == '[') return -1;
      j += regex.charAt(j) == '\\' ? 2 : 1;
    }
    return j;
  }

  /** {@return whether Java's {@code \b} counts the char (not a surrogate) as a word char} */
  public static boolean isWord(char c) {
    return WORD[c];
  }

  /**
   * {@return whether a match of {@code m}'s pattern starts at a position from {@code from},
   * trying only the positions whose char is in {@code first} (a set's {@link BitSet#toLongArray}
   * words) and, for a {@link #wordStart} pattern, not after a word char} As {@link Matcher#find()}
   * for a pattern whose {@link #of} is that set; {@code m} must have transparent, non-anchoring
   * bounds; {@code t} holds the chars of the text {@code m} reads.
   */
  public static boolean next(java.util.regex.Matcher m, long[] first, boolean wordStart, char[] t, int from) {
    return next(m, first, null, wordStart, t, from);
  }

  /**
   * As {@link #next(java.util.regex.Matcher, long[], boolean, char[], int)}, trying only the
   * positions whose next char is also in {@code second} (the words of the pattern's {@link
   * #second} set) when that is not null.
   */
  public static boolean next(java.util.regex.Matcher m, long[] first, long @Nullable [] second, boolean wordStart, char[] t, int from) {
    // The text's chars and the set's words read directly: this scan runs over the whole text once
    // a pattern, and String.charAt and BitSet.get calls cost several times the test itself.
    int n = t.length;
    int words = first.length;
    for (int i = from; i < n; i++) {
      char ch = t[i];
      int w = ch >>> 6;
      if (w >= words || (first[w] & 1L << ch) == 0) continue;
      // A pattern opening with \b on a word char cannot start right after a word char.
      if (wordStart && i > 0 && WORD[t[i - 1]]) continue;
      // Nor where the next char cannot be a match's second (every match has one when known).
      if (second != null && (i + 1 == n || (t[i + 1] >>> 6) >= second.length || (second[t[i + 1] >>> 6] & 1L << t[i + 1]) == 0)) continue;
      m.region(i, n);
      if (m.lookingAt()) return true;
    }
    return false;
  }

  // isWord's answers, worked out once: DateFinder asks for the char before every candidate start
  // of every rule, and Character's property lookups cost more than the table.
  private static final boolean[] WORD = new boolean[65536];

  static {
    for (int c = 0; c < 65536; c++) WORD[c] = isWordChar((char) c);
  }

  static boolean isWordChar(char c) {
    return !Character.isSurrogate(c) && (c == '_' || Character.isLetterOrDigit(c));
  }

  /** Every char whose case forms (or that is a case form of one) meet the set. */
  private static BitSet closed(BitSet base) {
    BitSet b = new BitSet(65536);
    for (int c = base.nextSetBit(0); c >= 0; c = base.nextSetBit(c + 1)) {
      b.set(c);
      b.set(LOWER[c]);
      b.set(UPPER[c]);
      b.set(FOLD[c]);
    }
    BitSet out = new BitSet(65536);
    for (int c = 0; c < 65536; c++) {
      if (b.get(c) || b.get(LOWER[c]) || b.get(UPPER[c]) || b.get(FOLD[c])) out.set(c);
    }
    return out;
  }

  private First alternation() {
    BitSet chars = new BitSet();
    boolean nullable = false;
    while (true) {
      First s = sequence();
      chars.or(s.chars);
      nullable |= s.nullable;
      if (pos < re.length() && re.charAt(pos) == '|') {
        pos++;
        continue;
      }
      return new First(chars, nullable);
    }
  }

  private First sequence() {
    BitSet chars = new BitSet();
    // The first characters of the sequence so far; after a non-empty atom the rest is only read.
    First done = null;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      if (done != null) {
        skipAtom();
        quantifier();
        continue;
      }
      Atom a = atom();
      boolean optional = quantifier();
      if (a.lookahead != null) {
        // Zero-width: when nothing came before it, a match starts with the lookahead's first
        // characters.
        if (chars.isEmpty() && !a.lookahead.nullable && !optional) done = new First(a.lookahead.chars, false);
        continue;
      }
      if (a.first == null) continue; // zero-width, says nothing of the first char
      chars.or(a.first.chars);
      if (!a.first.nullable && !optional) done = new First(chars, false);
    }
    return done != null ? done : new First(chars, true);
  }

  /**
   * Steps over an atom after the first characters are known, without reading what it matches:
   * there anything Java knows may stand ({@code .}, anchors, negated classes, {@code \\p{..}}).
   */
  private void skipAtom() {
    char c = re.charAt(pos);
    int end;
    if (c == '(') {
      end = groupEnd(re, pos);
    } else if (c == '[' || c == '\\' && "pPxN".indexOf(re.charAt(pos + 1)) < 0) {
      end = atomEnd(re, pos);
      if (end >= 0) end++;
    } else if (c == '\\') {
      // \p{L}, \P{Lu}, \x{1F600}, \N{name}, or the one-letter \pL
      end = re.charAt(pos + 2) == '{' ? re.indexOf('}', pos + 2) + 1 : pos + 3;
      if (end == 0) end = -1;
    } else if (c == '*' || c == '+' || c == '?' || c == '{' || c == ')' || c == '|') {
      end = -1;
    } else {
      end = pos + 1; // a literal, ., ^, $, ] or }
    }
    if (end < 0 || end > re.length()) throw new Unknown();
    pos = end;
  }

  /** A zero-width atom has {@code first == null}; a lookahead also its own first characters. */
  private record Atom(@Nullable First first, @Nullable First lookahead) {}

  private Atom atom() {
    char c = re.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        return new Atom(new First(charClass(), false), null);
      case '\\':
        return escape();
      case '.', '^', '$', '*', '+', '?', '{', ']', '}':
        throw new Unknown();
      default:
        pos++;
        BitSet b = new BitSet();
        if (Character.isSurrogate(c)) throw new Unknown();
        b.set(c);
        return new Atom(new First(b, false), null);
    }
  }

  private Atom group() {
    pos++; // (
    First inner;
    if (re.startsWith("?:", pos) || re.startsWith("?-i:", pos)) {
      pos += re.startsWith("?:", pos) ? 2 : 4;
      inner = alternation();
      expect(')');
      return new Atom(inner, null);
    }
    if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos) || re.startsWith("?!", pos)) {
      // Zero-width, and says nothing of the first char: stepped over unread, so that a class this
      // reader does not know ("(?<!\p{L})") keeps no pattern from a set.
      int end = groupEnd(re, pos - 1);
      if (end < 0) throw new Unknown();
      pos = end;
      return new Atom(null, null);
    }
    if (re.startsWith("?=", pos)) {
      pos += 2;
      inner = alternation();
      expect(')');
      return new Atom(null, inner);
    }
    if (re.startsWith("?<", pos)) {
      int close = re.indexOf('>', pos);
      String name = re.substring(pos + 2, close);
      if (!name.matches("[A-Za-z][A-Za-z0-9]*")) throw new Unknown();
      pos = close + 1;
      inner = alternation();
      expect(')');
      return new Atom(inner, null);
    }
    if (re.startsWith("?", pos)) throw new Unknown();
    inner = alternation();
    expect(')');
    return new Atom(inner, null);
  }

  private void expect(char c) {
    if (pos >= re.length() || re.charAt(pos) != c) throw new Unknown();
    pos++;
  }

  /** Reads a quantifier if there is one; {@return whether it allows zero repetitions} */
  private boolean quantifier() {
    int[] q = readQuantifier();
    return q != null && q[0] == 0;
  }

  /**
   * Reads a quantifier and its lazy or possessive mark if there is one; {@return its least and most
   * repetitions, or null where none stands}
   */
  private int[] readQuantifier() {
    if (pos >= re.length()) return null;
    char c = re.charAt(pos);
    int[] q;
    if (c == '?') {
      q = new int[] {0, 1};
      pos++;
    } else if (c == '*') {
      q = new int[] {0, Integer.MAX_VALUE};
      pos++;
    } else if (c == '+') {
      q = new int[] {1, Integer.MAX_VALUE};
      pos++;
    } else if (c == '{') {
      int close = re.indexOf('}', pos);
      String body = re.substring(pos + 1, close);
      if (!body.matches("\\d+(,\\d*)?")) throw new Unknown();
      String[] parts = body.split(",", -1);
      int min = Integer.parseInt(parts[0]);
      q = new int[] {min, parts.length == 1 ? min : parts[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(parts[1])};
      pos = close + 1;
    } else {
      return null;
    }
    if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) pos++;
    return q;
  }

  private Atom escape() {
    char e = re.charAt(pos + 1);
    if (e == 'b') {
      pos += 2;
      return new Atom(null, null);
    }
    if (e == 'Q') {
      int end = re.indexOf("\\E", pos + 2);
      if (end < 0) throw new Unknown();
      String lit = re.substring(pos + 2, end);
      pos = end + 2;
      if (lit.isEmpty()) return new Atom(null, null);
      if (Character.isSurrogate(lit.charAt(0))) throw new Unknown();
      BitSet b = new BitSet();
      b.set(lit.charAt(0));
      return new Atom(new First(b, false), null);
    }
    BitSet b = new BitSet();
    classEscape(b);
    return new Atom(new First(b, false), null);
  }

  /** Reads {@code \d}, {@code \s}, {@code \x{..}} or an escaped punctuation mark into {@code b}. */
  private void classEscape(BitSet b) {
    char e = re.charAt(pos + 1);
    if (e == 'd') {
      b.set('0', '9' + 1);
      pos += 2;
    } else if (e == 's') {
      b.set(' ');
      b.set('\t', '\r' + 1); // \t \n \x0B \f \r
      pos += 2;
    } else if (e == 'x' && re.charAt(pos + 2) == '{') {
      int close = re.indexOf('}', pos);
      int cp = Integer.parseInt(re.substring(pos + 3, close), 16);
      if (cp > 0xFFFF || Character.isSurrogate((char) cp)) throw new Unknown();
      b.set(cp);
      pos = close + 1;
    } else if (!Character.isLetterOrDigit(e) && e < 128) {
      b.set(e);
      pos += 2;
    } else {
      throw new Unknown();
    }
  }

  /**
   * {@return the characters (a set of chars, case-closed) the second char of a match of {@code
   * regex} can be, or null when they are not known or a match may be shorter than two chars}
   * Where a rule's first chars stand in running text, its second chars mostly do not ("t" starts
   * many words, "th" and "tr" fewer), so a position is tried only when both fit.
   *
   * <p>Conservative as {@link #of}, reading the whole regex: literals, classes and the escapes
   * {@link #of} knows, groups, alternation and quantifiers; zero-width assertions (lookarounds,
   * {@code \b}, anchors) are taken as matching the empty string anywhere, which can only add to
   * the set; anything else (a negated class, {@code .}, {@code \p{..}}, a back-reference) may be
   * any chars, of any number. Inline flags other than {@code -i} give up.
   */
  public static @Nullable BitSet second(String regex) {
    try {
      FirstChars r = new FirstChars(regex);
      Reach f = r.reachAlternation();
      if (r.pos != regex.length() || f.nullable || f.one || f.anySecond) return null;
      return closed(f.second);
    } catch (Unknown | StringIndexOutOfBoundsException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * What a piece of regex can match, as far as its first two chars go: the chars its first and
   * its second can be ({@code any…}: any char), whether it can match the empty string and whether
   * one char alone.
   */
  private record Reach(BitSet first, boolean anyFirst, BitSet second, boolean anySecond, boolean nullable, boolean one) {
    static final Reach EMPTY = new Reach(new BitSet(), false, new BitSet(), false, true, false);
    static final Reach UNKNOWN = new Reach(new BitSet(), true, new BitSet(), true, true, true);

    static Reach of(BitSet chars) {
      return new Reach(chars, false, new BitSet(), false, false, true);
    }

    /** {@return this followed by {@code next}} */
    Reach then(Reach next) {
      BitSet f = (BitSet) first.clone();
      if (nullable) f.or(next.first);
      BitSet s = (BitSet) second.clone();
      if (one) s.or(next.first);
      if (nullable) s.or(next.second);
      return new Reach(f, anyFirst || nullable && next.anyFirst, s,
          anySecond || one && next.anyFirst || nullable && next.anySecond,
          nullable && next.nullable, one && next.nullable || nullable && next.one);
    }

    /** {@return this or {@code other}} */
    Reach or(Reach other) {
      BitSet f = (BitSet) first.clone();
      f.or(other.first);
      BitSet s = (BitSet) second.clone();
      s.or(other.second);
      return new Reach(f, anyFirst || other.anyFirst, s, anySecond || other.anySecond, nullable || other.nullable, one || other.one);
    }

    /** {@return this repeated {@code min} to {@code max} times} */
    Reach repeated(int min, int max) {
      if (max == 0) return EMPTY;
      BitSet s = (BitSet) second.clone();
      boolean anyS = anySecond;
      if (max >= 2 && one) {
        s.or(first);
        anyS |= anyFirst;
      }
      // One char alone: one repetition of one char, the others empty (all of them when min <= 1).
      return new Reach(first, anyFirst, s, anyS, nullable || min == 0, one && (min <= 1 || nullable));
    }
  }

  private Reach reachAlternation() {
    Reach r = reachSequence();
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      r = r.or(reachSequence());
    }
    return r;
  }

  private Reach reachSequence() {
    Reach r = Reach.EMPTY;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      Reach a = reachAtom();
      r = r.then(reachQuantified(a));
    }
    return r;
  }

  /** Reads a quantifier if there is one; {@return {@code a} so repeated} */
  private Reach reachQuantified(Reach a) {
    int[] q = readQuantifier();
    return q == null ? a : a.repeated(q[0], q[1]);
  }

  private Reach reachAtom() {
    char c = re.charAt(pos);
    switch (c) {
      case '(':
        return reachGroup();
      case '[':
        {
          int start = pos;
          try {
            return Reach.of(charClass());
          } catch (Unknown e) {
            pos = start;
            skipAtom();
            return Reach.UNKNOWN;
          }
        }
      case '\\':
        return reachEscape();
      case '^', '$':
        pos++;
        return Reach.EMPTY;
      case '.':
        pos++;
        return Reach.UNKNOWN;
      case '*', '+', '?', '{', ']', '}':
        throw new Unknown();
      default:
        pos++;
        if (Character.isSurrogate(c)) return Reach.UNKNOWN;
        BitSet b = new BitSet();
        b.set(c);
        return Reach.of(b);
    }
  }

  private Reach reachGroup() {
    int open = pos;
    pos++; // (
    if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos) || re.startsWith("?!", pos) || re.startsWith("?=", pos)) {
      int end = groupEnd(re, open);
      if (end < 0) throw new Unknown();
      pos = end;
      return Reach.EMPTY;
    }
    if (re.startsWith("?:", pos) || re.startsWith("?-i:", pos)) {
      pos += re.startsWith("?:", pos) ? 2 : 4;
    } else if (re.startsWith("?<", pos)) {
      int close = re.indexOf('>', pos);
      if (!re.substring(pos + 2, close).matches("[A-Za-z][A-Za-z0-9]*")) throw new Unknown();
      pos = close + 1;
    } else if (re.startsWith("?", pos)) {
      throw new Unknown();
    }
    Reach inner = reachAlternation();
    expect(')');
    return inner;
  }

  private Reach reachEscape() {
    char e = re.charAt(pos + 1);
    if ("bBAzZG".indexOf(e) >= 0) {
      pos += 2;
      return Reach.EMPTY;
    }
    if (e == 'Q') {
      int end = re.indexOf("\\E", pos + 2);
      if (end < 0) throw new Unknown();
      String lit = re.substring(pos + 2, end);
      pos = end + 2;
      if (lit.isEmpty()) return Reach.EMPTY;
      for (int i = 0; i < Math.min(2, lit.length()); i++) if (Character.isSurrogate(lit.charAt(i))) return Reach.UNKNOWN;
      BitSet f = new BitSet();
      f.set(lit.charAt(0));
      BitSet s = new BitSet();
      if (lit.length() > 1) s.set(lit.charAt(1));
      return new Reach(f, false, s, false, false, lit.length() == 1);
    }
    int start = pos;
    try {
      BitSet b = new BitSet();
      classEscape(b);
      return Reach.of(b);
    } catch (Unknown ex) {
      pos = start;
      skipAtom();
      return Reach.UNKNOWN;
    }
  }

  private BitSet charClass() {
    pos++; // [
    if (re.charAt(pos) == '^' || re.charAt(pos) == '[') throw new Unknown();
    BitSet b = new BitSet();
    while (re.charAt(pos) != ']') {
      char c = re.charAt(pos);
      if (c == '[' || c == '&') throw new Unknown();
      int lo;
      if (c == '\\') {
        char e = re.charAt(pos + 1);
        if (e == 'd' || e == 's') {
          classEscape(b);
          continue;
        }
        BitSet one = new BitSet();
        classEscape(one);
        lo = one.nextSetBit(0);
      } else {
        if (Character.isSurrogate(c)) throw new Unknown();
        lo = c;
        pos++;
      }
      if (re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
        pos++;
        char d = re.charAt(pos);
        int hi;
        if (d == '\\') {
          BitSet one = new BitSet();
          char e = re.charAt(pos + 1);
          if (e == 'd' || e == 's') throw new Unknown();
          classEscape(one);
          hi = one.nextSetBit(0);
        } else {
          if (Character.isSurrogate(d) || d == '[') throw new Unknown();
          hi = d;
          pos++;
        }
        if (hi < lo || hi - lo > 4096) throw new Unknown();
        b.set(lo, hi + 1);
      } else {
        b.set(lo);
      }
    }
    pos++; // ]
    return b;
  }
}
