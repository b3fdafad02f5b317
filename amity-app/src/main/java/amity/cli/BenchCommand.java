package amity.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code amity bench}: throughput of amity's stages on generated input. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Time a stage on generated input (a benchmark to run by hand, not a test).",
    subcommands = {BenchCleanCommand.class})
final class BenchCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
