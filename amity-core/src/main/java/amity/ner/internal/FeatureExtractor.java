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

  /**
   * {@return the name and version of the features this extractor computes, e.g. "latin/1"}: a
   * model records the specification it was trained with and is refused by code that computes
   * another. Bump the version with any change to what {@link #extract} or {@link #unit} give.
   */
  String spec();
}
