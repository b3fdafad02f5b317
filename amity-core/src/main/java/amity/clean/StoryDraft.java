package amity.clean;

import amity.model.DateValue;
import amity.model.Dateline;
import amity.model.StoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A story cut out of a page's lines, before its text is assembled: its kind, headline, body lines
 * and what dates it.
 *
 * @param kind main article or teaser
 * @param headline the headline line, if it has one
 * @param body the body lines, in page order
 * @param dateline the dateline that opens its first paragraph, if any
 * @param datelineDay the month and day the main story's dateline gives
 * @param date a teaser's own date, from the date line of its card
 */
record StoryDraft(
    StoryKind kind,
    @Nullable Line headline,
    List<Line> body,
    @Nullable Dateline dateline,
    @Nullable DateValue datelineDay,
    @Nullable DateValue date) {
  StoryDraft {
    Objects.requireNonNull(kind, "kind must not be null");
    body = List.copyOf(body);
  }

  /** A draft while a step reads its lines. Not thread-safe. */
  static final class Builder {
    private final StoryKind kind;
    private final @Nullable Line headline;
    private final List<Line> body = new ArrayList<>();
    @Nullable Dateline dateline;
    @Nullable DateValue datelineDay;
    @Nullable DateValue date;

    Builder(StoryKind kind, @Nullable Line headline) {
      this.kind = kind;
      this.headline = headline;
    }

    Builder add(Line l) {
      body.add(l);
      return this;
    }

    /** {@return the index of its headline, else of its first body line, else the largest int} */
    int firstIndex() {
      if (headline != null) return headline.index();
      return body.isEmpty() ? Integer.MAX_VALUE : body.get(0).index();
    }

    /** {@return the last body line added, or null before any} */
    @Nullable Line lastLine() {
      return body.isEmpty() ? null : body.get(body.size() - 1);
    }

    StoryDraft build() {
      return new StoryDraft(kind, headline, body, dateline, datelineDay, date);
    }
  }
}
