package amity.clean;

import static amity.clean.TextShape.isProse;

import amity.model.LineKind;
import amity.model.RelatedLink;
import amity.model.StoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the part of a page from its first related heading on ("See also", "Tin liên quan",
 * "更多"): a text line followed by a timestamp is a related link, so is a headline that carries its
 * own date; a paragraph that reads as prose is a teaser, titled by the short line before it.
 * Thread-safe and immutable.
 */
final class RelatedTail {
  private static final Pattern SECTION_AFTER_TIMESTAMP =
      Pattern.compile("\\d{4}\\s*(?:\\d{1,2}:\\d{2})?\\s*\\|?\\s*(\\p{L}[\\p{L} &,-]*)$");

  private final Datelines datelines;

  RelatedTail(Datelines datelines) {
    this.datelines = datelines;
  }

  /**
   * What the tail holds.
   *
   * @param lines the tail's lines, relabelled
   * @param teasers the teasers found in it
   * @param related the related links found in it
   */
  record Result(List<Line> lines, List<StoryDraft> teasers, List<RelatedLink> related) {
    Result {
      lines = List.copyOf(lines);
      teasers = List.copyOf(teasers);
      related = List.copyOf(related);
    }
  }

  /** {@return the teasers and related links of {@code tail}, the page's lines from its first related heading on} */
  Result read(List<Line> tail) {
    WorkingLines w = new WorkingLines(tail);
    List<StoryDraft> teasers = new ArrayList<>();
    List<RelatedLink> related = new ArrayList<>();
    Line candidate = null;
    String section = null;
    for (int i = 0; i < tail.size(); i++) {
      Line l = tail.get(i);
      switch (l.kind()) {
        case RELATED_HEADING -> {
          section = l.text();
          if (candidate != null) w.set(candidate, LineKind.RELATED, "headline");
          candidate = null;
        }
        case RELATED -> {
          if (l.title() != null) {
            if (candidate != null) {
              related.add(new RelatedLink(candidate.text(), null, section, candidate.span()));
              w.set(candidate, LineKind.RELATED, "headline");
              candidate = null;
            }
            String title = l.text().substring(l.title().start() - l.span().start(), l.title().end() - l.span().start());
            related.add(new RelatedLink(title, l.date(), section, l.title()));
          } else if (candidate != null && l.reason().equals("timestamp")) {
            related.add(new RelatedLink(candidate.text(), l.date(), sectionOf(l.text(), section), candidate.span()));
            w.set(candidate, LineKind.RELATED, "headline");
            candidate = null;
          }
        }
        case BODY -> {
          if (!l.isText()) break;
          // A short untitled line that ends like a sentence is still a related headline when its
          // timestamp follows it; a teaser's summary followed by a timestamp takes it as its date.
          Line stamp = timestampAfter(tail, i);
          boolean headlineWithStamp = stamp != null && candidate == null && l.text().length() <= 160;
          if (isProse(l.text()) && !headlineWithStamp) {
            if (candidate != null) w.set(candidate, LineKind.HEADLINE, "teaser-title");
            StoryDraft.Builder d = new StoryDraft.Builder(StoryKind.TEASER, candidate);
            if (stamp != null) d.date = stamp.date();
            d.add(l);
            d.dateline = datelines.of(l).orElse(null);
            teasers.add(d.build());
            candidate = null;
          } else {
            if (candidate != null) {
              related.add(new RelatedLink(candidate.text(), null, section, candidate.span()));
              w.set(candidate, LineKind.RELATED, "headline");
            }
            candidate = l;
          }
        }
        default -> {}
      }
    }
    if (candidate != null) {
      related.add(new RelatedLink(candidate.text(), null, section, candidate.span()));
      w.set(candidate, LineKind.RELATED, "headline");
    }
    return new Result(w.lines(), teasers, related);
  }

  /** {@return the next line that is not blank when it is a related-list timestamp, else null} */
  private static @Nullable Line timestampAfter(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line n = lines.get(j);
      if (n.isBlank()) continue;
      return n.reason().equals("timestamp") && n.title() == null ? n : null;
    }
    return null;
  }

  /** {@return the section a timestamp line names after its time ("01/09/2025 18:20 | Cuba"), else {@code heading}} */
  private static @Nullable String sectionOf(String timestampLine, @Nullable String heading) {
    Matcher m = SECTION_AFTER_TIMESTAMP.matcher(timestampLine);
    return m.find() ? m.group(1).strip() : heading;
  }
}
