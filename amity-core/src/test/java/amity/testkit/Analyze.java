package amity.testkit;

import amity.kb.KnowledgeBase;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.LinkedMention;
import amity.model.StoryAnalysis;
import amity.pipeline.Pipeline;
import java.util.List;

/** One shared pipeline over the bundled knowledge base, for tests that read real sentences. */
public final class Analyze {
  private static final KnowledgeBase KB = KnowledgeBase.bundled();
  private static final Pipeline PIPELINE = Pipeline.builder().defaults(KB).build();

  private Analyze() {}

  public static KnowledgeBase kb() {
    return KB;
  }

  public static Pipeline pipeline() {
    return PIPELINE;
  }

  public static DocumentAnalysis text(String content) {
    return PIPELINE.analyze(Docs.text("test.txt", content));
  }

  public static DocumentAnalysis seed(String prefix) {
    return PIPELINE.analyze(Docs.seed(prefix));
  }

  public static List<Event> events(DocumentAnalysis a) {
    return a.stories().stream().flatMap(s -> s.events().stream()).toList();
  }

  public static List<LinkedMention> mentions(DocumentAnalysis a) {
    return a.stories().stream().flatMap(s -> s.mentions().stream()).toList();
  }

  public static StoryAnalysis only(DocumentAnalysis a) {
    if (a.stories().size() != 1) throw new AssertionError("expected one story, got " + a.stories().size());
    return a.stories().get(0);
  }
}
