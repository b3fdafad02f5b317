package amity.ner.internal;

import java.util.List;
import java.util.Locale;

/**
 * Features for languages written in words separated by spaces (English, Spanish): word identity
 * and lower case, shapes, affixes, neighbours within two tokens, capitalisation flags and word
 * clusters. Immutable and thread-safe.
 */
public final class LatinFeatures implements FeatureExtractor {
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int LOW = 3;
  private static final int SHAPE = 4;
  private static final int SHORT = 5;
  private static final int PREFIX = 10; // + length
  private static final int SUFFIX = 20; // + length
  private static final int LOW_AT = 30; // + offset + 2
  private static final int SHAPE_AT = 40; // + offset + 2
  private static final int BIGRAM_LEFT = 50;
  private static final int BIGRAM_RIGHT = 51;
  private static final int SHORT_WINDOW = 52;
  private static final int FLAGS = 53;
  private static final int FLAGS_FIRST = 54;
  private static final int FLAGS_ALLCAPS_SENTENCE = 55;
  private static final int FLAGS_WINDOW = 56;
  private static final int LEFT_SHAPE = 57;
  private static final int SHAPE_RIGHT = 58;
  private static final int CLUSTER_AT = 60; // + 10 * (offset + 2) + level
  private static final int CLUSTER_PAIR = 110;
  private static final int LOW_SHORT_LEFT = 111;
  private static final int LOW_SHORT_RIGHT = 112;
  private static final int NGRAM = 113; // + n
  private static final int BAG_LEFT = 120;
  private static final int BAG_RIGHT = 121;
  private static final int CLASS = 130;
  private static final int CLASS_LOW = 131;
  private static final int CLASS_FLAGS = 132;
  private static final int CLASS_AT = 133; // + offset + 1
  private static final int CLASS_LEFT_WORD = 136;

  private final WordClusters clusters;
  private final WordClasses classes;

  /** Uses the given clusters and no dictionary. */
  public LatinFeatures(WordClusters clusters) {
    this(clusters, WordClasses.NONE);
  }

  /** Uses the given clusters and the word classes of a dictionary. */
  public LatinFeatures(WordClusters clusters, WordClasses classes) {
    this.clusters = clusters;
    this.classes = classes;
  }

  /**
   * None: conjoining the first five features (bias, word, lower case, shapes) with the label pair
   * moved dev F1 by 0.1 point at most for English and Spanish, not worth the time (MODELS.md).
   */
  @Override
  public int edgeFeatures() {
    return 0;
  }

  @Override
  public String spec() {
    return "latin/1";
  }

  @Override
  public String unit(String token) {
    return Shapes.norm(token);
  }

  @Override
  public void extract(List<String> tokens, FeatureBuffer out) {
    int n = tokens.size();
    int[] hWord = new int[n];
    int[] hLow = new int[n];
    int[] hShape = new int[n];
    int[] hShort = new int[n];
    int[] flags = new int[n];
    int[] code = new int[n];
    String[] low = new String[n];
    boolean allCapsSentence = true;
    int letters = 0;
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i);
      low[i] = Shapes.norm(w);
      hWord[i] = Hash.of(w);
      hLow[i] = Hash.of(low[i]);
      hShape[i] = Shapes.shapeHash(w, 4);
      hShort[i] = Shapes.shapeHash(w, 1);
      flags[i] = Shapes.flags(w);
      code[i] = clusters.code(low[i]);
      if ((flags[i] & 64) == 0 && !w.chars().allMatch(Character::isDigit)) {
        letters++;
        if ((flags[i] & 2) == 0) allCapsSentence = false;
      }
    }
    if (letters < 2) allCapsSentence = false;
    int[] cls = null;
    int[] clsLow = null;
    if (classes.present()) {
      cls = new int[n];
      clsLow = new int[n];
      for (int i = 0; i < n; i++) {
        String w = tokens.get(i);
        if ((flags[i] & 1) == 0 && (flags[i] & 2) == 0) continue; // no capital letter
        cls[i] = classes.of(w);
        String lower = w.toLowerCase(Locale.ROOT);
        // a headline's ESPAÑA is looked up as España too
        if ((flags[i] & 2) != 0 && w.length() > 1) cls[i] |= classes.of(w.charAt(0) + lower.substring(1));
        clsLow[i] = classes.of(lower);
      }
    }
    out.reset(n);
    for (int i = 0; i < n; i++) {
      out.token(i);
      String lw = low[i];
      out.add(Hash.feature(BIAS, 0));
      out.add(Hash.feature(WORD, hWord[i]));
      out.add(Hash.feature(LOW, hLow[i]));
      out.add(Hash.feature(SHAPE, hShape[i]));
      out.add(Hash.feature(SHORT, hShort[i]));
      int len = lw.length();
      for (int k = 1; k <= 4 && k < len; k++) {
        out.add(Hash.feature(PREFIX + k, Hash.of(lw, 0, k)));
      }
      for (int k = 1; k <= 5 && k < len; k++) {
        out.add(Hash.feature(SUFFIX + k, Hash.of(lw, len - k, len)));
      }
      if (len > 3) {
        // inner character n-grams, with ^ and $ marking the ends
        for (int k = 0; k + 3 <= len; k++) {
          out.add(Hash.feature(NGRAM + 3, Hash.of(lw, k, k + 3)));
        }
      }
      for (int d = 2; d <= 4; d++) {
        if (i - d >= 0) out.add(Hash.feature(BAG_LEFT, hLow[i - d]));
        if (i + d < n) out.add(Hash.feature(BAG_RIGHT, hLow[i + d]));
      }
      for (int d = -2; d <= 2; d++) {
        if (d == 0) continue;
        out.add(Hash.feature(LOW_AT + d + 2, Hash.at(hLow, i + d)));
        if (d >= -1 && d <= 1) out.add(Hash.feature(SHAPE_AT + d + 2, Hash.at(hShape, i + d)));
      }
      int lowPrev = Hash.at(hLow, i - 1);
      int lowNext = Hash.at(hLow, i + 1);
      out.add(Hash.feature(BIGRAM_LEFT, lowPrev, hLow[i]));
      out.add(Hash.feature(BIGRAM_RIGHT, hLow[i], lowNext));
      out.add(Hash.feature(SHORT_WINDOW, Hash.at(hShort, i - 1), hShort[i], Hash.at(hShort, i + 1)));
      out.add(Hash.feature(LEFT_SHAPE, lowPrev, hShape[i]));
      out.add(Hash.feature(SHAPE_RIGHT, hShape[i], lowNext));
      out.add(Hash.feature(LOW_SHORT_LEFT, hLow[i], Hash.at(hShort, i - 1)));
      out.add(Hash.feature(LOW_SHORT_RIGHT, hLow[i], Hash.at(hShort, i + 1)));
      out.add(Hash.feature(FLAGS, flags[i]));
      if (i == 0) out.add(Hash.feature(FLAGS_FIRST, flags[i]));
      if (allCapsSentence) out.add(Hash.feature(FLAGS_ALLCAPS_SENTENCE, hLow[i]));
      out.add(Hash.feature(FLAGS_WINDOW, atFlags(flags, i - 1), flags[i], atFlags(flags, i + 1)));
      for (int d = -1; d <= 1; d++) {
        int c = i + d >= 0 && i + d < n ? code[i + d] : -2;
        for (int l = 0; l < WordClusters.LEVELS; l++) {
          int v = c == -2 ? -2 : WordClusters.level(c, l);
          out.add(Hash.feature(CLUSTER_AT + 10 * (d + 2) + l, v));
        }
      }
      int cPrev = i > 0 ? WordClusters.level(code[i - 1], 1) : -2;
      out.add(Hash.feature(CLUSTER_PAIR, cPrev, WordClusters.level(code[i], 1)));
      if (cls != null) {
        out.add(Hash.feature(CLASS, cls[i]));
        out.add(Hash.feature(CLASS_LOW, clsLow[i]));
        out.add(Hash.feature(CLASS_FLAGS, cls[i], clsLow[i], i == 0 ? 1 : 0));
        for (int d = -1; d <= 1; d += 2) {
          int j = i + d;
          int c = j >= 0 && j < n ? cls[j] & WordClasses.NAMES : -1;
          out.add(Hash.feature(CLASS_AT + d + 1, c));
        }
        if (cls[i] != 0) out.add(Hash.feature(CLASS_LEFT_WORD, lowPrev, cls[i] & WordClasses.NAMES));
      }
    }
    out.end();
  }

  private static int atFlags(int[] f, int i) {
    return i < 0 || i >= f.length ? -1 : f[i];
  }
}
