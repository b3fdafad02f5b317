package amity.text;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import amity.model.Span;
import amity.model.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words of several syllables in a language that writes a space between syllables (Vietnamese:
 * "Thủ tướng", "hợp tác", "Đối tác chiến lược toàn diện"), read from a pack's {@code words.txt},
 * and the longest-match grouping of a segmenter's syllable tokens
 * into them. A grouped token covers its syllables and the single spaces between them, so its
 * span still points into the text. Matching ignores case and tone-mark placement. Immutable.
 *
 * <pre>{@code
 * SyllableWords.of(vi).get().group(syllables, sentence, 0);
 * // [Thủ, tướng, tiếp, Đại, sứ] -> [Thủ tướng, tiếp, Đại sứ]
 * }</pre>
 */
public final class SyllableWords {
  private final Set<String> words;
  /** The words and their beginnings of two syllables or more ("đối tác chiến" of "đối tác chiến lược"). */
  private final Set<String> beginnings;
  private final int longest;

  private SyllableWords(Set<String> words, int longest) {
    this.words = Set.copyOf(words);
    Set<String> b = new HashSet<>();
    for (String w : words) {
      for (int cut = w.indexOf(' ', w.indexOf(' ') + 1); cut > 0; cut = w.indexOf(' ', cut + 1)) b.add(w.substring(0, cut));
      b.add(w);
    }
    this.beginnings = Set.copyOf(b);
    this.longest = longest;
  }

  /** {@return the lexicon of a pack, built once a pack, if it has a {@code words.txt}} */
  public static Optional<SyllableWords> of(LanguagePack pack) {
    if (!pack.has(PackFile.WORDS)) return Optional.empty();
    return Optional.of(pack.<SyllableWords>derived(SyllableWords.class, p -> {
      List<String> lines = p.lines(PackFile.WORDS);
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
    }));
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
    int size = tokens.size();
    // run[k]: how many tokens from k on are syllables of letters one space apart; folded[k]: the
    // syllable as the lexicon spells it (a syllable folds alike alone and inside a word).
    int[] run = new int[size + 1];
    String[] folded = new String[size];
    for (int k = size - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (!allLetters(t.text())) continue;
      boolean joined = k + 1 < size && run[k + 1] > 0 && spaceBefore(tokens.get(k + 1), t, text, offset);
      run[k] = joined ? run[k + 1] + 1 : 1;
    }
    List<Token> out = new ArrayList<>(size);
    for (int i = 0; i < size; ) {
      int n = Math.min(longest, run[i]);
      int taken = 1;
      if (n >= 2) {
        // The longest word: every beginning of a word is in beginnings, so the search stops at the
        // first run of syllables that begins none.
        StringBuilder key = new StringBuilder(syllable(folded, tokens, i, text, offset));
        for (int k = 1; k < n; k++) {
          key.append(' ').append(syllable(folded, tokens, i + k, text, offset));
          String w = key.toString();
          if (words.contains(w)) taken = k + 1;
          if (!beginnings.contains(w)) break;
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

  // A loop, not codePoints().allMatch: this runs for every token of every Vietnamese sentence.
  private static boolean allLetters(String s) {
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      if (!Character.isLetter(c)) return false;
      i += Character.charCount(c);
    }
    return true;
  }

  /** Whether {@code t} follows {@code prev} after exactly one space. */
  private static boolean spaceBefore(Token t, Token prev, String text, int offset) {
    int gap = t.span().start() - prev.span().end();
    return gap == 1 && text.charAt(t.span().start() - 1 - offset) == ' ';
  }

  private static String syllable(String[] folded, List<Token> tokens, int k, String text, int offset) {
    if (folded[k] == null) {
      Token t = tokens.get(k);
      folded[k] = Fold.lowerKeepMarks(text.substring(t.span().start() - offset, t.span().end() - offset));
    }
    return folded[k];
  }
}
