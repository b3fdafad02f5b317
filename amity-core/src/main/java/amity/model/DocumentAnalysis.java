package amity.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the pipeline read from one document.
 *
 * @param page the cleaned page with its document
 * @param stories one analysis per story, in page order
 */
public record DocumentAnalysis(Page page, List<StoryAnalysis> stories) {
  public DocumentAnalysis {
    Objects.requireNonNull(page, "page must not be null");
    stories = List.copyOf(stories);
  }

  public Document document() {
    return page.document();
  }
}
