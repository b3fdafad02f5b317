package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline read from one document.
 *
 * @param page the cleaned page with its document
 * @param stories one analysis per story, in page order
 * @param failures stages that failed on a story (that story is kept with what came before), in
 *     page order; empty when all went well
 */
public record DocumentAnalysis(Page page, List<StoryAnalysis> stories, List<StoryFailure> failures) {
  public DocumentAnalysis {
    Objects.requireNonNull(page, "page must not be null");
    stories = List.copyOf(stories);
    failures = List.copyOf(failures);
  }

  /** An analysis in which no story failed. */
  public DocumentAnalysis(Page page, List<StoryAnalysis> stories) {
    this(page, stories, List.of());
  }

  public Document document() {
    return page.document();
  }
}
