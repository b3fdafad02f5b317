package amity.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code amity eval …}: scores amity's stages against hand-marked dev sets. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score a stage against a hand-marked dev set.",
    subcommands = {EvalEventsCommand.class, EvalLinkCommand.class, EvalNerCommand.class, EvalParseCommand.class, EvalCleanCommand.class})
final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
