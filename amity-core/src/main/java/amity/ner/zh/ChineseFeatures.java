package amity.ner.zh;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.FeatureExtractor;
import amity.ner.internal.Hash;
import amity.ner.internal.WordClusters;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.List;

/**
 * Character features for Chinese: characters within two positions, their bigrams and trigrams,
 * character classes, and clusters of characters and character bigrams. Full-width Latin letters
 * and digits fold to ASCII so that corpora written either way share features. The words of ICU's
 * dictionary segmentation add the word around each character, its neighbours and the
 * character's position in it; a lattice of every word of that dictionary over the sentence
 * ({@link HanLexicon}) adds the words that start and end at each character, whichever way the
 * segmentation cut. Immutable and thread-safe.
 */
public final class ChineseFeatures implements FeatureExtractor {
  private static final int BIAS = 1;
  private static final int CHAR_AT = 10; // + offset + 2
  private static final int BIGRAM_AT = 20; // + offset + 2, bigram (offset, offset + 1)
  private static final int SKIP = 30;
  private static final int TRIGRAM_AT = 31; // + offset + 1, trigram (offset, offset + 2)
  private static final int TYPE = 40;
  private static final int TYPE_WINDOW = 41;
  private static final int TYPE_WINDOW5 = 42;
  private static final int WORD = 100;
  private static final int WORD_POS = 101;
  private static final int WORD_POS_CHAR = 102;
  private static final int WORD_PREV = 103;
  private static final int WORD_NEXT = 104;
  private static final int WORD_CLUSTER = 105; // + level
  private static final int LEX_STARTS = 110;
  private static final int LEX_ENDS = 111;
  private static final int LEX_AROUND = 112;
  private static final int LEX_LONGEST_FROM = 113;
  private static final int LEX_LONGEST_TO = 114;
  private static final int LEX_MAX = 8;

  private static final HanLexicon LEXICON = HanLexicon.icu();
  private static final BreakIterator WORDS = BreakIterator.getWordInstance(new ULocale("zh"));

  private final WordClusters clusters;

  /** Uses the given clusters. */
  public ChineseFeatures(WordClusters clusters) {
    this.clusters = clusters;
  }

  /** BIAS, WORD, WORD_POS and WORD_POS_CHAR come first for each character and also score transitions. */
  @Override
  public int edgeFeatures() {
    return 4;
  }

  @Override
  public String spec() {
    return "zh-char/1";
  }

  @Override
  public String unit(String token) {
    if (token.length() == 1) {
      char c = token.charAt(0);
      // the common case, a Han character or CJK punctuation, is its own unit
      if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3001' && c <= '\u303F')) return token;
    }
    StringBuilder b = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') c = (char) (c - 0xFEE0);
      else if (c == '\u3000') c = ' ';
      if (c >= '0' && c <= '9') c = '0';
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }

  private static int type(String u) {
    if (u.isEmpty()) return 0;
    int c = u.codePointAt(0);
    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) return 1;
    if (Character.isDigit(c)) return 2;
    if (c < 128 && Character.isLetter(c)) return 3;
    if (Character.isLetter(c)) return 4;
    if ("·•・‧".indexOf(c) >= 0) return 5;
    return 6;
  }

  @Override
  public void extract(List<String> tokens, FeatureBuffer out) {
    int n = tokens.size();
    String[] u = new String[n];
    int[] h = new int[n];
    int[] type = new int[n];
    int[] code = new int[n];
    int[] biCode = new int[n]; // cluster of bigram (i, i + 1)
    for (int i = 0; i < n; i++) {
      u[i] = unit(tokens.get(i));
      h[i] = Hash.of(u[i]);
      type[i] = type(u[i]);
      code[i] = clusters.code(u[i]);
    }
    for (int i = 0; i < n; i++) {
      biCode[i] = i + 1 < n ? clusters.code(u[i], u[i + 1]) : -1;
    }
    // dictionary words over the sentence: word index and position of each token
    StringBuilder text = new StringBuilder();
    int[] tokenAt = new int[n + 1];
    for (int i = 0; i < n; i++) {
      tokenAt[i] = text.length();
      text.append(u[i]);
    }
    tokenAt[n] = text.length();
    int[] wordHash = new int[n];
    int[] wordPos = new int[n];
    int[] wordCode = new int[n];
    int[] wordStartTok = new int[n];
    int[] wordEndTok = new int[n];
    BreakIterator words = (BreakIterator) WORDS.clone();
    String joined = text.toString();
    words.setText(joined);
    int tok = 0;
    for (int s = words.first(), e = words.next(); e != BreakIterator.DONE; s = e, e = words.next()) {
      int first = tok;
      while (tok < n && tokenAt[tok + 1] <= e) tok++;
      int last = tok; // exclusive
      if (last == first) continue; // boundary inside a token
      int wh = Hash.of(joined, tokenAt[first], tokenAt[last]);
      int wc = last - first > 1 ? clusters.code(u[first], u[first + 1]) : code[first];
      for (int k = first; k < last; k++) {
        wordHash[k] = wh;
        int len = Math.min(last - first, 5);
        int pos = last - first == 1 ? 0 : k == first ? 1 : k == last - 1 ? 2 : 3;
        wordPos[k] = pos * 8 + len;
        wordCode[k] = wc;
        wordStartTok[k] = first;
        wordEndTok[k] = last;
      }
    }
    Lattice lattice = lattice(u, n);
    out.reset(n);
    for (int i = 0; i < n; i++) {
      out.token(i);
      out.add(Hash.feature(BIAS, 0));
      out.add(Hash.feature(WORD, wordHash[i]));
      out.add(Hash.feature(WORD_POS, wordPos[i]));
      out.add(Hash.feature(WORD_POS_CHAR, wordPos[i], h[i]));
      out.add(Hash.feature(WORD_PREV, wordStartTok[i] > 0 ? wordHash[wordStartTok[i] - 1] : -1, wordPos[i]));
      out.add(Hash.feature(WORD_NEXT, wordEndTok[i] < n ? wordHash[wordEndTok[i]] : -2, wordPos[i]));
      for (int l = 0; l < WordClusters.LEVELS; l++) {
        out.add(Hash.feature(WORD_CLUSTER + l, WordClusters.level(wordCode[i], l), wordPos[i] / 8));
      }
      for (int d = -2; d <= 2; d++) out.add(Hash.feature(CHAR_AT + d + 2, Hash.at(h, i + d)));
      for (int d = -2; d <= 1; d++) out.add(Hash.feature(BIGRAM_AT + d + 2, Hash.at(h, i + d), Hash.at(h, i + d + 1)));
      out.add(Hash.feature(SKIP, Hash.at(h, i - 1), Hash.at(h, i + 1)));
      for (int d = -2; d <= 0; d++) {
        out.add(Hash.feature(TRIGRAM_AT + d + 2, Hash.at(h, i + d), Hash.at(h, i + d + 1), Hash.at(h, i + d + 2)));
      }
      out.add(Hash.feature(TYPE, type[i]));
      out.add(Hash.feature(TYPE_WINDOW, Hash.at(type, i - 1), type[i], Hash.at(type, i + 1)));
      out.add(
          Hash.feature(
              TYPE_WINDOW5,
              Hash.at(type, i - 2) * 16 + Hash.at(type, i - 1),
              type[i],
              Hash.at(type, i + 1) * 16 + Hash.at(type, i + 2)));
      WordClusters.addNeighbourhood(out, code, biCode, i);
      out.add(Hash.feature(LEX_STARTS, lattice.starts[i]));
      out.add(Hash.feature(LEX_ENDS, lattice.ends[i]));
      out.add(Hash.feature(LEX_AROUND, lattice.starts[i], lattice.ends[i], lattice.inside[i]));
      out.add(Hash.feature(LEX_LONGEST_FROM, lattice.longestFrom[i]));
      out.add(Hash.feature(LEX_LONGEST_TO, lattice.longestTo[i]));
    }
    out.end();
  }

  /**
   * Every dictionary word over the sentence, not only the segmentation's choice (after the
   * "soft lexicon" of Ma et al. 2020): for each character, which lengths of word start and end at
   * it (bit masks), how long the longest word around it is, and the longest words from and to it.
   */
  private record Lattice(int[] starts, int[] ends, int[] inside, int[] longestFrom, int[] longestTo) {}

  private static Lattice lattice(String[] u, int n) {
    StringBuilder chars = new StringBuilder(n);
    // one character per token; a token of several characters (a Latin word, a number) matches nothing
    for (int i = 0; i < n; i++) chars.append(u[i].length() == 1 ? u[i].charAt(0) : '\uFFFF');
    int[] starts = new int[n];
    int[] ends = new int[n];
    int[] inside = new int[n];
    int[] longestFrom = new int[n];
    int[] longestTo = new int[n];
    int[] toLength = new int[n];
    int[] lengths = new int[LEX_MAX];
    for (int i = 0; i < n; i++) {
      int found = LEXICON.wordsAt(chars, i, LEX_MAX, lengths);
      for (int k = 0; k < found; k++) {
        int len = lengths[k];
        int bit = 1 << (Math.min(len, 5) - 2);
        int last = i + len - 1;
        starts[i] |= bit;
        ends[last] |= bit;
        for (int j = i + 1; j < last; j++) inside[j] = Math.max(inside[j], Math.min(len, 6));
        if (len > toLength[last]) {
          toLength[last] = len;
          longestTo[last] = Hash.of(chars, i, last + 1);
        }
      }
      if (found > 0) longestFrom[i] = Hash.of(chars, i, i + lengths[found - 1]);
    }
    return new Lattice(starts, ends, inside, longestFrom, longestTo);
  }
}
