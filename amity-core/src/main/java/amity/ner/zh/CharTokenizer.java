package amity.ner.zh;

import amity.model.Span;
import amity.ner.internal.Tokenizer;
import java.util.ArrayList;
import java.util.List;

/** One token per character that is not white space, as the Chinese corpora are cut. Thread-safe. */
public final class CharTokenizer implements Tokenizer {
  @Override
  public List<Span> tokenize(String text) {
    List<Span> out = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) out.add(new Span(i, i + len));
      i += len;
    }
    return out;
  }
}
