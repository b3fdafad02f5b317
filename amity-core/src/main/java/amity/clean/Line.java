package amity.clean;

import amity.model.DateValue;
import amity.model.LineKind;
import amity.model.PageLine;
import amity.model.Span;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One line of a page as the cleaner's steps see it: where it stands, its text, and what the steps
 * so far took it for. A step that takes it for something else makes a new one ({@link #as}).
 *
 * @param index the line's position among the page's lines, from 0
 * @param span the line in the document text, without surrounding spaces
 * @param text the line as shown
 * @param norm the text as the rules read it (Vietnamese tones placed one way), same length
 * @param block lines between the same blank lines share a block
 * @param kind what it is taken for
 * @param reason a short word on why
 * @param date the date a date line or timestamp gives
 * @param title the headline of a related entry that carries its own date: "Tin … (08/01/2025)"
 */
record Line(
    int index,
    Span span,
    String text,
    String norm,
    int block,
    LineKind kind,
    String reason,
    @Nullable DateValue date,
    @Nullable Span title) {
  Line {
    Objects.requireNonNull(span, "span must not be null");
    Objects.requireNonNull(text, "text must not be null");
    Objects.requireNonNull(norm, "norm must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /** {@return this line taken for {@code kind}, for {@code reason}} */
  Line as(LineKind kind, String reason) {
    return new Line(index, span, text, norm, block, kind, reason, date, title);
  }

  /** {@return whether the line is plain body text that no step has taken for anything else} */
  boolean isText() {
    return kind == LineKind.BODY && reason.equals("text");
  }

  boolean isBlank() {
    return kind == LineKind.BLANK;
  }

  /** {@return the line as the page reports it} */
  PageLine toPageLine() {
    return new PageLine(span, kind, reason);
  }
}
