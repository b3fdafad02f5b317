package amity.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps offsets of a derived text (a cleaned story body) back to the document text it was cut from.
 *
 * <p>The derived text is a sequence of verbatim copies of document ranges, possibly with
 * separators between them; separators map to the end of the preceding copy.
 */
public record Alignment(List<Segment> segments) {
  /** A verbatim copy of {@code length} characters from {@code originalStart} to {@code textStart}. */
  public record Segment(int textStart, int originalStart, int length) {
    public Segment {
      if (textStart < 0 || originalStart < 0 || length < 0) {
        throw new IllegalArgumentException(
            "bad segment: text=" + textStart + " original=" + originalStart + " len=" + length);
      }
    }
  }

  public Alignment {
    segments = List.copyOf(Objects.requireNonNull(segments, "segments must not be null"));
    for (int i = 1; i < segments.size(); i++) {
      Segment p = segments.get(i - 1);
      Segment s = segments.get(i);
      if (s.textStart < p.textStart + p.length || s.originalStart < p.originalStart + p.length) {
        throw new IllegalArgumentException("segments overlap or go backwards at " + i + ": " + s);
      }
    }
  }

  /** {@return the document offset of the derived-text offset {@code pos}} */
  public int toOriginal(int pos) {
    if (segments.isEmpty()) return pos;
    Segment best = segments.get(0);
    for (Segment s : segments) {
      if (s.textStart > pos) break;
      best = s;
    }
    int inside = Math.min(Math.max(pos - best.textStart, 0), best.length);
    return best.originalStart + inside;
  }

  /** {@return a derived-text span mapped to the document} */
  public Span toOriginal(Span span) {
    int s = toOriginal(span.start());
    int e = span.end() == span.start() ? s : toOriginal(span.end() - 1) + 1;
    return new Span(s, Math.max(s, e));
  }

  /** Builds a derived text and its alignment by appending document ranges and separators. */
  public static final class Builder {
    private final String original;
    private final StringBuilder text = new StringBuilder();
    private final List<Segment> segments = new ArrayList<>();

    public Builder(String original) {
      this.original = Objects.requireNonNull(original, "original must not be null");
    }

    /** Appends the document range {@code span} verbatim. */
    public Builder copy(Span span) {
      if (span.end() > original.length()) {
        throw new IllegalArgumentException(
            "span " + span + " beyond document length " + original.length());
      }
      if (span.length() > 0) {
        segments.add(new Segment(text.length(), span.start(), span.length()));
        text.append(original, span.start(), span.end());
      }
      return this;
    }

    /** Appends text that is not in the document, such as a paragraph break. */
    public Builder separator(String s) {
      text.append(s);
      return this;
    }

    public int length() {
      return text.length();
    }

    public String text() {
      return text.toString();
    }

    public Alignment alignment() {
      return new Alignment(segments);
    }
  }
}
