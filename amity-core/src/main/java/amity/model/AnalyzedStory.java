package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * A story with its language and its sentences.
 *
 * @param story the cleaned story
 * @param lang BCP 47 language tag ({@code und} when unknown)
 * @param sentences its sentences, covering the text in order
 */
public record AnalyzedStory(Story story, String lang, List<Sentence> sentences) {
  public AnalyzedStory {
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(lang, "lang must not be null");
    sentences = List.copyOf(sentences);
  }
}
