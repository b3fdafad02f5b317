package amity.parse.en;

import amity.parse.internal.Splitter;
import java.util.List;
import java.util.Locale;

/**
 * English clitics as the Universal Dependencies treebanks write them: "Kohl's" as Kohl + 's,
 * "didn't" as did + n't ("can't" as ca + n't), "they'll" as they + 'll; also 're, 've, 'd, 'm,
 * with a straight or a curly apostrophe. amity's segmenter keeps these whole (ICU word breaks).
 * Stateless and thread-safe.
 */
public final class Clitics implements Splitter {
  /** The name a model records. */
  public static final String NAME = "en-clitics";

  private static final String[] ENDINGS = {"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"};

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> split(String token) {
    String t = token.replace('\u2019', '\'').toLowerCase(Locale.ROOT);
    for (String e : ENDINGS) {
      int cut = token.length() - e.length();
      if (cut > 0 && t.endsWith(e) && Character.isLetter(token.charAt(cut - 1))) {
        return List.of(token.substring(0, cut), token.substring(cut));
      }
    }
    return List.of(token);
  }
}
