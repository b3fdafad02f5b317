package amity.clean;

import amity.lang.LanguagePacks;
import amity.model.Document;
import amity.model.LineKind;
import amity.model.Page;
import amity.model.PageLine;
import amity.model.PublicationDate;
import amity.model.RelatedLink;
import amity.model.Story;
import amity.model.StoryKind;
import amity.stage.Cleaner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cleans a page line by line: classifies each line with the language markers of {@code
 * cleaning.tsv}, finds the headline and dateline, keeps captions, sign-offs and related-headline
 * lists out of the body, and cuts teaser lists into one story per teaser.
 *
 * <p>The steps, each a class of its own over immutable {@link Line}s:
 *
 * <ol>
 *   <li>{@link LineClassifier}: lines are related headings, timestamps, publication-date lines,
 *       sign-offs, captions or navigation when a marker says so; everything else is text.
 *   <li>A table of contents (three or more short lines in a row, each the heading of a section
 *       further down, less its number) is navigation ({@link #contents}).
 *   <li>An end heading ("About the author", "Recent posts") after the article's text closes it:
 *       the lines under it, up to the first related heading, are not read ({@link #cutAfterEnd}).
 *   <li>{@link MainPart}, up to the first related heading: a short first line without closing
 *       punctuation is the headline ({@link Headlines}); the first body paragraph may open with a
 *       dateline ({@link Datelines}); a paragraph repeated later (a lede shown twice) is dropped. A
 *       main part of titled blocks, or with neither headline nor dateline and made of four or more
 *       short paragraphs that do not continue one another, is a teaser list ({@link TeaserList}):
 *       one story a teaser.
 *   <li>{@link RelatedTail}, from the first related heading that closes the article on (one
 *       followed by the article's paragraphs, three or more in a row, does not: {@link #goesOn}):
 *       a text line followed by a
 *       timestamp is a related link; a paragraph that reads as prose is a teaser, titled by the
 *       short line before it.
 *   <li>A story's lines that are a site's lists are left out ({@link #leaveOutLists}): five or
 *       more entries with a count in a row (categories, an archive, a shop's filters), and dated
 *       cards at the end of an article (its related posts).
 *   <li>{@link StoryAssembly}: each story's text without its dateline and sign-off, dated by
 *       {@link PublicationDates}.
 * </ol>
 *
 * <pre>{@code
 * Page page = new PageCleaner().clean(document);
 * }</pre>
 *
 * <p>Thread-safe and immutable.
 */
public final class PageCleaner implements Cleaner {
  private final LineClassifier classifier;
  private final MainPart mainPart;
  private final RelatedTail relatedTail;
  private final PublicationDates dates;
  private final StoryAssembly assembly;
  private final CleaningRules rules;

  /** A cleaner with the rules of the bundled language packs. */
  public PageCleaner() {
    this(LanguagePacks.bundled());
  }

  /** A cleaner with the rules of {@code common/} and of every pack in {@code packs}. */
  public PageCleaner(LanguagePacks packs) {
    CleaningRules rules = new CleaningRules(packs);
    this.rules = rules;
    Datelines datelines = new Datelines(rules);
    this.classifier = new LineClassifier(rules);
    this.mainPart = new MainPart(datelines, new Headlines(datelines), new TeaserList(rules, datelines));
    this.relatedTail = new RelatedTail(datelines);
    this.dates = new PublicationDates(rules);
    this.assembly = new StoryAssembly(rules, datelines, dates);
  }

  @Override
  public Page clean(Document doc) {
    List<Line> lines = contents(classifier.lines(doc.text()));
    int tailStart = tailStart(lines);
    lines = cutAfterEnd(lines, tailStart);
    MainPart.Result main = mainPart.read(lines.subList(0, tailStart), doc.meta().title());
    RelatedTail.Result tail = relatedTail.read(lines.subList(tailStart, lines.size()));
    List<StoryDraft> found = new ArrayList<>(main.stories());
    found.addAll(tail.teasers());

    Line[] read = new Line[lines.size()];
    for (Line l : main.lines()) read[l.index()] = l;
    for (Line l : tail.lines()) read[l.index()] = l;
    List<StoryDraft> drafts = leaveOutLists(found, lines, read);
    List<StoryAssembly.Body> bodies = new ArrayList<>();
    for (StoryDraft d : drafts) {
      StoryAssembly.Body body = assembly.body(d);
      for (Line l : body.signedOff()) read[l.index()] = read[l.index()].as(read[l.index()].kind(), "text+signoff");
      bodies.add(body);
    }
    List<Line> classified = List.of(read);

    PublicationDate published = PublicationDates.ofPage(doc, classified);
    if (!drafts.isEmpty() && drafts.get(0).kind() == StoryKind.MAIN && drafts.get(0).datelineDay() != null) {
      published = dates.fromDateline(drafts.get(0).datelineDay(), published, doc);
    }
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      stories.add(assembly.story(doc, i, drafts.get(i), bodies.get(i), published));
    }
    List<PageLine> pageLines = classified.stream().map(Line::toPageLine).toList();
    List<RelatedLink> related = tail.related();
    return new Page(doc, pageLines, stories, related, published);
  }

  /**
   * {@return {@code drafts} without the lines of their bodies that are a site's lists rather than
   * the story ({@link #countedRuns}, and a main story's {@link #cardTail}), those lines taken for
   * navigation in {@code read}} A draft left with neither headline nor body is dropped.
   */
  private List<StoryDraft> leaveOutLists(List<StoryDraft> drafts, List<Line> lines, Line[] read) {
    List<StoryDraft> out = new ArrayList<>(drafts.size());
    for (StoryDraft d : drafts) {
      Set<Integer> left = new HashSet<>();
      for (Line l : countedRuns(d.body(), rules)) {
        read[l.index()] = read[l.index()].as(LineKind.NAVIGATION, "counted-list");
        left.add(l.index());
      }
      if (d.kind() == StoryKind.MAIN) {
        for (Line l : cardTail(d.body(), lines)) {
          if (left.add(l.index())) read[l.index()] = read[l.index()].as(LineKind.NAVIGATION, "dated-cards");
        }
      }
      if (left.isEmpty()) {
        out.add(d);
        continue;
      }
      List<Line> body = d.body().stream().filter(l -> !left.contains(l.index())).toList();
      if (body.isEmpty() && d.headline() == null) continue;
      out.add(new StoryDraft(d.kind(), d.headline(), body, d.dateline(), d.datelineDay(), d.date()));
    }
    return out;
  }

  /** Entries with a count in a row that make a list of categories, archive months or filters. */
  private static final int COUNTED_RUN = 5;

  /** Words past which a line is no counted entry, whatever it ends with. */
  private static final int COUNTED_WORDS = 8;

  /**
   * {@return the lines of a story's {@code body} that stand in a run of {@value #COUNTED_RUN} or
   * more entries with a count ({@code counted_entry}: "Anxiety (30)", "► December (6)")} A blog's categories and archive and a shop's filters list
   * what the site holds, one count an entry; a page's own lines seldom end in a count five times
   * running.
   */
  static List<Line> countedRuns(List<Line> body, CleaningRules rules) {
    List<Line> out = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      int j = i;
      while (j < body.size() && isCountedEntry(body.get(j), rules)) j++;
      if (j - i >= COUNTED_RUN) out.addAll(body.subList(i, j));
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** Dated cards in a row that make a related list at an article's end. */
  private static final int CARD_RUN = 3;

  /** The text an article must have told above dated cards, and twice the cards' words, for them to be a related list. */
  private static final int TOLD_BEFORE_CARDS = 150;

  /**
   * {@return the lines of a main story's {@code body} that end it as a list of dated cards} A blog
   * or a magazine closes an article with its other posts, each a block of a few lines (a section,
   * a title, a summary, an author) with its date: {@value #CARD_RUN} or more such blocks at the end
   * of the body, each of two or more lines with a date line ({@code pubdate} or {@code timestamp})
   * among them, under an article told above them ({@value #TOLD_BEFORE_CARDS} words or more, and
   * twice the cards' words), are not the article. A list page's cards are most of its text and
   * stay.
   */
  static List<Line> cardTail(List<Line> body, List<Line> all) {
    if (body.size() < 2 * CARD_RUN) return List.of();
    int blocks = all.get(all.size() - 1).block() + 1;
    int[] lines = new int[blocks];
    boolean[] dated = new boolean[blocks];
    for (Line l : all) {
      if (l.isBlank()) continue;
      lines[l.block()]++;
      if (l.reason().equals("pubdate") || l.reason().equals("timestamp")) dated[l.block()] = true;
    }
    int start = body.size();
    int cards = 0;
    while (start > 0) {
      int block = body.get(start - 1).block();
      if (lines[block] < 2 || !dated[block]) break;
      while (start > 0 && body.get(start - 1).block() == block) start--;
      cards++;
    }
    if (cards < CARD_RUN) return List.of();
    int before = 0;
    for (Line l : body.subList(0, start)) before += TextShape.words(l.text());
    int after = 0;
    for (Line l : body.subList(start, body.size())) after += TextShape.words(l.text());
    if (before < TOLD_BEFORE_CARDS || before < 2 * after) return List.of();
    return body.subList(start, body.size());
  }

  private static boolean isCountedEntry(Line l, CleaningRules rules) {
    return l.isText() && l.text().indexOf('(') >= 0 && TextShape.words(l.text()) <= COUNTED_WORDS
        && rules.matches("counted_entry", l.norm());
  }

  /** Words of prose under a related heading past which, with no text above it, it does not close the page's text. */
  private static final int PROSE_AFTER_RELATED = 150;

  /**
   * {@return the index of the first related heading that closes the page's own text, or the
   * number of lines when none does} A related list at the very top of a page ("Related
   * articles" over a wiki's page, before any of its text) does not close a text that follows it:
   * with no text above it and {@value #PROSE_AFTER_RELATED} or more words of prose under it, the
   * next related heading is tried.
   */
  static int tailStart(List<Line> lines) {
    int before = 0;
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      if (l.kind() != LineKind.RELATED_HEADING) {
        if (l.isText()) before += TextShape.words(l.text());
        continue;
      }
      if (before > 0) {
        if (goesOn(lines, i)) continue;
        return i;
      }
      int prose = 0;
      for (int j = i + 1; j < lines.size() && prose < PROSE_AFTER_RELATED; j++) {
        Line n = lines.get(j);
        if (n.isText() && TextShape.isProse(n.text())) prose += TextShape.words(n.text());
      }
      if (prose < PROSE_AFTER_RELATED) return i;
    }
    return lines.size();
  }

  /** Entries in a row that make a table of contents. */
  private static final int CONTENTS_RUN = 3;

  /** Words past which a line is no entry of a table of contents. */
  private static final int CONTENTS_WORDS = 15;

  /** A table of contents' numbering before an entry: "3.", "3.1", "4)". */
  private static final Pattern CONTENTS_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})*[.)]?\\s+");

  /**
   * {@return {@code lines} with a table of contents taken for navigation} {@value #CONTENTS_RUN}
   * or more short text lines in a row, each of which (less its number: "3.1 Resistance bands")
   * stands again as a line further down the page, are the headings of the sections below listed
   * above them, not text.
   */
  static List<Line> contents(List<Line> lines) {
    Map<String, Integer> last = new HashMap<>();
    for (int k = 0; k < lines.size(); k++) {
      Line l = lines.get(k);
      if (l.isText() && TextShape.words(l.text()) <= CONTENTS_WORDS && headsProse(lines, k)) last.put(entry(l), l.index());
    }
    List<Line> out = null;
    int i = 0;
    while (i < lines.size()) {
      List<Line> run = new ArrayList<>();
      int j = i;
      while (j < lines.size()) {
        Line l = lines.get(j);
        if (l.isBlank()) {
          j++;
          continue;
        }
        if (!isContentsEntry(l, last)) break;
        run.add(l);
        j++;
      }
      if (run.size() >= CONTENTS_RUN) {
        if (out == null) out = new ArrayList<>(lines);
        for (Line l : run) out.set(l.index(), l.as(LineKind.NAVIGATION, "contents"));
      }
      i = Math.max(j, i + 1);
    }
    return out == null ? lines : List.copyOf(out);
  }

  /** {@return whether the next line that is not blank after {@code lines[k]} is a paragraph of prose: {@code lines[k]} heads a section} */
  private static boolean headsProse(List<Line> lines, int k) {
    for (int j = k + 1; j < lines.size(); j++) {
      if (lines.get(j).isBlank()) continue;
      return isParagraph(lines.get(j));
    }
    return false;
  }

  /** {@return {@code l}'s words less a leading number, in lower case: what a contents entry and its heading share} */
  private static String entry(Line l) {
    return CONTENTS_NUMBER.matcher(l.text().strip()).replaceFirst("").toLowerCase(Locale.ROOT);
  }

  private static boolean isContentsEntry(Line l, Map<String, Integer> last) {
    if (!l.isText() || TextShape.words(l.text()) > CONTENTS_WORDS) return false;
    Integer again = last.get(entry(l));
    return again != null && again > l.index();
  }

  /** Prose paragraphs in a row under a related heading that read as the article going on. */
  private static final int PROSE_RUN = 3;

  /**
   * {@return whether the article goes on under the related heading at {@code heading}: its
   * section, up to the next related heading, holds {@value #PROSE_AFTER_RELATED} words or more in
   * runs of {@value #PROSE_RUN} or more prose paragraphs in a row} A related list's teasers each
   * stand under a title of their own; an empty "Related posts" box left mid-text is followed by
   * the article's next paragraphs, one after another.
   */
  static boolean goesOn(List<Line> lines, int heading) {
    int inRuns = 0;
    int run = 0;
    int runWords = 0;
    for (int j = heading + 1; j <= lines.size(); j++) {
      Line n = j < lines.size() ? lines.get(j) : null;
      boolean end = n == null || n.kind() == LineKind.RELATED_HEADING;
      if (!end && n.isBlank()) continue;
      if (!end && isParagraph(n)) {
        run++;
        runWords += TextShape.words(n.text());
        continue;
      }
      if (run >= PROSE_RUN) inRuns += runWords;
      run = 0;
      runWords = 0;
      if (end) break;
    }
    return inRuns >= PROSE_AFTER_RELATED;
  }

  /** Words a line of prose holds to be an article's paragraph rather than a teaser's summary or a question's title. */
  private static final int PARAGRAPH_WORDS = 20;

  /** {@return whether {@code l} is a paragraph of prose, not cut short with an ellipsis as a teaser's summary is} */
  private static boolean isParagraph(Line l) {
    String t = l.text().strip();
    return l.isText() && TextShape.isProse(t) && TextShape.words(t) >= PARAGRAPH_WORDS
        && !t.endsWith("...") && !t.endsWith("…") && !t.endsWith("[…]");
  }

  /** The text an article must already have told above an end heading for the heading to close it. */
  private static final int TOLD_BEFORE_END = 150;

  /**
   * {@return {@code lines} with those under the first end heading before {@code tailStart} taken
   * for navigation, when the article is told above it: at least {@value #TOLD_BEFORE_END} words of
   * text, and at least half as many as stand under it}. A bio, a blog's other posts or a comment
   * box close an article; the same words over a page's first lines ("Written by" above the text) or
   * over most of its text are not an ending.
   */
  static List<Line> cutAfterEnd(List<Line> lines, int tailStart) {
    int before = 0;
    for (int i = 0; i < tailStart; i++) {
      Line l = lines.get(i);
      if (!l.reason().equals("end-heading")) {
        if (l.isText()) before += TextShape.words(l.text());
        continue;
      }
      int after = 0;
      for (int j = i + 1; j < tailStart; j++) if (lines.get(j).isText()) after += TextShape.words(lines.get(j).text());
      if (before < TOLD_BEFORE_END || 2 * before < after) continue;
      List<Line> out = new ArrayList<>(lines);
      for (int j = i + 1; j < tailStart; j++) {
        Line l2 = out.get(j);
        if (!l2.isBlank()) out.set(j, l2.as(LineKind.NAVIGATION, "after-end"));
      }
      return List.copyOf(out);
    }
    return lines;
  }
}
