package amity.cli;

import amity.kb.KnowledgeBase;
import amity.link.LinkEvaluation;
import java.nio.file.Path;

/** Lets tests outside the package run the linking evaluation the command runs. */
public final class EvalLinkAccess {
  private EvalLinkAccess() {}

  public static LinkEvaluation.Report evaluate(KnowledgeBase kb, Path dir) throws Exception {
    return EvalLinkCommand.evaluate(kb, dir);
  }
}
