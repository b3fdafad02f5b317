package amity.clean;

import amity.model.Alignment;
import amity.model.Document;
import amity.model.PublicationDate;
import amity.model.Span;
import amity.model.Story;
import amity.model.StoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Turns a {@link StoryDraft} into a {@link Story}: its body lines joined by blank lines, less the
 * dateline that opens the first and a sign-off that ends any ("… — TTXVN"), aligned to the page;
 * its title; its date. Thread-safe and immutable.
 */
final class StoryAssembly {
  private final CleaningRules rules;
  private final Datelines datelines;
  private final PublicationDates dates;

  StoryAssembly(CleaningRules rules, Datelines datelines, PublicationDates dates) {
    this.rules = rules;
    this.datelines = datelines;
    this.dates = dates;
  }

  /**
   * The spans of a story's body and the lines whose sign-off was cut off.
   *
   * @param parts each body line's span, less dateline and sign-off, in order; empty ones left out
   * @param signedOff the body lines that ended with a sign-off
   */
  record Body(List<Span> parts, List<Line> signedOff) {
    Body {
      parts = List.copyOf(parts);
      signedOff = List.copyOf(signedOff);
    }
  }

  /** {@return the body of {@code draft}: each line less an opening dateline (first part only) and a closing sign-off} */
  Body body(StoryDraft draft) {
    List<Span> parts = new ArrayList<>();
    List<Line> signedOff = new ArrayList<>();
    for (Line l : draft.body()) {
      int start = l.span().start();
      int end = l.span().end();
      if (parts.isEmpty()) start += datelines.length(l);
      Optional<Matcher> tail = rules.find("signoff_tail", l.norm());
      if (tail.isPresent() && tail.get().end() == l.text().length()) {
        end = l.span().start() + tail.get().start();
        signedOff.add(l);
      }
      if (end > start) parts.add(new Span(start, end));
    }
    return new Body(parts, signedOff);
  }

  /** {@return the story {@code draft} makes, the {@code index}th of the page} */
  Story story(Document doc, int index, StoryDraft draft, Body body, PublicationDate pagePublished) {
    Alignment.Builder b = new Alignment.Builder(doc.text());
    for (Span p : body.parts()) {
      if (b.length() > 0) b.separator("\n\n");
      b.copy(p);
    }
    String text = b.text();
    PublicationDate published = dates.ofStory(draft, text, pagePublished, doc.meta().captured());
    // A feed item or a JSON line often carries its title beside the text rather than in it.
    String metaTitle = doc.meta().title();
    Line headline = draft.headline();
    String title = headline != null ? headline.text() : draft.kind() == StoryKind.MAIN && metaTitle != null ? metaTitle : "";
    return new Story(
        doc.id() + "-" + index,
        doc.id(),
        index,
        draft.kind(),
        title,
        headline == null ? null : headline.span(),
        draft.dateline(),
        text,
        b.alignment(),
        published);
  }
}
