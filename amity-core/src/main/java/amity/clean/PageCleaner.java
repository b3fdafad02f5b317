package amity.clean;

import amity.model.Alignment;
import amity.model.DateValue;
import amity.model.Dateline;
import amity.model.Document;
import amity.model.LineKind;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.PublicationDate;
import amity.model.RelatedLink;
import amity.model.Span;
import amity.model.Story;
import amity.model.StoryKind;
import amity.stage.Cleaner;
import amity.time.MonthNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Cleans a page line by line: classifies each line with the language markers of {@code
 * cleaning.tsv}, finds the headline and dateline, keeps captions, sign-offs and related-headline
 * lists out of the body, and cuts teaser lists into one story per teaser.
 *
 * <p>The rules, in the order they apply:
 *
 * <ol>
 *   <li>Lines are related headings, timestamps, publication-date lines, sign-offs, captions or
 *       navigation when a marker says so; everything else is text.
 *   <li>The first related heading ends the main part. After it, a text line followed by a
 *       timestamp is a related link; a paragraph that reads as prose is a teaser, titled by the
 *       short line before it.
 *   <li>In the main part, a short first line without closing punctuation is the headline; the
 *       first body paragraph may open with a dateline; a paragraph repeated later (a lede shown
 *       twice) is dropped.
 *   <li>A main part with neither headline nor dateline, made of four or more short paragraphs
 *       that do not continue one another, is a teaser list: one story a paragraph.
 * </ol>
 *
 * <p>Thread-safe and immutable.
 */
public final class PageCleaner implements Cleaner {
  private static final Pattern TEXT_YEAR =
      Pattern.compile("(?<![\\d.,/])(19[5-9]\\d|20\\d\\d)(?![\\d%])(?!\\s?\\d)");
  private static final Pattern TERMINAL = Pattern.compile("[.!?。！？…\"”»’')）]\\s*$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?=\\s|$|[\"”»’)）])");

  private final CleaningRules rules = new CleaningRules();
  private final MonthNames months = new MonthNames();

  /** A line while it is being classified. */
  private static final class Line {
    final Span span;
    final String text;
    LineKind kind = LineKind.BODY;
    String reason = "text";
    @Nullable DateValue date;

    Line(Span span, String text) {
      this.span = span;
      this.text = text;
    }

    boolean isText() {
      return kind == LineKind.BODY && reason.equals("text");
    }
  }

  @Override
  public Page clean(Document doc) {
    List<Line> lines = split(doc.text());
    for (Line l : lines) classify(l);

    int tailStart = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).kind == LineKind.RELATED_HEADING) {
        tailStart = i;
        break;
      }
    }
    List<StoryDraft> drafts = new ArrayList<>(mainStories(lines.subList(0, tailStart)));
    List<RelatedLink> related = new ArrayList<>();
    drafts.addAll(tail(lines.subList(tailStart, lines.size()), related));

    PublicationDate pagePublished = pagePublished(doc, lines);
    List<Story> stories = new ArrayList<>();
    for (StoryDraft d : drafts) {
      stories.add(d.build(doc, stories.size(), pagePublished));
    }
    List<PageLine> pageLines = new ArrayList<>();
    for (Line l : lines) pageLines.add(new PageLine(l.span, l.kind, l.reason));
    return new Page(doc, pageLines, stories, related, pagePublished);
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      // Trim spaces inside the span so that every span covers exactly the visible line.
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      Line l = new Line(new Span(s, e), text.substring(s, e));
      if (s == e) {
        l.kind = LineKind.BLANK;
        l.reason = "blank";
      }
      out.add(l);
      if (nl < 0) break;
      start = nl + 1;
    }
    return out;
  }

  private void classify(Line l) {
    if (l.kind == LineKind.BLANK) return;
    String t = l.text;
    if (rules.matches("related_heading", t)) {
      set(l, LineKind.RELATED_HEADING, "related-heading");
    } else if (rules.find("timestamp", t).isPresent()) {
      set(l, LineKind.RELATED, "timestamp");
      l.date = dateOf(rules.find("timestamp", t).get());
    } else if (rules.find("pubdate", t).isPresent()) {
      set(l, LineKind.NAVIGATION, "pubdate");
      l.date = dateOf(rules.find("pubdate", t).get());
    } else if (rules.matches("signoff", t)) {
      set(l, LineKind.SIGNOFF, "signoff");
    } else if (rules.matches("caption", t)) {
      set(l, LineKind.CAPTION, "caption");
    } else if (rules.matches("navigation", t)) {
      set(l, LineKind.NAVIGATION, "navigation");
    }
  }

  private static void set(Line l, LineKind kind, String reason) {
    l.kind = kind;
    l.reason = reason;
  }

  private @Nullable DateValue dateOf(Matcher m) {
    try {
      int y = Integer.parseInt(m.group("y"));
      Integer mo = null;
      if (hasGroup(m, "m") && m.group("m") != null) mo = Integer.valueOf(m.group("m"));
      if (mo == null && hasGroup(m, "mon") && m.group("mon") != null) {
        mo = months.number(m.group("mon")).orElse(null);
      }
      if (mo == null) return null;
      int d = Integer.parseInt(m.group("d"));
      return DateValue.isPossible(y, mo, d) ? new DateValue(y, mo, d) : null;
    } catch (IllegalArgumentException e) {
      return null; // no such group, or not a number
    }
  }

  private static boolean hasGroup(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">");
  }

  // ---------------------------------------------------------------------------------- main part

  private List<StoryDraft> mainStories(List<Line> main) {
    List<Line> text = main.stream().filter(Line::isText).toList();
    if (text.isEmpty()) return List.of();
    Line headline = null;
    Line first = text.get(0);
    if (text.size() > 1 && isHeadlineLike(first.text) && dateline(first).isEmpty()) {
      headline = first;
      set(headline, LineKind.HEADLINE, "headline");
    }
    List<Line> paragraphs = main.stream().filter(Line::isText).toList();
    markRepeats(paragraphs);
    paragraphs = paragraphs.stream().filter(Line::isText).toList();
    if (paragraphs.isEmpty()) return List.of();

    Optional<Dateline> dl = dateline(paragraphs.get(0));
    if (dl.isEmpty() && (headline == null && isTeaserList(paragraphs) || titledBlocks(main) >= 2)) {
      if (headline != null) set(headline, LineKind.NAVIGATION, "section-heading");
      return teasers(main.stream().filter(l -> l.isText() || l.kind == LineKind.BLANK).toList());
    }
    StoryDraft story = new StoryDraft(StoryKind.MAIN, headline);
    for (Line p : paragraphs) story.add(p, rules);
    dl.ifPresent(d -> story.dateline = d);
    return List.of(story);
  }

  /** A lede shown above the article and again as its first paragraph is kept once. */
  private static void markRepeats(List<Line> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      String a = paragraphs.get(i).text;
      if (a.length() < 20) continue;
      for (int j = i + 1; j < paragraphs.size(); j++) {
        if (paragraphs.get(j).text.contains(a)) {
          set(paragraphs.get(i), LineKind.NAVIGATION, "repeated-lede");
          break;
        }
      }
    }
  }

  private boolean isTeaserList(List<Line> paragraphs) {
    if (paragraphs.size() < 4) return false;
    int shortOnes = 0;
    int continuing = 0;
    for (Line p : paragraphs) {
      if (sentenceCount(p.text) <= 2) shortOnes++;
      if (rules.lookingAt("continuation", p.text).isPresent()) continuing++;
    }
    return shortOnes * 4 >= paragraphs.size() * 3 && continuing * 5 < paragraphs.size();
  }

  /**
   * Blocks (lines between blank lines) in which a short title line is directly followed by a
   * prose line, as teasers of a news list are laid out; an article's subheadings sit alone.
   */
  private static int titledBlocks(List<Line> lines) {
    int n = 0;
    Line prev = null;
    for (Line l : lines) {
      if (l.kind == LineKind.BLANK) {
        prev = null;
        continue;
      }
      if (!l.isText() && !l.reason.equals("headline")) continue;
      if (prev != null && isHeadlineLike(prev.text) && !isProse(prev.text) && isProse(l.text)) n++;
      prev = l;
    }
    return n;
  }

  /**
   * One teaser a block: an optional title line, then its prose lines. A blank line, or a new
   * title line after prose, starts the next teaser.
   */
  private List<StoryDraft> teasers(List<Line> lines) {
    List<StoryDraft> out = new ArrayList<>();
    Line pendingTitle = null;
    StoryDraft current = null;
    for (Line p : lines) {
      if (p.kind == LineKind.BLANK) {
        current = null;
        continue;
      }
      if (isHeadlineLike(p.text) && !isProse(p.text)) {
        if (pendingTitle != null) set(pendingTitle, LineKind.RELATED, "orphan-title");
        pendingTitle = p;
        current = null;
        continue;
      }
      if (current == null) {
        if (pendingTitle != null) set(pendingTitle, LineKind.HEADLINE, "teaser-title");
        current = new StoryDraft(StoryKind.TEASER, pendingTitle);
        StoryDraft d = current;
        dateline(p).ifPresent(x -> d.dateline = x);
        out.add(current);
        pendingTitle = null;
      }
      current.add(p, rules);
    }
    if (pendingTitle != null) set(pendingTitle, LineKind.RELATED, "orphan-title");
    return out;
  }

  Optional<Dateline> dateline(Line l) {
    return rules
        .lookingAt("dateline", l.text)
        .map(
            m -> {
              String place = group(m, "place");
              String agency = group(m, "agency");
              return new Dateline(
                  place == null ? null : place.strip(),
                  agency == null ? null : agency.strip(),
                  new Span(l.span.start(), l.span.start() + m.end()));
            });
  }

  private static @Nullable String group(Matcher m, String name) {
    if (!hasGroup(m, name)) return null;
    String g = m.group(name);
    return g == null || g.isBlank() ? null : g;
  }

  // ---------------------------------------------------------------------------------- tail part

  private List<StoryDraft> tail(List<Line> tail, List<RelatedLink> related) {
    List<StoryDraft> teasers = new ArrayList<>();
    Line candidate = null;
    String section = null;
    for (int i = 0; i < tail.size(); i++) {
      Line l = tail.get(i);
      switch (l.kind) {
        case RELATED_HEADING -> {
          section = l.text;
          if (candidate != null) set(candidate, LineKind.RELATED, "headline");
          candidate = null;
        }
        case RELATED -> {
          if (candidate != null && l.reason.equals("timestamp")) {
            related.add(new RelatedLink(candidate.text, l.date, sectionOf(l.text, section), candidate.span));
            set(candidate, LineKind.RELATED, "headline");
            candidate = null;
          }
        }
        case BODY -> {
          if (!l.isText()) break;
          if (isProse(l.text)) {
            if (candidate != null) set(candidate, LineKind.HEADLINE, "teaser-title");
            StoryDraft d = new StoryDraft(StoryKind.TEASER, candidate);
            d.add(l, rules);
            dateline(l).ifPresent(x -> d.dateline = x);
            teasers.add(d);
            candidate = null;
          } else {
            if (candidate != null) {
              related.add(new RelatedLink(candidate.text, null, section, candidate.span));
              set(candidate, LineKind.RELATED, "headline");
            }
            candidate = l;
          }
        }
        default -> {}
      }
    }
    if (candidate != null) {
      related.add(new RelatedLink(candidate.text, null, section, candidate.span));
      set(candidate, LineKind.RELATED, "headline");
    }
    return teasers;
  }

  private static @Nullable String sectionOf(String timestampLine, @Nullable String heading) {
    Matcher m = Pattern.compile("\\d{4}\\s*(?:\\d{1,2}:\\d{2})?\\s*\\|?\\s*(\\p{L}[\\p{L} &,-]*)$").matcher(timestampLine);
    return m.find() ? m.group(1).strip() : heading;
  }

  // ---------------------------------------------------------------------------------- dates

  private static PublicationDate pagePublished(Document doc, List<Line> lines) {
    if (doc.meta().published() != null) {
      return new PublicationDate(doc.meta().published(), "metadata", 1.0);
    }
    for (Line l : lines) {
      if (l.reason.equals("pubdate") && l.date != null) {
        return new PublicationDate(l.date, "page", 0.9);
      }
    }
    Optional<DateValue> newest =
        lines.stream()
            .filter(l -> l.reason.equals("timestamp") && l.date != null)
            .map(l -> l.date)
            .max(Comparator.comparing(DateValue::sortKey));
    // Related lists show older stories and the newest sits closest to the page's own date.
    return newest.map(d -> new PublicationDate(d, "related-list", 0.6)).orElse(PublicationDate.UNKNOWN);
  }

  /** The latest plausible year named in a story's text, as a weak guess at its year. */
  static Optional<Integer> textYear(String text) {
    Matcher m = TEXT_YEAR.matcher(text);
    int best = -1;
    while (m.find()) best = Math.max(best, Integer.parseInt(m.group(1)));
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  // ---------------------------------------------------------------------------------- shapes

  /** Short, and not closed like a sentence. */
  static boolean isHeadlineLike(String s) {
    if (s.length() > 220) return false;
    if (TERMINAL.matcher(s).find() && !s.endsWith("?") && !s.endsWith("\"") && !s.endsWith("”")) {
      return false;
    }
    int han = (int) s.codePoints().filter(amity.text.Scripts::isHan).count();
    return han > 0 ? han <= 60 : s.split("\\s+").length <= 30;
  }

  /** Closed like a sentence and long enough to be one. */
  static boolean isProse(String s) {
    if (!TERMINAL.matcher(s).find()) return s.length() > 240;
    int han = (int) s.codePoints().filter(amity.text.Scripts::isHan).count();
    return han > 0 ? han >= 15 : s.split("\\s+").length >= 8;
  }

  static int sentenceCount(String s) {
    Matcher m = SENTENCE_END.matcher(s);
    int n = 0;
    while (m.find()) n++;
    return Math.max(1, n);
  }

  // ---------------------------------------------------------------------------------- drafts

  /** A story being assembled from lines. */
  private static final class StoryDraft {
    final StoryKind kind;
    final @Nullable Line headline;
    final List<Span> parts = new ArrayList<>();
    @Nullable Dateline dateline;

    StoryDraft(StoryKind kind, @Nullable Line headline) {
      this.kind = kind;
      this.headline = headline;
    }

    /** Adds a body line, leaving out its dateline and a trailing sign-off. */
    void add(Line l, CleaningRules rules) {
      int start = l.span.start();
      int end = l.span.end();
      if (parts.isEmpty()) {
        Optional<Matcher> dl = rules.lookingAt("dateline", l.text);
        if (dl.isPresent()) start += dl.get().end();
      }
      Optional<Matcher> tail = rules.find("signoff_tail", l.text);
      if (tail.isPresent() && tail.get().end() == l.text.length()) {
        end = l.span.start() + tail.get().start();
        l.reason = "text+signoff";
      }
      if (end > start) parts.add(new Span(start, end));
    }

    Story build(Document doc, int index, PublicationDate pagePublished) {
      Alignment.Builder b = new Alignment.Builder(doc.text());
      for (Span p : parts) {
        if (b.length() > 0) b.separator("\n\n");
        b.copy(p);
      }
      String text = b.text();
      PublicationDate published = pagePublished;
      if (published.date() == null || kind == StoryKind.TEASER && !published.basis().equals("metadata") && !published.basis().equals("page")) {
        // A teaser of a list carries its own date; the page's related timestamps do not date it.
        published =
            textYear(text)
                .map(y -> new PublicationDate(DateValue.ofYear(y), "text", 0.3))
                .orElse(kind == StoryKind.TEASER ? PublicationDate.UNKNOWN : published);
      }
      String title = headline == null ? "" : headline.text;
      return new Story(
          doc.id() + "-" + index,
          doc.id(),
          index,
          kind,
          title,
          headline == null ? null : headline.span,
          dateline,
          text,
          b.alignment(),
          Objects.requireNonNull(published));
    }
  }
}
