package amity.clean;

import static amity.clean.TextShape.isHeadlineLike;
import static amity.clean.TextShape.isProse;
import static amity.clean.TextShape.sentenceCount;

import amity.model.DateValue;
import amity.model.LineKind;
import amity.model.StoryKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells a list of teasers from an article and cuts it into one story a teaser: a block of a short
 * title and its prose, or a short untitled paragraph standing alone. Thread-safe and immutable.
 */
final class TeaserList {
  /** Prose paragraphs a titled block may stand for in a teaser list (its summary, a line or three). */
  private static final int TEASER_SHARE = 3;

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

  private final CleaningRules rules;
  private final Datelines datelines;

  TeaserList(CleaningRules rules, Datelines datelines) {
    this.rules = rules;
    this.datelines = datelines;
  }

  /**
   * Whether the main part is a teaser list: blocks of a title and its prose make one even when the
   * first teaser opens with a dateline (two titled blocks among a long text's paragraphs are its
   * subheadings, not teasers); short untitled paragraphs do only when nothing reads as an
   * article's start (no headline, no dateline).
   */
  boolean isList(List<Line> lines, List<Line> paragraphs, boolean articleStart) {
    int titled = titledBlocks(lines);
    long prose = paragraphs.stream().filter(p -> isProse(p.text())).count();
    return titled >= 2 && titled * TEASER_SHARE >= prose || !articleStart && isUntitledList(paragraphs);
  }

  /** Four or more short paragraphs, in blocks of their own, that do not continue one another. */
  boolean isUntitledList(List<Line> paragraphs) {
    if (paragraphs.size() < 4) return false;
    // Teasers stand in blocks of their own; lines run together in one block are one text.
    if (paragraphs.stream().mapToInt(Line::block).distinct().count() < 4) return false;
    int shortOnes = 0;
    int continuing = 0;
    for (Line p : paragraphs) {
      if (sentenceCount(p.text()) <= 2) shortOnes++;
      if (rules.lookingAt("continuation", p.norm()).isPresent()) continuing++;
    }
    return shortOnes * 4 >= paragraphs.size() * 3 && continuing * 5 < paragraphs.size();
  }

  /**
   * Blocks (lines between blank lines) in which a short title line is directly followed by a
   * prose line, as teasers of a news list are laid out; an article's subheadings sit alone.
   */
  static int titledBlocks(List<Line> lines) {
    int n = 0;
    Line prev = null;
    for (Line l : lines) {
      if (l.isBlank()) {
        prev = null;
        continue;
      }
      if (!l.isText() && !l.reason().equals("headline") && !l.reason().equals("subtitle")) continue;
      if (prev != null && isHeadlineLike(prev.text()) && !isProse(prev.text()) && isProse(l.text())) n++;
      prev = l;
    }
    return n;
  }

  /** Whether the next text line in the headline's block is prose: a teaser title, not a label. */
  static boolean startsTeaser(Line headline, List<Line> lines) {
    boolean seen = false;
    for (Line l : lines) {
      if (l.index() == headline.index()) {
        seen = true;
        continue;
      }
      if (!seen || l.kind() != LineKind.BODY && l.kind() != LineKind.HEADLINE) continue;
      return l.block() == headline.block() && isProse(l.text());
    }
    return false;
  }

  /**
   * One teaser a block: an optional title line, then its prose lines; or a card of short lines
   * without prose, titled by its first. A blank line, or a new title line after prose, starts the
   * next teaser. A date line in a teaser's card dates it.
   * Titles are relabelled in {@code w}.
   */
  List<StoryDraft> teasers(WorkingLines w) {
    List<StoryDraft.Builder> out = new ArrayList<>();
    Line pendingTitle = null;
    DateValue pendingDate = null;
    StoryDraft.Builder current = null;
    Line lastText = null;
    java.util.Set<Integer> proseBlocks = new java.util.HashSet<>();
    for (Line p : w.lines()) if (p.isText() && isProse(p.text())) proseBlocks.add(p.block());
    for (Line p : w.lines()) {
      if (p.isBlank()) {
        current = null;
        pendingDate = null;
        continue;
      }
      if (!p.isText()) {
        // A date line in a teaser's card dates that teaser: before its text, or just after it.
        boolean dated = p.date() != null && p.title() == null && (p.reason().equals("pubdate") || p.reason().equals("timestamp"));
        if (dated && current != null && current.date == null) current.date = p.date();
        else if (dated) pendingDate = p.date();
        continue;
      }
      Line prev = lastText;
      lastText = p;
      if (prev != null && prev.block() == p.block() && continuesLine(p.text())) {
        // A line that opens in lower case goes on with the line before it (a paragraph broken
        // into lines of a width): it is that line's teaser's text, never a title.
        StoryDraft.Builder owner = null;
        for (int k = out.size() - 1; k >= 0 && owner == null; k--) {
          Line last = out.get(k).lastLine();
          if (last != null && last.index() == prev.index()) owner = out.get(k);
        }
        if (owner == null && pendingTitle != null && pendingTitle.index() == prev.index()) {
          owner = new StoryDraft.Builder(StoryKind.TEASER, null);
          owner.date = pendingDate;
          pendingDate = null;
          out.add(owner.add(pendingTitle));
          pendingTitle = null;
        }
        if (owner != null) {
          current = owner.add(p);
          continue;
        }
      }
      if (isHeadlineLike(p.text()) && !isProse(p.text())) {
        // A card of short lines and no prose (a product's name, maker, price and format): its
        // first line titles it and the others, down to the blank line, are its text.
        if (current != null && current.lastLine() != null && current.lastLine().block() == p.block() && !proseBlocks.contains(p.block())) {
          current.add(p);
          continue;
        }
        if (pendingTitle != null && pendingTitle.block() == p.block() && !proseBlocks.contains(p.block())) {
          w.set(pendingTitle, LineKind.HEADLINE, "teaser-title");
          current = new StoryDraft.Builder(StoryKind.TEASER, pendingTitle);
          current.date = pendingDate;
          pendingDate = null;
          out.add(current.add(p));
          pendingTitle = null;
          continue;
        }
        if (pendingTitle != null) orphan(w, pendingTitle, out, false);
        pendingTitle = p;
        current = null;
        continue;
      }
      if (current == null) {
        if (pendingTitle != null) w.set(pendingTitle, LineKind.HEADLINE, "teaser-title");
        current = new StoryDraft.Builder(StoryKind.TEASER, pendingTitle);
        current.date = pendingDate;
        pendingDate = null;
        current.dateline = datelines.of(p).orElse(null);
        out.add(current);
        pendingTitle = null;
      }
      current.add(p);
    }
    if (pendingTitle != null) orphan(w, pendingTitle, out, true);
    leadingList(w, out);
    return out.stream().map(StoryDraft.Builder::build).toList();
  }

  /** Whether {@code text} opens in lower case, as the rest of a broken line does. */
  static boolean continuesLine(String text) {
    return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
  }

  /** Orphan titles before the first teaser that make a list of the page's own (a shop's categories). */
  static final int LEADING_LIST = 8;

  /**
   * Keeps a long run of title lines before the first teaser, each alone in its block, as a story
   * of its own: {@value #LEADING_LIST} or more items, more words than the teasers' texts hold
   * after them, are the page's list (a shop's categories over two promotions), not a menu.
   */
  private static void leadingList(WorkingLines w, List<StoryDraft.Builder> out) {
    int firstTeaser = out.isEmpty() ? Integer.MAX_VALUE : out.get(0).firstIndex();
    List<Line> items = new ArrayList<>();
    int itemWords = 0;
    for (Line l : w.lines()) {
      if (l.index() >= firstTeaser) break;
      if (l.reason().equals("orphan-title")) {
        items.add(l);
        itemWords += TextShape.words(l.text());
      }
    }
    if (items.size() < LEADING_LIST) return;
    int teaserWords = 0;
    for (Line l : w.lines()) if (l.index() >= firstTeaser && l.isText()) teaserWords += TextShape.words(l.text());
    if (itemWords <= teaserWords) return;
    StoryDraft.Builder list = new StoryDraft.Builder(StoryKind.TEASER, null);
    for (Line l : items) {
      w.set(l, LineKind.BODY, "list-item");
      list.add(w.now(l));
    }
    out.add(0, list);
  }

  /**
   * A title line with no text of its own, standing in a block of its own between teasers: a line
   * of the teaser before it (an item of its list, a figure, a label). Before the first teaser or
   * after the last (a pager, a "load more"), inside a teaser's block (its time, "2 hours ago"), or
   * with a year in it (a date or byline line), it is a title without a story; so is a single
   * word (a poster's name over a post of a thread: "Simple07").
   */
  private static void orphan(WorkingLines w, Line title, List<StoryDraft.Builder> out, boolean last) {
    Line before = out.isEmpty() ? null : out.get(out.size() - 1).lastLine();
    if (before == null || last || before.block() == title.block() || YEAR.matcher(title.text()).find()
        || title.text().strip().indexOf(' ') < 0) {
      w.set(title, LineKind.RELATED, "orphan-title");
      return;
    }
    w.set(title, LineKind.BODY, "teaser-line");
    out.get(out.size() - 1).add(title);
  }
}
