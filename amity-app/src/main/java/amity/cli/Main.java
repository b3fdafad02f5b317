package amity.cli;

import amity.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code amity}: turns multilingual news pages into a linked, searchable record of international
 * relations.
 *
 * <pre>{@code
 * amity ingest pages/ --store data
 * amity events --store data --json --between "Việt Nam,Cuba"
 * }</pre>
 */
@Command(
    name = "amity",
    mixinStandardHelpOptions = true,
    version = "amity 0.1.0",
    description = "Multilingual news pages to a linked, searchable record of international relations.",
    // The Spark job runs in its own JVM on Spark's jars, which this jar does not carry.
    footer = {"", "The Spark job: ./amity spark --input PATH... --output DIR [--master M] [--partitions N]",
        "(the ./amity launcher builds and runs it; ./amity spark --help)."},
    subcommands = {
      IngestCommand.class,
      StoriesCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      EventsCommand.class,
      TimelineCommand.class,
      SearchCommand.class,
      DemoCommand.class,
      EvalCommand.class,
      CorpusCommand.class,
      KbCommand.class,
      TagCommand.class,
      TrainNerCommand.class,
      TrainParserCommand.class,
      ServeCommand.class,
      ExportCommand.class,
      ImportCommand.class,
      ReindexCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Some inputs could not be read; the rest was processed. */
  public static final int EXIT_PARTIAL = 1;
  /** The store could not be opened or written. */
  public static final int EXIT_STORE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs amity with {@code args} and returns the exit code. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler(
        (ex, cmd, parsed) -> {
          // Only the edge turns exceptions into messages and exit codes.
          if (ex instanceof StoreException) {
            cmd.getErr().println("amity: " + ex.getMessage());
            return EXIT_STORE;
          }
          if (ex instanceof IllegalArgumentException) {
            cmd.getErr().println("amity: " + ex.getMessage());
            return CommandLine.ExitCode.USAGE;
          }
          cmd.getErr().println("amity: " + ex);
          return CommandLine.ExitCode.SOFTWARE;
        });
    return cl;
  }
}
