package amity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amity eval}: scores of amity's stages on marked data. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Score a stage on marked data.",
    subcommands = {EvalCleanCommand.class})
final class EvalCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
