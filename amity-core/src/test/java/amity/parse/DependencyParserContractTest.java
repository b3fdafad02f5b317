package amity.parse;

import amity.stage.Parser;
import amity.stage.ParserContract;

/** {@link DependencyParser} with the shipped models against the {@link Parser} contract. */
class DependencyParserContractTest extends ParserContract {
  private static final DependencyParser PARSER = new DependencyParser();

  @Override
  protected Parser parser() {
    return PARSER;
  }
}
