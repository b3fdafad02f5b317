package amity.parse.es;

import amity.parse.internal.Splitter;
import java.util.List;

/**
 * The Spanish contractions "del" (de + el) and "al" (a + el), as the Universal Dependencies
 * treebanks write them; amity's segmenter keeps them whole. The case of the first letter stays
 * with the preposition ("Del" gives De + el). Stateless and thread-safe.
 */
public final class Contractions implements Splitter {
  /** The name a model records. */
  public static final String NAME = "es-contractions";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> split(String token) {
    if (token.length() == 3 && token.regionMatches(true, 0, "del", 0, 3)) return List.of(token.substring(0, 2), "el");
    if (token.length() == 2 && token.regionMatches(true, 0, "al", 0, 2)) return List.of(token.substring(0, 1), "el");
    return List.of(token);
  }
}
