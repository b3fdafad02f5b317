package amity.model;

import java.util.Objects;

/**
 * The sentence an event was read from.
 *
 * @param doc document id
 * @param story story id
 * @param file the file the document came from
 * @param lang the story's language
 * @param sentence the sentence text
 * @param span where the sentence stands in the document text
 */
public record Evidence(String doc, String story, String file, String lang, String sentence, Span span) {
  public Evidence {
    Objects.requireNonNull(doc, "doc must not be null");
    Objects.requireNonNull(story, "story must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Objects.requireNonNull(lang, "lang must not be null");
    Objects.requireNonNull(sentence, "sentence must not be null");
    Objects.requireNonNull(span, "span must not be null");
  }
}
