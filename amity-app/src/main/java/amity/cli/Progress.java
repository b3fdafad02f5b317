package amity.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr, drawn only when stderr is a terminal and output is not JSON, so
 * scripts and logs stay clean.
 */
final class Progress {
  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private final String what;
  private long lastDraw;

  Progress(PrintStream err, int total, String what, boolean quiet) {
    this.err = err;
    this.total = total;
    this.what = what;
    this.enabled = !quiet && System.console() != null && total > 1;
  }

  void update(int done) {
    if (!enabled) return;
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 100_000_000L) return;
    lastDraw = now;
    int width = 30;
    int filled = total == 0 ? width : (int) ((long) done * width / total);
    err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + what);
    if (done >= total) err.println();
    err.flush();
  }

  /** Clears the bar line before a message is printed on stderr. */
  void clearLine() {
    if (enabled) err.print("\r" + " ".repeat(60) + "\r");
  }
}
