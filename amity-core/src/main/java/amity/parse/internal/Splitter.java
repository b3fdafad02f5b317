package amity.parse.internal;

import java.util.List;

/**
 * Cuts one of amity's tokens into the words a treebank would write for it (English "didn't" as
 * did + n't, Spanish "del" as de + el), so that the parser reads words as it learnt them; the
 * tree over the words is then carried back to the tokens ({@link TokenProjection}). A model
 * records the name of its splitter. Implementations are stateless and thread-safe.
 */
public interface Splitter {
  /** Leaves every token whole. */
  Splitter NONE = new Splitter() {
    @Override
    public String name() {
      return "none";
    }

    @Override
    public List<String> split(String token) {
      return List.of(token);
    }
  };

  /** {@return the name a model file records} */
  String name();

  /**
   * {@return the words of {@code token}: itself alone when it is one word}; splitting a word
   * again leaves it whole
   */
  List<String> split(String token);
}
