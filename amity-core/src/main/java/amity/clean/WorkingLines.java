package amity.clean;

import amity.model.LineKind;
import java.util.Arrays;
import java.util.List;

/**
 * One step's copy of a run of a page's lines, which the step relabels as it reads them and hands
 * on as an immutable list. A line is looked up by its {@link Line#index()}, so a step that holds
 * an earlier value of a line reads what it is now with {@link #now}. Not thread-safe: it lives
 * inside one call of one step.
 */
final class WorkingLines {
  private final Line[] lines;
  private final int first;

  WorkingLines(List<Line> lines) {
    this.lines = lines.toArray(Line[]::new);
    this.first = lines.isEmpty() ? 0 : lines.get(0).index();
  }

  /** {@return what {@code l} is taken for now} */
  Line now(Line l) {
    return lines[l.index() - first];
  }

  /** Takes {@code l} for {@code kind}, for {@code reason}. */
  void set(Line l, LineKind kind, String reason) {
    lines[l.index() - first] = lines[l.index() - first].as(kind, reason);
  }

  /** {@return the lines as they stand now} */
  List<Line> lines() {
    return List.of(lines);
  }

  /** {@return the lines as they stand now that are plain text} */
  List<Line> text() {
    return Arrays.stream(lines).filter(Line::isText).toList();
  }
}
