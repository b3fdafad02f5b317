package amity.corpus;

import java.util.List;
import java.util.Set;

/**
 * Joins the tokens of a CoNLL sentence back into text as a wire story would print it: no space
 * before closing punctuation and clitics ("Kohl 's" → "Kohl's", "( EFE )" → "(EFE)"), none after
 * opening brackets and Spanish opening marks, straight double quotes paired open/close within the
 * sentence.
 *
 * <p>Stateless and thread-safe.
 */
public final class Detokenizer {
  private static final Set<String> NO_SPACE_BEFORE = Set.of(
      ".", ",", ";", ":", "!", "?", ")", "]", "}", "%", "...", "..", "'s", "'S", "n't", "N'T", "'re", "'ve",
      "'ll", "'m", "'d", "'RE", "'VE", "'LL", "'M", "'D");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "¿", "¡", "``");

  private Detokenizer() {}

  /** {@return the tokens joined as text} */
  public static String join(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    boolean quoteOpen = false;
    boolean glueNext = true;
    for (String t : tokens) {
      boolean quote = t.equals("\"");
      boolean glue;
      if (quote) {
        // An opening quote takes a space before it, a closing one does not.
        glue = quoteOpen;
      } else {
        glue = NO_SPACE_BEFORE.contains(t) || t.equals("''");
      }
      if (b.length() > 0 && !glue && !glueNext) b.append(' ');
      b.append(t);
      if (quote) {
        glueNext = !quoteOpen;
        quoteOpen = !quoteOpen;
      } else {
        glueNext = NO_SPACE_AFTER.contains(t);
      }
    }
    return b.toString();
  }
}
