package amity.stage;

import amity.model.ParsedSentence;
import amity.model.Sentence;

/** Gives the tokens of a sentence parts of speech and a dependency tree. */
public interface Parser {
  /**
   * {@return the sentence with a part of speech, a head and a relation for each of its tokens}
   *
   * @param sentence a sentence as amity's segmenter cut it
   * @param lang its language, a BCP 47 tag
   */
  ParsedSentence parse(Sentence sentence, String lang);
}
