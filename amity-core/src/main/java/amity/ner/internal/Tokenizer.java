package amity.ner.internal;

import amity.model.Span;
import java.util.List;

/** Cuts a sentence into the tokens a tagger was trained on. Implementations are thread-safe. */
public interface Tokenizer {
  /** {@return token spans in {@code text}, in order, never overlapping} */
  List<Span> tokenize(String text);
}
