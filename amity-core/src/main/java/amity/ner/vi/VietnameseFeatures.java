package amity.ner.vi;

import amity.ner.internal.FeatureBuffer;
import amity.ner.internal.FeatureExtractor;
import amity.ner.internal.Hash;
import amity.ner.internal.Shapes;
import amity.ner.internal.WordClusters;
import java.util.List;

/**
 * Syllable features for Vietnamese: syllables within two positions, syllable bigrams and
 * trigrams, capitalisation patterns over the window (names are runs of capitalised syllables),
 * and clusters of syllables and syllable bigrams (most Vietnamese words are two syllables).
 * Immutable and thread-safe.
 */
public final class VietnameseFeatures implements FeatureExtractor {
  private static final int BIAS = 1;
  private static final int WORD = 2;
  private static final int LOW = 3;
  private static final int SHAPE = 4;
  private static final int LOW_AT = 10; // + offset + 2
  private static final int BIGRAM_AT = 20; // + offset + 2
  private static final int TRIGRAM = 30;
  private static final int FLAGS = 31;
  private static final int FLAGS_WINDOW = 32;
  private static final int FLAGS_WINDOW5 = 33;
  private static final int FIRST = 34;
  private static final int LOW_FLAGS_LEFT = 35;
  private static final int LOW_FLAGS_RIGHT = 36;
  private static final int SHAPE_AT = 37; // + offset + 1
  private static final int SUFFIX = 100;

  private final WordClusters clusters;

  /** Uses the given clusters. */
  public VietnameseFeatures(WordClusters clusters) {
    this.clusters = clusters;
  }

  /** BIAS, WORD, LOW and SHAPE come first for each syllable and also score transitions. */
  @Override
  public int edgeFeatures() {
    return 4;
  }

  @Override
  public String spec() {
    return "vi-syllable/1";
  }

  @Override
  public String unit(String token) {
    return Shapes.norm(token);
  }

  @Override
  public void extract(List<String> tokens, FeatureBuffer out) {
    int n = tokens.size();
    String[] low = new String[n];
    int[] hWord = new int[n];
    int[] hLow = new int[n];
    int[] hShape = new int[n];
    int[] flags = new int[n];
    int[] code = new int[n];
    int[] biCode = new int[n];
    for (int i = 0; i < n; i++) {
      String w = tokens.get(i);
      low[i] = Shapes.norm(w);
      hWord[i] = Hash.of(w);
      hLow[i] = Hash.of(low[i]);
      hShape[i] = Shapes.shapeHash(w, 3);
      flags[i] = Shapes.flags(w) & 0x7;
      if ((Shapes.flags(w) & 64) != 0) flags[i] = 8 + (w.length() == 1 ? w.charAt(0) % 64 : 63);
      code[i] = clusters.code(low[i]);
    }
    for (int i = 0; i < n; i++) biCode[i] = i + 1 < n ? clusters.code(low[i], low[i + 1]) : -1;
    out.reset(n);
    for (int i = 0; i < n; i++) {
      out.token(i);
      out.add(Hash.feature(BIAS, 0));
      out.add(Hash.feature(WORD, hWord[i]));
      out.add(Hash.feature(LOW, hLow[i]));
      out.add(Hash.feature(SHAPE, hShape[i]));
      for (int d = -2; d <= 2; d++) {
        if (d != 0) out.add(Hash.feature(LOW_AT + d + 2, Hash.at(hLow, i + d)));
      }
      for (int d = -1; d <= 1; d++) {
        if (d != 0) out.add(Hash.feature(SHAPE_AT + d + 1, Hash.at(hShape, i + d)));
      }
      for (int d = -2; d <= 1; d++) {
        out.add(Hash.feature(BIGRAM_AT + d + 2, Hash.at(hLow, i + d), Hash.at(hLow, i + d + 1)));
      }
      out.add(Hash.feature(TRIGRAM, Hash.at(hLow, i - 1), hLow[i], Hash.at(hLow, i + 1)));
      out.add(Hash.feature(FLAGS, flags[i]));
      out.add(Hash.feature(FLAGS_WINDOW, atFlags(flags, i - 1), flags[i], atFlags(flags, i + 1)));
      out.add(
          Hash.feature(
              FLAGS_WINDOW5,
              atFlags(flags, i - 2) * 128 + atFlags(flags, i - 1),
              flags[i],
              atFlags(flags, i + 1) * 128 + atFlags(flags, i + 2)));
      if (i == 0) out.add(Hash.feature(FIRST, flags[i]));
      out.add(Hash.feature(LOW_FLAGS_LEFT, Hash.at(hLow, i - 1), flags[i]));
      out.add(Hash.feature(LOW_FLAGS_RIGHT, flags[i], Hash.at(hLow, i + 1)));
      String lw = low[i];
      if (lw.length() > 2) out.add(Hash.feature(SUFFIX, Hash.of(lw, lw.length() - 2, lw.length())));
      WordClusters.addNeighbourhood(out, code, biCode, i);
    }
    out.end();
  }

  private static int atFlags(int[] f, int i) {
    return i < 0 || i >= f.length ? 127 : f[i];
  }
}
