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
import amity.time.DateFinder;
import amity.time.MonthNames;
import amity.text.Fold;
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
  /** Short lines under a headline beyond which they are a list, not its subtitle. */
  private static final int MAX_SUBTITLE_LINES = 4;
  /** Prose paragraphs a titled block may stand for in a teaser list (its summary, a line or three). */
  private static final int TEASER_SHARE = 3;
  private static final Pattern TEXT_YEAR =
      Pattern.compile("(?<![\\d.,/])(?<![-–]\\s?)(19[5-9]\\d|20\\d\\d)(?![\\d%])(?!\\s?\\d)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？](?=\\s|$|[\"”»’)）])");

  private final CleaningRules rules = new CleaningRules();
  private final MonthNames months = new MonthNames();

  /** A line while it is being classified. */
  private static final class Line {
    final Span span;
    final String text;
    /** The text as the rules read it (tones placed one way), same length. */
    final String norm;
    LineKind kind = LineKind.BODY;
    String reason = "text";
    @Nullable DateValue date;
    /** The headline of a related entry that carries its own date: "Tin … (08/01/2025)". */
    @Nullable Span title;
    /** Lines between the same blank lines share a block. */
    int block;

    Line(Span span, String text) {
      this.span = span;
      this.text = text;
      this.norm = CleaningRules.normalize(text);
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
    List<StoryDraft> drafts = new ArrayList<>(mainStories(lines.subList(0, tailStart), doc.meta().title()));
    List<RelatedLink> related = new ArrayList<>();
    drafts.addAll(tail(lines.subList(tailStart, lines.size()), related));

    PublicationDate pagePublished = pagePublished(doc, lines);
    if (!drafts.isEmpty() && drafts.get(0).kind == StoryKind.MAIN && drafts.get(0).datelineDay != null) {
      pagePublished = fromDateline(drafts.get(0).datelineDay, pagePublished, doc);
    }
    List<Story> stories = new ArrayList<>();
    for (StoryDraft d : drafts) {
      stories.add(d.build(doc, stories.size(), pagePublished, this));
    }
    List<PageLine> pageLines = new ArrayList<>();
    for (Line l : lines) pageLines.add(new PageLine(l.span, l.kind, l.reason));
    return new Page(doc, pageLines, stories, related, pagePublished);
  }

  /** Whether the line is the page's title, alone or with the site's name beside it. */
  private static boolean repeatsTitle(String line, @Nullable String pageTitle) {
    if (pageTitle == null) return false;
    String l = Fold.fold(line).strip();
    String t = Fold.fold(pageTitle).strip();
    return !t.isEmpty() && l.startsWith(t) && l.length() < 2 * t.length();
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    int start = 0;
    int block = 0;
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
        block++;
      }
      l.block = block;
      out.add(l);
      if (nl < 0) break;
      start = nl + 1;
    }
    return out;
  }

  private void classify(Line l) {
    if (l.kind == LineKind.BLANK) return;
    String t = l.norm;
    Optional<Matcher> m;
    if (rules.matches("related_heading", t)) {
      set(l, LineKind.RELATED_HEADING, "related-heading");
    } else if ((m = rules.find("timestamp", t)).isPresent()) {
      set(l, LineKind.RELATED, "timestamp");
      l.date = dateOf(m.get());
      String title = group(m.get(), "title");
      if (title != null) {
        int at = m.get().start("title");
        l.title = new Span(l.span.start() + at, l.span.start() + at + title.strip().length());
      }
    } else if (!isProse(t) && (m = rules.find("pubdate", t)).isPresent()) {
      set(l, LineKind.NAVIGATION, "pubdate");
      l.date = dateOf(m.get());
    } else if (!isProse(t) && rules.matches("byline", t)) {
      set(l, LineKind.NAVIGATION, "byline");
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

  private List<StoryDraft> mainStories(List<Line> main, @Nullable String pageTitle) {
    List<Line> text = main.stream().filter(Line::isText).toList();
    if (text.isEmpty()) return List.of();
    Line headline = chooseHeadline(text, pageTitle);
    markRepeats(main);
    List<Line> paragraphs = main.stream().filter(Line::isText).toList();
    // A page its scripts draw shows a reader nothing but its title (the decoder's stand-in for an
    // empty body, or a bare heading): that is the document's title, not a story.
    if (paragraphs.stream().allMatch(l -> repeatsTitle(l.text, pageTitle))) return List.of();

    // A wire story's dateline may stand on a line of its own after the headline and a byline
    // ("LONDON 1996-08-30"): the lines before it are the story's head, not teasers.
    List<Line> head = headBeforeDateline(main);
    Line datelineOnItsOwn = head.isEmpty() ? null : datelineAfter(head.get(head.size() - 1), main);
    if (!head.isEmpty() && headline == null) {
      headline = head.get(0);
      set(headline, LineKind.HEADLINE, "headline");
      for (int i = 1; i < head.size(); i++) set(head.get(i), LineKind.NAVIGATION, "byline");
      paragraphs = main.stream().filter(Line::isText).toList();
      if (paragraphs.isEmpty()) return List.of();
    }
    Line first = paragraphs.get(0);
    Optional<Dateline> dl = dateline(first);
    if (dl.isEmpty() && datelineOnItsOwn != null) {
      dl = dateline(datelineOnItsOwn);
      if (dl.isPresent()) first = datelineOnItsOwn;
    }
    // Blocks of a title and its prose make a teaser list even when the first teaser opens with a
    // dateline; short untitled paragraphs do only when nothing reads as an article's start.
    // Two titled blocks among a long text's paragraphs are its subheadings, not teasers.
    int titled = titledBlocks(main);
    long prose = paragraphs.stream().filter(p -> isProse(p.text)).count();
    if (titled >= 2 && titled * TEASER_SHARE >= prose || dl.isEmpty() && headline == null && isTeaserList(paragraphs)) {
      if (headline != null) {
        // The line taken for a headline is the first teaser's title, or a section heading; the
        // lines taken for its subtitle are the first teaser's title and text.
        if (startsTeaser(headline, main)) set(headline, LineKind.BODY, "text");
        else set(headline, LineKind.NAVIGATION, "section-heading");
        for (Line l : main) if (l.reason.equals("subtitle")) set(l, LineKind.BODY, "text");
      }
      return teasers(main);
    }
    StoryDraft story = new StoryDraft(StoryKind.MAIN, headline);
    story.datelineDay = datelineDay(first);
    markAuthorLine(paragraphs);
    markSubheadings(paragraphs);
    for (Line p : paragraphs) if (p.isText()) story.add(p, rules);
    dl.ifPresent(d -> story.dateline = d);
    return List.of(story);
  }

  /**
   * The headline: among the short lines before the first paragraph of prose, the first that reads
   * as a headline (three words or more); the short lines before it are section labels and
   * breadcrumbs, those after it a subtitle, a place or a byline. Without prose, a short first line
   * followed by others is the headline.
   */
  private @Nullable Line chooseHeadline(List<Line> text, @Nullable String pageTitle) {
    int prose = -1;
    for (int i = 0; i < text.size(); i++) {
      if (isProse(text.get(i).text) || dateline(text.get(i)).isPresent()) {
        prose = i;
        break;
      }
    }
    Line headline = null;
    if (prose > 0) {
      List<Line> head = text.subList(0, prose);
      // The line the page's own title names is the headline, whatever labels stand before it.
      headline = pageTitle == null ? null : head.stream().filter(l -> isTitle(l.text, pageTitle)).findFirst().orElse(null);
      for (Line l : head) {
        if (headline != null) break;
        if (isHeadlineLike(l.text) && words(l.text) >= 3) {
          headline = l;
          break;
        }
      }
      if (headline == null && head.size() == 1 && isHeadlineLike(head.get(0).text)) headline = head.get(0);
      if (headline != null) {
        // A subtitle is a line or two; a run of short lines under the headline before any prose
        // is a list (a shop's grid, a table of specs, an index), which is the page's text.
        boolean list = head.size() - head.indexOf(headline) - 1 > MAX_SUBTITLE_LINES;
        boolean after = false;
        for (Line l : head) {
          if (l == headline) {
            after = true;
          } else if (!after) {
            set(l, LineKind.NAVIGATION, "kicker");
          } else if (!list) {
            set(l, LineKind.HEADLINE, "subtitle");
          }
        }
      }
    } else if (prose < 0 && text.size() > 1 && isHeadlineLike(text.get(0).text)) {
      headline = text.get(0);
    } else if (prose == 0 && text.size() > 1 && isHeadlineLike(text.get(0).text) && text.get(0).text.length() <= 150
        && isProse(text.get(1).text) && text.get(1).text.length() > text.get(0).text.length()) {
      // A headline that asks or quotes ("Vì sao … Nội Bài?", "… \"chết yểu\"") reads as a
      // sentence, but it is short and the paragraph after it is longer.
      headline = text.get(0);
    }
    if (headline != null) set(headline, LineKind.HEADLINE, "headline");
    return headline;
  }

  /** Whether a line is the page's title: the same words, or the title's opening words (three or more). */
  private static boolean isTitle(String line, String pageTitle) {
    String l = Fold.fold(line.strip()).toLowerCase(java.util.Locale.ROOT);
    String t = Fold.fold(pageTitle.strip()).toLowerCase(java.util.Locale.ROOT);
    if (l.isEmpty()) return false;
    return l.equals(t) || words(line) >= 3 && (t.startsWith(l) || l.startsWith(t) && words(pageTitle) >= 3);
  }

  /** Whether the next text line in the headline's block is prose: a teaser title, not a label. */
  private static boolean startsTeaser(Line headline, List<Line> main) {
    boolean seen = false;
    for (Line l : main) {
      if (l == headline) {
        seen = true;
        continue;
      }
      if (!seen || l.kind != LineKind.BODY && l.kind != LineKind.HEADLINE) continue;
      return l.block == headline.block && isProse(l.text);
    }
    return false;
  }

  /**
   * A short line standing alone between paragraphs of prose, not closed like a sentence, is a
   * subheading of the article ("Food security"), not a paragraph of it.
   */
  private static void markSubheadings(List<Line> paragraphs) {
    for (int i = 1; i + 1 < paragraphs.size(); i++) {
      Line p = paragraphs.get(i);
      Line prev = paragraphs.get(i - 1);
      Line next = paragraphs.get(i + 1);
      boolean alone = p.block != prev.block && p.block != next.block;
      if (alone && isHeadlineLike(p.text) && !isProse(p.text) && words(p.text) <= 10 && isProse(next.text)) {
        set(p, LineKind.HEADLINE, "subheading");
      }
    }
  }

  /** A last short line of capitalised words after the story is its author: "Vũ Anh", "TUẤN SƠN". */
  private static void markAuthorLine(List<Line> paragraphs) {
    if (paragraphs.size() < 3) return;
    Line last = paragraphs.get(paragraphs.size() - 1);
    String t = last.text;
    if (t.length() > 40 || !t.matches("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}")) return;
    set(last, LineKind.SIGNOFF, "author");
  }

  /**
   * A lede shown above the article and again as its first paragraph is kept once; a line that
   * repeats a caption's words is part of the picture, not of the text.
   */
  private static void markRepeats(List<Line> main) {
    List<Line> paragraphs = main.stream().filter(Line::isText).toList();
    List<Line> captions = main.stream().filter(l -> l.kind == LineKind.CAPTION).toList();
    for (int i = 0; i < paragraphs.size(); i++) {
      Line p = paragraphs.get(i);
      String a = p.text;
      if (a.length() >= 10 && captions.stream().anyMatch(c -> c.text.contains(a))) {
        set(p, LineKind.CAPTION, "repeated-caption");
        continue;
      }
      if (a.length() < 20) continue;
      for (int j = i + 1; j < paragraphs.size(); j++) {
        if (paragraphs.get(j).text.contains(a)) {
          set(p, LineKind.NAVIGATION, "repeated-lede");
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
      if (l.kind == LineKind.BLANK) continue;
      if (++seen > 4) break;
      boolean alone = l.isText() && dateline(l).map(d -> d.span().end() >= l.span.end() - 1).orElse(false)
          || l.reason.equals("pubdate");
      if (alone) return head.size() <= 2 && !head.isEmpty() && head.get(0).text.length() <= 220 ? head : List.of();
      if (!l.isText()) return List.of();
      head.add(l);
    }
    return List.of();
  }

  /** {@return the first non-blank line after {@code l}} */
  private static @Nullable Line datelineAfter(Line l, List<Line> main) {
    boolean seen = false;
    for (Line x : main) {
      if (x == l) {
        seen = true;
      } else if (seen && x.kind != LineKind.BLANK) {
        return x;
      }
    }
    return null;
  }

  private boolean isTeaserList(List<Line> paragraphs) {
    if (paragraphs.size() < 4) return false;
    // Teasers stand in blocks of their own; lines run together in one block are one text.
    if (paragraphs.stream().mapToInt(p -> p.block).distinct().count() < 4) return false;
    int shortOnes = 0;
    int continuing = 0;
    for (Line p : paragraphs) {
      if (sentenceCount(p.text) <= 2) shortOnes++;
      if (rules.lookingAt("continuation", p.norm).isPresent()) continuing++;
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
      if (!l.isText() && !l.reason.equals("headline") && !l.reason.equals("subtitle")) continue;
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
    DateValue pendingDate = null;
    StoryDraft current = null;
    for (Line p : lines) {
      if (p.kind == LineKind.BLANK) {
        current = null;
        pendingDate = null;
        continue;
      }
      if (!p.isText()) {
        // A date line in a teaser's card dates that teaser: before its text, or just after it.
        boolean dated = p.date != null && p.title == null && (p.reason.equals("pubdate") || p.reason.equals("timestamp"));
        if (dated && current != null && current.date == null) current.date = p.date;
        else if (dated) pendingDate = p.date;
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
        current.date = pendingDate;
        pendingDate = null;
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
        .lookingAt("dateline", l.norm)
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
          if (l.title != null) {
            if (candidate != null) {
              related.add(new RelatedLink(candidate.text, null, section, candidate.span));
              set(candidate, LineKind.RELATED, "headline");
              candidate = null;
            }
            String title = l.text.substring(l.title.start() - l.span.start(), l.title.end() - l.span.start());
            related.add(new RelatedLink(title, l.date, section, l.title));
          } else if (candidate != null && l.reason.equals("timestamp")) {
            related.add(new RelatedLink(candidate.text, l.date, sectionOf(l.text, section), candidate.span));
            set(candidate, LineKind.RELATED, "headline");
            candidate = null;
          }
        }
        case BODY -> {
          if (!l.isText()) break;
          // A short untitled line that ends like a sentence is still a related headline when its
          // timestamp follows it; a teaser's summary followed by a timestamp takes it as its date.
          Line stamp = timestampAfter(tail, i);
          boolean headlineWithStamp = stamp != null && candidate == null && l.text.length() <= 160;
          if (isProse(l.text) && !headlineWithStamp) {
            if (candidate != null) set(candidate, LineKind.HEADLINE, "teaser-title");
            StoryDraft d = new StoryDraft(StoryKind.TEASER, candidate);
            if (stamp != null) d.date = stamp.date;
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

  /** {@return the next line that is not blank when it is a related-list timestamp, else null} */
  private static @Nullable Line timestampAfter(List<Line> lines, int i) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line n = lines.get(j);
      if (n.kind == LineKind.BLANK) continue;
      return n.reason.equals("timestamp") && n.title == null ? n : null;
    }
    return null;
  }

  private static @Nullable String sectionOf(String timestampLine, @Nullable String heading) {
    Matcher m = Pattern.compile("\\d{4}\\s*(?:\\d{1,2}:\\d{2})?\\s*\\|?\\s*(\\p{L}[\\p{L} &,-]*)$").matcher(timestampLine);
    return m.find() ? m.group(1).strip() : heading;
  }

  // ---------------------------------------------------------------------------------- dates

  /**
   * The page's publication date, from the strongest evidence there is: the publisher's metadata;
   * a date line on the page (or a timestamp above the first paragraph); the newest timestamp of
   * its related list, which shows older stories; the crawl's capture date, which bounds it.
   */
  private static PublicationDate pagePublished(Document doc, List<Line> lines) {
    if (doc.meta().published() != null) {
      return new PublicationDate(doc.meta().published(), "metadata", 1.0);
    }
    for (Line l : lines) {
      if (l.kind == LineKind.BODY) break;
      if (l.reason.equals("timestamp") && l.title == null && l.date != null) return new PublicationDate(l.date, "page", 0.9);
    }
    for (Line l : lines) {
      if (l.reason.equals("pubdate") && l.date != null) {
        return new PublicationDate(l.date, "page", 0.9);
      }
    }
    DateValue captured = doc.meta().captured();
    Optional<DateValue> newest =
        lines.stream()
            .filter(l -> l.reason.equals("timestamp") && l.date != null)
            .map(l -> l.date)
            .filter(d -> captured == null || d.sortKey().compareTo(captured.sortKey()) <= 0)
            .max(Comparator.comparing(DateValue::sortKey));
    // Related lists show older stories and the newest sits closest to the page's own date.
    if (newest.isPresent()) return new PublicationDate(newest.get(), "related-list", 0.6);
    if (captured != null) return new PublicationDate(captured, "capture", 0.5);
    return PublicationDate.UNKNOWN;
  }

  /**
   * The day an agency dateline gives ("La Habana, 2 sep (Prensa Latina)", "新华社河内5月8日电") is
   * the day the story was filed; its year comes from the page's other evidence, or stays unknown.
   * A date the page states outright (metadata, a date line) is not overruled.
   */
  private PublicationDate fromDateline(DateValue day, PublicationDate page, Document doc) {
    if (page.basis().equals("metadata") || page.basis().equals("page")) return page;
    DateValue anchor = page.date();
    Integer year = anchor == null ? null : DateFinder.yearNear(day.month(), day.day(), anchor);
    if (year == null && anchor == null) {
      // Only a year the text calls current: the latest year it names is a floor, not the year.
      year = textYear(doc.text(), doc.meta().captured()).filter(p -> p.confidence() >= 0.4).map(p -> p.date().year()).orElse(null);
      if (year != null && !DateValue.isPossible(year, day.month(), day.day())) year = null;
    }
    if (year == null) return new PublicationDate(day, "dateline", 0.5);
    return new PublicationDate(new DateValue(year, day.month(), day.day()), "dateline", 0.8);
  }

  /** {@return the month and day a dateline names, if it names one} */
  private @Nullable DateValue datelineDay(Line l) {
    Optional<Matcher> m = rules.lookingAt("dateline", l.norm);
    if (m.isEmpty() || group(m.get(), "d") == null) return null;
    Integer mo = null;
    String num = group(m.get(), "m");
    String name = group(m.get(), "mon");
    if (num != null) mo = Integer.valueOf(num);
    else if (name != null) mo = months.number(name).orElse(null);
    if (mo == null) return null;
    int d = Integer.parseInt(group(m.get(), "d"));
    return DateValue.isPossible(null, mo, d) ? DateValue.ofMonthDay(mo, d) : null;
  }

  /**
   * The year a story's text tells: a year it calls the current one ("2020年是…周年", "Friendship
   * Year 2025", "(1953-2021)" after an anniversary), else, weakly, the latest year it names, not
   * counting the end of a span ("2023-2027" is a plan) nor a year after the capture.
   */
  Optional<PublicationDate> textYear(String text, @Nullable DateValue captured) {
    int cap = captured == null || captured.year() == null ? 9999 : captured.year();
    int marked = -1;
    for (String g : rules.findAll("year_marker", CleaningRules.normalize(text), "y")) {
      int y = Integer.parseInt(g);
      if (y <= cap) marked = Math.max(marked, y);
    }
    if (marked > 0) return Optional.of(new PublicationDate(DateValue.ofYear(marked), "text", 0.4));
    Matcher m = TEXT_YEAR.matcher(text);
    int best = -1;
    while (m.find()) {
      int y = Integer.parseInt(m.group(1));
      if (y <= cap) best = Math.max(best, y);
    }
    return best < 0 ? Optional.empty() : Optional.of(new PublicationDate(DateValue.ofYear(best), "text", 0.3));
  }

  // ---------------------------------------------------------------------------------- shapes

  /** Short, and not closed like a sentence. */
  static boolean isHeadlineLike(String s) {
    if (s.length() > 220) return false;
    char last = lastVisible(s);
    if (isTerminal(last) && last != '?' && last != '"' && last != '”') return false;
    int han = hanCount(s);
    return han > 0 ? han <= 60 : wordCount(s) <= 30;
  }

  /** Closed like a sentence and long enough to be one. */
  static boolean isProse(String s) {
    if (!isTerminal(lastVisible(s))) return s.length() > 240;
    int han = hanCount(s);
    return han > 0 ? han >= 15 : wordCount(s) >= 8;
  }

  private static boolean isTerminal(char c) {
    return TERMINALS.indexOf(c) >= 0;
  }

  private static final String TERMINALS = ".!?。！？…\"”»’')）";

  /** {@return the last character that is not white space, or a space when there is none} */
  private static char lastVisible(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Character.isWhitespace(s.charAt(i))) return s.charAt(i);
    }
    return ' ';
  }

  /** {@return the number of runs of non-space characters} */
  private static int wordCount(String s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !in) n++;
      in = !space;
    }
    return n;
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (amity.text.Scripts.isHan(s.charAt(i))) n++;
    return n;
  }

  /** {@return the number of words, counting two Han characters as one} */
  static int words(String s) {
    int han = hanCount(s);
    if (han > 0) return Math.max(1, han / 2);
    return wordCount(s);
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
    /** The month and day the main story's dateline gives. */
    @Nullable DateValue datelineDay;
    /** A teaser's own date, from the date line of its card. */
    @Nullable DateValue date;

    StoryDraft(StoryKind kind, @Nullable Line headline) {
      this.kind = kind;
      this.headline = headline;
    }

    /** Adds a body line, leaving out its dateline and a trailing sign-off. */
    void add(Line l, CleaningRules rules) {
      int start = l.span.start();
      int end = l.span.end();
      if (parts.isEmpty()) {
        Optional<Matcher> dl = rules.lookingAt("dateline", l.norm);
        if (dl.isPresent()) start += dl.get().end();
      }
      Optional<Matcher> tail = rules.find("signoff_tail", l.norm);
      if (tail.isPresent() && tail.get().end() == l.text.length()) {
        end = l.span.start() + tail.get().start();
        l.reason = "text+signoff";
      }
      if (end > start) parts.add(new Span(start, end));
    }

    Story build(Document doc, int index, PublicationDate pagePublished, PageCleaner cleaner) {
      Alignment.Builder b = new Alignment.Builder(doc.text());
      for (Span p : parts) {
        if (b.length() > 0) b.separator("\n\n");
        b.copy(p);
      }
      String text = b.text();
      PublicationDate published = pagePublished;
      if (date != null) return story(doc, index, text, b, new PublicationDate(date, "page", 0.9));
      boolean pageSaysSo = published.basis().equals("metadata") || published.basis().equals("page");
      if (published.date() == null || published.basis().equals("capture") || kind == StoryKind.TEASER && !pageSaysSo) {
        // A teaser of a list carries its own date; the page's related timestamps do not date it.
        // A capture date only bounds the text's own year.
        Optional<PublicationDate> own = cleaner.textYear(text, doc.meta().captured());
        if (own.isPresent() && (published.date() == null || !published.basis().equals("capture")
            || own.get().confidence() >= 0.4 && !own.get().date().compatibleWith(published.date()))) {
          published = own.get();
        } else if (kind == StoryKind.TEASER && !published.basis().equals("capture")) {
          published = PublicationDate.UNKNOWN;
        }
      }
      return story(doc, index, text, b, published);
    }

    private Story story(Document doc, int index, String text, Alignment.Builder b, PublicationDate published) {
      // A feed item or a JSON line often carries its title beside the text rather than in it.
      String metaTitle = doc.meta().title();
      String title = headline != null ? headline.text : kind == StoryKind.MAIN && metaTitle != null ? metaTitle : "";
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
