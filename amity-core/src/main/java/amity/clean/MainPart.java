package amity.clean;

import static amity.clean.TextShape.isHeadlineLike;
import static amity.clean.TextShape.isProse;
import static amity.clean.TextShape.words;

import amity.model.Dateline;
import amity.model.LineKind;
import amity.model.StoryKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads the part of a page before its first related heading: the headline, a dateline that opens
 * the first paragraph or stands on a line of its own, a lede shown twice, subheadings and an
 * author line; then either one main story or, when the part is a list of teasers, one story a
 * teaser. Thread-safe and immutable.
 */
final class MainPart {
  private final Datelines datelines;
  private final Headlines headlines;
  private final TeaserList teaserList;

  MainPart(Datelines datelines, Headlines headlines, TeaserList teaserList) {
    this.datelines = datelines;
    this.headlines = headlines;
    this.teaserList = teaserList;
  }

  /**
   * What the main part holds.
   *
   * @param lines its lines, relabelled
   * @param stories the main story, or the teasers of a list; none when it holds no text
   */
  record Result(List<Line> lines, List<StoryDraft> stories) {
    Result {
      lines = List.copyOf(lines);
      stories = List.copyOf(stories);
    }
  }

  /** {@return the stories of {@code main}, the page's lines before its first related heading} */
  Result read(List<Line> main, @Nullable String pageTitle) {
    WorkingLines w = new WorkingLines(main);
    List<Line> text = w.text();
    if (text.isEmpty()) return new Result(w.lines(), List.of());
    Line headline = headlines.choose(w, text, pageTitle);
    markRepeats(w);
    List<Line> paragraphs = w.text();
    // A page its scripts draw shows a reader nothing but its title (the decoder's stand-in for an
    // empty body, or a bare heading): that is the document's title, not a story.
    if (paragraphs.stream().allMatch(l -> Headlines.repeatsTitle(l.text(), pageTitle))) return new Result(w.lines(), List.of());

    // A wire story's dateline may stand on a line of its own after the headline and a byline
    // ("LONDON 1996-08-30"): the lines before it are the story's head, not teasers.
    List<Line> head = headBeforeDateline(w.lines());
    Line datelineOnItsOwn = head.isEmpty() ? null : lineAfter(head.get(head.size() - 1), w.lines());
    if (!head.isEmpty() && headline == null) {
      headline = head.get(0);
      w.set(headline, LineKind.HEADLINE, "headline");
      for (int i = 1; i < head.size(); i++) w.set(head.get(i), LineKind.NAVIGATION, "byline");
      paragraphs = w.text();
      if (paragraphs.isEmpty()) return new Result(w.lines(), List.of());
    }
    Line first = paragraphs.get(0);
    Optional<Dateline> dl = datelines.of(first);
    if (dl.isEmpty() && datelineOnItsOwn != null) {
      dl = datelines.of(datelineOnItsOwn);
      if (dl.isPresent()) first = datelineOnItsOwn;
    }
    if (teaserList.isList(w.lines(), paragraphs, dl.isPresent() || headline != null)) {
      if (headline != null) {
        // The line taken for a headline is the first teaser's title, or a section heading; the
        // lines taken for its subtitle are the first teaser's title and text.
        if (TeaserList.startsTeaser(headline, w.lines())) w.set(headline, LineKind.BODY, "text");
        else w.set(headline, LineKind.NAVIGATION, "section-heading");
        for (Line l : w.lines()) if (l.reason().equals("subtitle")) w.set(l, LineKind.BODY, "text");
      }
      List<StoryDraft> teasers = teaserList.teasers(w);
      return new Result(w.lines(), teasers);
    }
    StoryDraft.Builder story = new StoryDraft.Builder(StoryKind.MAIN, headline);
    story.datelineDay = datelines.day(first);
    markAuthorLine(w, paragraphs);
    markSubheadings(w, paragraphs);
    // A subheading is the article's own: its words are kept in the text, a paragraph of their own.
    for (Line p : paragraphs) if (w.now(p).isText() || w.now(p).reason().equals("subheading")) story.add(p);
    story.dateline = dl.orElse(null);
    return new Result(w.lines(), List.of(story.build()));
  }

  /**
   * A lede shown above the article and again as its first paragraph is kept once; a line that
   * repeats a caption's words is part of the picture, not of the text.
   */
  private static void markRepeats(WorkingLines w) {
    List<Line> paragraphs = w.text();
    List<Line> captions = w.lines().stream().filter(l -> l.kind() == LineKind.CAPTION).toList();
    for (int i = 0; i < paragraphs.size(); i++) {
      Line p = paragraphs.get(i);
      String a = p.text();
      if (a.length() >= 10 && captions.stream().anyMatch(c -> c.text().contains(a))) {
        w.set(p, LineKind.CAPTION, "repeated-caption");
        continue;
      }
      if (a.length() < 20) continue;
      for (int j = i + 1; j < paragraphs.size(); j++) {
        if (paragraphs.get(j).text().contains(a)) {
          w.set(p, LineKind.NAVIGATION, "repeated-lede");
          break;
        }
      }
    }
  }

  /**
   * {@return the text lines before a dateline or date line that stands alone among a page's first
   * lines ("SAN JOSE, Costa Rica 1996-08-28", "El Cairo, 23 may (EFE)."), headline first; empty
   * when there is none}
   */
  private List<Line> headBeforeDateline(List<Line> main) {
    List<Line> head = new ArrayList<>();
    int seen = 0;
    for (Line l : main) {
      if (l.isBlank()) continue;
      if (++seen > 4) break;
      boolean alone = l.isText() && datelines.of(l).map(d -> d.span().end() >= l.span().end() - 1).orElse(false)
          || l.reason().equals("pubdate");
      if (alone) return head.size() <= 2 && !head.isEmpty() && head.get(0).text().length() <= 220 ? head : List.of();
      if (!l.isText()) return List.of();
      head.add(l);
    }
    return List.of();
  }

  /** {@return the first line after {@code l} that is not blank} */
  private static @Nullable Line lineAfter(Line l, List<Line> lines) {
    for (int i = l.index() - lines.get(0).index() + 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) return lines.get(i);
    }
    return null;
  }

  /** A last short line of capitalised words after the story is its author: "Vũ Anh", "TUẤN SƠN". */
  private static void markAuthorLine(WorkingLines w, List<Line> paragraphs) {
    if (paragraphs.size() < 3) return;
    Line last = paragraphs.get(paragraphs.size() - 1);
    String t = last.text();
    if (t.length() > 40 || !t.matches("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}")) return;
    w.set(last, LineKind.SIGNOFF, "author");
  }

  /**
   * A short line standing alone between paragraphs of prose, not closed like a sentence, is a
   * subheading of the article ("Food security"), not a paragraph of it.
   */
  private static void markSubheadings(WorkingLines w, List<Line> paragraphs) {
    for (int i = 1; i + 1 < paragraphs.size(); i++) {
      Line p = paragraphs.get(i);
      Line prev = paragraphs.get(i - 1);
      Line next = paragraphs.get(i + 1);
      boolean alone = p.block() != prev.block() && p.block() != next.block();
      if (alone && isHeadlineLike(p.text()) && !isProse(p.text()) && words(p.text()) <= 10 && isProse(next.text())) {
        w.set(p, LineKind.HEADLINE, "subheading");
      }
    }
  }
}
