package amity.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What every match of a line pattern contains: one of a few words (a group of alternatives such
 * as {@code (?:EFE|\(PL\))}, a class such as {@code [/|]}, a word in a case-insensitive group such
 * as {@code (?i:photo)}) or one word. A line without it is not given to the pattern, which would
 * otherwise try every position of a long line.
 *
 * <p>Only what the pattern cannot match without is claimed: an item made optional, a lookaround,
 * a class with ranges or escapes is not read. Case-insensitive words are compared on text folded
 * as {@code Pattern.UNICODE_CASE} folds each character, {@code toLowerCase(toUpperCase(c))}.
 * Immutable.
 *
 * @param anyOf the words one of which every match holds; empty when nothing is claimed
 * @param caseless whether they are compared ignoring case
 */
record Requirement(List<String> anyOf, boolean caseless) {
  static final Requirement NONE = new Requirement(List.of(), false);

  Requirement {
    anyOf = List.copyOf(caseless ? anyOf.stream().map(Requirement::fold).toList() : anyOf);
  }

  /** {@return whether {@code text} holds one of the words, or whether nothing is claimed} */
  boolean isMetBy(Text text) {
    if (anyOf.isEmpty()) return true;
    if (caseless && text.folded() == null) return true; // a supplementary character: folded per code point by the pattern
    for (String w : anyOf) {
      if (caseless ? text.foldedContains(w) : text.contains(w)) return true;
    }
    return false;
  }

  /**
   * A line as the requirements read it: as it is, and folded as {@code Pattern.UNICODE_CASE}
   * folds each character of a case-insensitive word ({@code toLowerCase(toUpperCase(c))}), the
   * fold made once when first asked for. Not thread-safe: one thread reads it, look-up after look-up.
   */
  static final class Text {
    private final String text;
    private @Nullable String folded;
    private boolean foldTried;
    // The chars the text and its fold hold, hashed to 1,024 bits, made when first asked for: a
    // word with a char the line lacks is not in it, told without reading the line, and most
    // words most lines are asked for are not in them.
    private long @Nullable [] has;
    private long @Nullable [] foldedHas;

    Text(String text) {
      this.text = text;
    }

    String text() {
      return text;
    }

    /** {@return whether the text contains {@code word}} */
    boolean contains(String word) {
      if (has == null) has = charsOf(text);
      return mayHold(has, word) && text.contains(word);
    }

    /** {@return whether the text's fold contains {@code word}; the fold must not be null} */
    boolean foldedContains(String word) {
      String f = Objects.requireNonNull(folded(), "folded");
      if (foldedHas == null) foldedHas = charsOf(f);
      return mayHold(foldedHas, word) && f.contains(word);
    }

    private static long[] charsOf(String s) {
      long[] bits = new long[16];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        bits[(c >>> 6) & 15] |= 1L << c;
      }
      return bits;
    }

    /** {@return false when a char of {@code word} is not among {@code bits}} */
    private static boolean mayHold(long[] bits, String word) {
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if ((bits[(c >>> 6) & 15] & 1L << c) == 0) return false;
      }
      return true;
    }

    /** {@return the text folded character by character, or null when it holds a surrogate} */
    @Nullable String folded() {
      if (!foldTried) {
        foldTried = true;
        folded = foldOrNull(text);
      }
      return folded;
    }
  }

  /** {@return {@code s} with each character folded as a case-insensitive pattern folds it} */
  static String fold(String s) {
    String f = foldOrNull(s);
    if (f == null) throw new IllegalArgumentException("a word with a supplementary character: " + s);
    return f;
  }

  private static @Nullable String foldOrNull(String s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        out[i] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
      } else if (Character.isSurrogate(c)) {
        return null;
      } else {
        out[i] = Character.toLowerCase(Character.toUpperCase(c));
      }
    }
    return new String(out);
  }

  /** {@return the most selective requirement of {@code regex}: the longest shortest word, then the fewest words} */
  static Requirement of(String regex) {
    return of(regex, false);
  }

  private static Requirement of(String regex, boolean caselessAround) {
    boolean caseless = caselessAround || regex.contains("(?i)");
    List<Requirement> found = new ArrayList<>();
    String run = CleaningRules.requiredRun(regex.replace("(?i)", ""));
    if (!run.isEmpty()) found.add(new Requirement(List.of(run), caseless));
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      int end;
      Requirement r = null;
      if (c == '\\') {
        end = i + 1;
      } else if (c == '[') {
        end = CleaningRules.classEnd(regex, i);
        r = ofClass(regex.substring(i + 1, end), caseless);
      } else if (c == '(') {
        end = CleaningRules.groupEnd(regex, i);
        r = ofGroup(regex.substring(i + 1, Math.min(end, regex.length())), caseless);
      } else if (c == '|') {
        return NONE; // alternatives at the top: nothing is in every match
      } else {
        continue;
      }
      if (end >= regex.length()) break;
      char q = end + 1 < regex.length() ? regex.charAt(end + 1) : 0;
      boolean optional = q == '?' || q == '*' || q == '{' && regex.startsWith("{0", end + 1);
      if (r != null && !optional) found.add(r);
      i = end;
    }
    return found.stream()
        .max(Comparator.comparingInt((Requirement r) -> r.anyOf.stream().mapToInt(String::length).min().orElse(0))
            .thenComparingInt(r -> -r.anyOf.size()))
        .orElse(NONE);
  }

  /** A group's alternatives, each with a word of its own: {@code (?:EFE|\(PL\))}, {@code (?i:photo)}, {@code (?<y>19|20)}. */
  private static Requirement ofGroup(String body, boolean caseless) {
    if (body.startsWith("?:")) {
      body = body.substring(2);
    } else if (body.startsWith("?i:")) {
      body = body.substring(3);
      caseless = true;
    } else if (body.startsWith("?<") && !body.startsWith("?<=") && !body.startsWith("?<!")) {
      body = body.substring(body.indexOf('>') + 1);
    } else if (body.startsWith("?")) {
      return null; // a lookaround or a flag
    }
    // Each alternative's own requirement; one that claims nothing makes the group claim nothing.
    List<Requirement> each = new ArrayList<>();
    for (String alternative : alternatives(body)) {
      Requirement r = of(alternative, caseless);
      if (r.anyOf.isEmpty()) return null;
      each.add(r);
    }
    boolean anyCaseless = each.stream().anyMatch(Requirement::caseless);
    List<String> words = new ArrayList<>();
    // A word matched as it is is also in the folded text, folded.
    for (Requirement r : each) words.addAll(anyCaseless && !r.caseless ? r.anyOf.stream().map(Requirement::fold).toList() : r.anyOf);
    return words.isEmpty() ? null : new Requirement(words, anyCaseless);
  }

  /** A class of plain characters, {@code [/|]}: one of them. */
  private static Requirement ofClass(String body, boolean caseless) {
    if (body.isEmpty() || body.startsWith("^")) return null;
    List<String> chars = new ArrayList<>();
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' || c == '-' || c == '[' || c == '&' || Character.isSurrogate(c)) return null;
      chars.add(String.valueOf(c));
    }
    return new Requirement(chars, caseless);
  }

  /** {@return the alternatives of a group's body, split at its own {@code |}} */
  private static List<String> alternatives(String body) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\') i++;
      else if (c == '[') i = CleaningRules.classEnd(body, i);
      else if (c == '(') i = CleaningRules.groupEnd(body, i);
      else if (c == '|') {
        out.add(body.substring(from, i));
        from = i + 1;
      }
    }
    out.add(body.substring(Math.min(from, body.length())));
    return out;
  }

  @Override
  public String toString() {
    return (caseless ? "any of (ignoring case) " : "any of ") + Objects.toString(anyOf);
  }
}
