package amity.stage;

import amity.model.Sentence;
import java.util.List;

/** Splits a text into sentences and tokens according to its language. */
public interface Segmenter {
  List<Sentence> segment(String text, String lang);
}
