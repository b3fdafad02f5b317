package amity.model;

/**
 * A half-open character range {@code [start, end)} in some text.
 *
 * @param start first character, inclusive
 * @param end last character, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start=" + start + ", end=" + end);
    }
  }

  /** {@return the number of characters covered} */
  public int length() {
    return end - start;
  }

  /** {@return whether this span and {@code other} share at least one character} */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** {@return whether {@code other} lies entirely inside this span} */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** {@return the covered part of {@code text}} */
  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  /** {@return this span moved by {@code delta} characters} */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
