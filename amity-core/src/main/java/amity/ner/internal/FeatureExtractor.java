package amity.ner.internal;

import java.util.List;

/** Turns the tokens of a sentence into hashed features. Implementations are thread-safe. */
public interface FeatureExtractor {
  /** Writes the features of every token of {@code tokens} into {@code out}. */
  void extract(List<String> tokens, FeatureBuffer out);

  /**
   * {@return how many of each token's first features are also conjoined with the pair of labels
   * (previous, current)}: such edge features let the transition depend on the token, at a cost
   * of L² weights each
   */
  default int edgeFeatures() {
    return 0;
  }

  /** {@return the form of a token that word clusters are built over and looked up by} */
  String unit(String token);
}
