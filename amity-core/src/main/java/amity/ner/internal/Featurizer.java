package amity.ner.internal;

import java.util.List;

/**
 * All features of a sentence: the language's own and, when the model has one, the gazetteer's,
 * merged token by token. Immutable and thread-safe; the buffers passed in are the caller's.
 */
public final class Featurizer {
  private final FeatureExtractor base;
  private final Gazetteer gazetteer;

  /** Combines a language's features with a gazetteer (possibly empty). */
  public Featurizer(FeatureExtractor base, Gazetteer gazetteer) {
    this.base = base;
    this.gazetteer = gazetteer;
  }

  /** {@return the specification of these features: the language's and, with a gazetteer, the gazetteer's} */
  public String spec() {
    return gazetteer.size() == 0 ? base.spec() : base.spec() + " " + Gazetteer.SPEC;
  }

  /** Scratch buffers for one thread. */
  public static final class Buffers {
    final FeatureBuffer base = new FeatureBuffer();
    final FeatureBuffer gaz = new FeatureBuffer();
    final FeatureBuffer out = new FeatureBuffer();
  }

  /** {@return the features of {@code tokens}, in {@code b}'s output buffer} */
  public FeatureBuffer extract(List<String> tokens, Buffers b) {
    if (gazetteer.size() == 0) {
      base.extract(tokens, b.out);
      return b.out;
    }
    base.extract(tokens, b.base);
    String[] units = new String[tokens.size()];
    for (int i = 0; i < units.length; i++) units[i] = base.unit(tokens.get(i));
    gazetteer.extract(units, b.gaz);
    int n = tokens.size();
    FeatureBuffer out = b.out;
    out.reset(n);
    int[] fb = b.base.features();
    int[] fg = b.gaz.features();
    for (int i = 0; i < n; i++) {
      out.token(i);
      for (int k = b.base.start(i), e = b.base.end(i); k < e; k++) out.add(fb[k]);
      for (int k = b.gaz.start(i), e = b.gaz.end(i); k < e; k++) out.add(fg[k]);
    }
    out.end();
    return out;
  }
}
