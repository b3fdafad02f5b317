package amity.text;

import amity.lexicon.Resources;
import amity.model.Span;
import amity.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words of several syllables in a language that writes a space between syllables (Vietnamese:
 * "Thủ tướng", "hợp tác", "Đối tác chiến lược toàn diện"), read from {@code
 * amity/lang/<tag>/words.txt}, and the longest-match grouping of a segmenter's syllable tokens
 * into them. A grouped token covers its syllables and the single spaces between them, so its
 * span still points into the text. Matching ignores case and tone-mark placement. Immutable.
 *
 * <pre>{@code
 * SyllableWords.load("vi").get().group(syllables, sentence, 0);
 * // [Thủ, tướng, tiếp, Đại, sứ] -> [Thủ tướng, tiếp, Đại sứ]
 * }</pre>
 */
public final class SyllableWords {
  private final Set<String> words;
  private final int longest;

  private SyllableWords(Set<String> words, int longest) {
    this.words = Set.copyOf(words);
    this.longest = longest;
  }

  /** {@return the lexicon of {@code lang}, if it has a {@code words.txt}} */
  public static Optional<SyllableWords> load(String lang) {
    return Resources.lines("amity/lang/" + lang + "/words.txt").map(lines -> {
      Set<String> words = new HashSet<>();
      int longest = 1;
      for (String line : lines) {
        String w = line.strip().replaceAll("\\s+", " ");
        int syllables = w.split(" ").length;
        if (syllables < 2) continue;
        words.add(Fold.lowerKeepMarks(w));
        longest = Math.max(longest, syllables);
      }
      return new SyllableWords(words, longest);
    });
  }

  /** {@return how many words of two syllables or more the lexicon holds} */
  public int size() {
    return words.size();
  }

  /**
   * {@return the tokens with runs of syllables that make a word joined into one token}
   *
   * @param tokens syllable tokens in order, with spans into {@code text} shifted by {@code offset}
   */
  public List<Token> group(List<Token> tokens, String text, int offset) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); ) {
      int n = Math.min(longest, tokens.size() - i);
      int taken = 1;
      for (; n >= 2; n--) {
        if (isWord(tokens, i, n, text, offset)) {
          taken = n;
          break;
        }
      }
      if (taken == 1) {
        out.add(tokens.get(i));
      } else {
        int s = tokens.get(i).span().start();
        int e = tokens.get(i + taken - 1).span().end();
        out.add(new Token(new Span(s, e), text.substring(s - offset, e - offset)));
      }
      i += taken;
    }
    return out;
  }

  /** Whether tokens {@code i .. i+n-1} are syllables one space apart that spell a word. */
  private boolean isWord(List<Token> tokens, int i, int n, String text, int offset) {
    for (int k = i; k < i + n; k++) {
      Token t = tokens.get(k);
      if (!t.text().codePoints().allMatch(Character::isLetter)) return false;
      if (k > i) {
        int gap = t.span().start() - tokens.get(k - 1).span().end();
        if (gap != 1 || text.charAt(t.span().start() - 1 - offset) != ' ') return false;
      }
    }
    int s = tokens.get(i).span().start() - offset;
    int e = tokens.get(i + n - 1).span().end() - offset;
    return words.contains(Fold.lowerKeepMarks(text.substring(s, e)));
  }
}
