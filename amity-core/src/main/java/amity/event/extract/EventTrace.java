package amity.event.extract;

import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the event steps tell how they read each sentence (its triggers and mentions, each reading
 * kept or dropped with the reason): for whoever studies a miss, off in normal runs. Lines are built
 * only when {@link #on()}. Implementations must be thread-safe.
 *
 * <pre>{@code
 * new RuleEventExtractor(kb, packs, EventTrace.to(System.err)); // amity eval events --trace
 * }</pre>
 */
public interface EventTrace {
  /** The trace of normal runs: nothing. */
  EventTrace OFF = new EventTrace() {
    @Override
    public boolean on() {
      return false;
    }

    @Override
    public void line(String line) {}
  };

  /** {@return a trace printing each line to {@code out}} */
  static EventTrace to(PrintStream out) {
    Objects.requireNonNull(out, "out must not be null");
    return out::println;
  }

  /** {@return whether lines are wanted; callers skip building them when not} */
  default boolean on() {
    return true;
  }

  /** Takes one line of the trace. */
  void line(String line);
}
