package amity.decode;

import amity.model.DateValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Renders an HTML page as lines of text for the line-based cleaner: the headline, the lines
 * between it and the article (byline, date, lede, captions), the article itself ({@link
 * MainContent}), and the headline lists that follow it ("Related stories"), one block a line
 * with blank lines between blocks and single line breaks inside a teaser card or list item.
 * Menus, footers, share bars, newsletter prompts and comment sections are left out here;
 * captions, date lines and related lists are kept, because telling those apart is the cleaner's
 * job. A page without an article-like container is rendered whole, minus its furniture.
 *
 * <p>The head's metadata is read too: the publication date ({@code article:published_time} and
 * its kin), {@code og:title} and the canonical URL.
 */
final class HtmlText {
  private static final Pattern DATE_CLASS = Pattern.compile("(?i)\\b(time|date|datetime|timestamp|fecha|ngay|thoigian|h-time)\\b|-time\\b|-date\\b");
  private static final Pattern TITLE_CLASS = Pattern.compile("(?i)title|headline|heading|tieu-?de|biaoti");
  /** Text a form or noscript element must hold to be read rather than dropped. */
  private static final double HOLDS_TEXT = 500;
  /** Elements a reader does not see until a script or a click opens them: closed, hidden, or dialogs over the page. */
  private static final String CLOSED =
      "form, noscript, [hidden], [style~=(?i)display:\\s*none], .hide, .hidden, .d-none, .is-hidden, dialog:not([open]), [role=dialog], [aria-modal=true]";
  private static final Pattern SHOWN_ON_WIDE_SCREENS =
      Pattern.compile("(?:^|\\s)(?:(?:sm|md|lg|xl|2xl):(?:block|flex|grid|inline|table)|d-(?:sm|md|lg|xl)-(?:block|flex|grid|inline|table))");
  /** Text before a headline inside the article that can still be a kicker, a breadcrumb, a date. */
  private static final double KICKER_WEIGHT = 300;
  /**
   * Letters a head's description must hold to stand for a page whose body holds only its title: a
   * forum drawn by scripts gives its first post's opening there; a shop, its slogan.
   */
  private static final double DESCRIBES_TEXT = 150;
  /** The share of the page's prose below which the main content is not the page's. */
  private static final double SMALL_SHARE = 0.4;

  private HtmlText() {}

  /** The rendered text and what the page's head says about it. */
  record Rendered(String text, @Nullable DateValue published, @Nullable String title, @Nullable String url) {}

  static Rendered render(String html) {
    return render(html, false);
  }

  /**
   * As {@link #render(String)}; with {@code secondReading}, Readability's reading of the page
   * replaces amity's when {@link SecondReading#prefer} says so, under amity's headline.
   */
  static Rendered render(String html, boolean secondReading) {
    Rendered r = render(html, secondReading, true);
    return r != null ? r : render(html, secondReading, false);
  }

  /**
   * The page read, its customer reviews left out when it is a shop's product page and {@code
   * dropReviews}; {@code null} when they were and nothing but the title was left to read (what the
   * product's page says is then in them, or nowhere).
   */
  private static @Nullable Rendered render(String html, boolean secondReading, boolean dropReviews) {
    Document doc = Jsoup.parse(html);
    // Most pages hold no CDATA section: the walk over every node is for those that do.
    if (html.contains("<![CDATA[")) MarkupAsBrowsers.readCdataAsMarkup(doc);
    // The head and structured data are read before scripts go: JSON-LD is a script.
    PageHead head = PageHead.read(doc);
    String ogTitle = head.ogTitle();
    Element titleTag = doc.selectFirst("head > title");
    boolean product = ShopPage.isProduct(doc);
    doc.select("script, style, template, svg, iframe, button, select, input, textarea, object, embed, canvas").remove();
    // A form is a search box or a login, noscript a plea to enable scripts and a hidden element
    // (by attribute, inline style or the usual class words) a closed menu or a shop's data for
    // its scripts, unless it holds the page's text: forums post their threads inside a form,
    // some sites serve crawlers the thread inside noscript, and pages streamed by React arrive
    // in a hidden element that a script then shows. An element hidden only on small screens
    // ("hidden md:block", "d-none d-lg-flex") is shown to a desktop reader. A dialog (a cart's
    // "Remove product?", a store picker, a notice before leaving the site) opens over the page
    // on a click.
    for (Element e : doc.select(CLOSED)) {
      if (e.parent() == null || SHOWN_ON_WIDE_SCREENS.matcher(e.className()).find()) continue;
      double text = BlockStats.weight(e.text());
      boolean post = e.normalName().equals("form") && text >= 80 && e.selectFirst("p") != null;
      if (text < HOLDS_TEXT && !post) e.remove();
    }
    Element body = doc.body();
    // A shop's customer reviews are not its product's text.
    boolean dropped = product && dropReviews && ShopPage.dropReviews(body);
    Reading r = new Reading(body);
    Element headline = r.headline(ogTitle != null ? ogTitle : titleTag == null ? null : titleTag.text());
    MainContent.Selection main = MainContent.select(body, r.stats, r.boilerplate);
    Lines out = new Lines();
    boolean readWhole = main == null || r.smallShare(main.parts());
    if (readWhole) {
      r.renderWhole(out);
    } else {
      r.renderMain(headline, main.parts(), out);
    }
    String text = out.text();
    String headTitle0 = ogTitle != null ? ogTitle : titleTag == null ? "" : titleTag.text();
    boolean bare = isBare(text, headTitle0, headline);
    if (dropped && bare) return null;
    if (bare) {
      // Nothing but a title read as the page's text: its list or its text was all taken for
      // furniture (a shop's list of product links, a banner-named header). Read it whole again,
      // leaving out only what its tags call furniture; else take what its head says it holds.
      Lines again = new Lines();
      r.renderWholeByTags(again);
      String whole = again.text();
      String inFooter = main == null ? footerText(r, headline) : "";
      if (!isBare(whole, headTitle0, headline)) text = whole;
      // The best block sat in a footer, and without it the page says nothing: it is the page's text.
      else if (!isBare(inFooter, headTitle0, headline)) text = inFooter;
      else if (head.description() != null && BlockStats.weight(head.description()) >= DESCRIBES_TEXT) text = (headTitle0.isBlank() ? "" : headTitle0.strip() + "\n\n") + head.description();
    }
    if (head.description() != null && BlockStats.weight(head.description()) >= DESCRIBES_TEXT
        && BlockStats.weight(besidesTitle(text, headTitle0, headline)) < BlockStats.weight(head.description())) {
      // A page its scripts draw holds little more than its title and a line of links ("donate
      // now"): its head's description, the first post of a thread, says more than all of it.
      text = (headTitle0.isBlank() ? "" : headTitle0.strip() + "\n\n") + head.description();
    }
    // Readability's reading on amity's measures: the best container found again inside amity's
    // article (the post inside a blog's column of post, comments and archive), then without its
    // blocks of links; taken as the second reading would be, when it is most of amity's text.
    if (!text.isEmpty() && main != null && !readWhole && !bare) {
      List<Element> parts = main.parts();
      if (parts.size() == 1) {
        MainContent.Selection inner = MainContent.select(parts.get(0), r.stats, r.boilerplate);
        if (inner != null && !inner.parts().equals(parts)) parts = inner.parts();
      }
      Set<Element> leaveOut = ConditionalClean.blocks(parts, r.stats);
      if (parts != main.parts() || !leaveOut.isEmpty()) {
        Lines cleaned = new Lines();
        r.renderMain(headline, parts, leaveOut, cleaned);
        String theirs = cleaned.text();
        if (SecondReading.prefer(text, theirs)) text = theirs;
      }
    }
    // Readability reads the article amity found, not the whole page: what it leaves out of that
    // (a sidebar, a list of links, a call to action inside the container) is what it is asked
    // for, and the container is a fraction of the page. A page read whole has no article to read again.
    if (secondReading && !text.isEmpty() && main != null && !readWhole && !bare) {
      String theirs = SecondReading.read(main.parts());
      if (theirs != null && SecondReading.prefer(text, theirs)) {
        text = SecondReading.combine(text, theirs, headline == null ? "" : collapseSpaces(headline.text()).strip());
      }
    }
    if (text.isEmpty() && titleTag != null) text = titleTag.text();
    String headTitle = blankToNull(ogTitle) != null ? ogTitle : titleTag == null ? null : blankToNull(titleTag.text());
    String title = PageTitle.of(headTitle, body.select("h1").eachText());
    return new Rendered(text, head.published(), title, blankToNull(head.url()));
  }

  /** {@return the text of the best container in a footer or nav and its siblings, or "" when none reads as text} */
  private static String footerText(Reading r, @Nullable Element headline) {
    MainContent.Selection inFooter = MainContent.select(r.body, r.stats, r.boilerplate, false);
    if (inFooter == null || r.smallShare(inFooter.parts())) return "";
    Lines out = new Lines();
    r.renderMain(headline, inFooter.parts(), out);
    return out.text();
  }

  /** One page being read: its body, what was measured of it, and what is furniture on it. */
  private static final class Reading {
    final Element body;
    final BlockStats stats;
    final Boilerplate boilerplate;

    Reading(Element body) {
      this.body = body;
      this.stats = BlockStats.measure(body);
      this.boilerplate = new Boilerplate(stats, body);
    }

    /** The headline: the first real h1, else a heading-like element whose text opens the title. */
    @Nullable Element headline(@Nullable String title) {
      // The h1 that the head's title names; else the first h1 that is not a link.
      Element firstH1 = null;
      for (Element h : body.select("h1")) {
        if (stats.weight(h) < 10 || stats.linkDensity(h) >= 0.9) continue;
        if (title != null && PageTitle.names(title, h.text())) return h;
        if (firstH1 == null) firstH1 = h;
      }
      if (firstH1 != null) return firstH1;
      String norm = title == null ? "" : title.strip();
      Element first = null;
      for (Element e : body.getAllElements()) {
        String n = e.normalName();
        boolean heading = n.matches("h[2-4]") || TITLE_CLASS.matcher(e.className()).find() && isLeafBlock(e);
        if (!heading && !n.equals("b") && !n.equals("font")) continue;
        if (stats.weight(e) < 10 || stats.linkDensity(e) > 0.5) continue;
        if (!norm.isEmpty() && norm.startsWith(e.text().strip())) return e;
        if (first == null && heading) first = e;
      }
      // Without a title to match, the first heading-like block that is not a link.
      return norm.isEmpty() ? first : null;
    }

    /**
     * Whether the selected parts hold only a small share of the page's prose: one card of a list,
     * one post of a thread, one section of a service page. The page is then read whole, minus
     * its furniture, as when nothing reads as an article.
     */
    boolean smallShare(List<Element> parts) {
      double page = stats.of(body).prose();
      double chosen = 0;
      for (Element p : parts) chosen += stats.of(p).prose();
      return page > 0 && chosen < SMALL_SHARE * page;
    }

    /** {@return the text outside links in {@code part} before {@code headline}, in page order} */
    double proseBefore(Element headline, Element part) {
      double sum = 0;
      for (Element e : part.getAllElements()) {
        if (e == headline) break;
        if (isInside(headline, e) || !isLeafBlock(e)) continue;
        sum += stats.of(e).prose();
      }
      return sum;
    }

    void renderMain(@Nullable Element headline, List<Element> parts, Lines out) {
      renderMain(headline, parts, Set.of(), out);
    }

    /** As {@link #renderMain(Element, List, Lines)}, leaving out {@code leaveOut} too. */
    void renderMain(@Nullable Element headline, List<Element> parts, Set<Element> leaveOut, Lines out) {
      Element first = parts.get(0);
      Element last = parts.get(parts.size() - 1);
      boolean headlineInside = headline != null && parts.stream().anyMatch(p -> isInside(headline, p));
      // A date shown just above the headline is the article's; say it first.
      Element date = headline == null ? null : dateBefore(headline);
      if (date != null && parts.stream().noneMatch(p -> isInside(date, p))) renderBlock(date, stats, out);
      if (headline != null && !headlineInside && before(headline, first)) {
        out.block(headline.text());
        // Byline, date, lede and lead picture sit between the headline and the article.
        for (Element e : between(headline, first)) renderBlock(e, stats, out);
      }
      if (headline != null && !headlineInside && !before(headline, first)) {
        // The headline sits among the article's parts (after a date bar, say): render it in place.
        List<Element> withHeadline = new ArrayList<>(parts);
        int at = 0;
        while (at < withHeadline.size() && before(withHeadline.get(at), headline)) at++;
        withHeadline.add(at, headline);
        parts = withHeadline;
        headlineInside = true;
      }
      Set<Element> skip = furnitureInside(parts);
      skip.addAll(leaveOut);
      if (headlineInside) {
        // What stands before the headline inside the article is a section kicker or a breadcrumb,
        // unless it is text: a headline below the article (a banner's h1) does not cut it away.
        for (Element p : parts) {
          if (proseBefore(headline, p) > KICKER_WEIGHT) break;
          boolean reached = false;
          for (Element e : p.getAllElements()) {
            if (e == headline) {
              reached = true;
              break;
            }
            boolean holdsDate = date != null && (isInside(date, e) || isInside(e, date));
            if (!isInside(headline, e) && !holdsDate) skip.add(e);
          }
          if (reached) break;
        }
      }
      for (Element p : parts) render(p, skip, stats, out);
      // Headline lists after the article ("Related stories", "Tin liên quan", "相关新闻").
      for (Element e : after(last, 3)) {
        Element heading = headingOf(e);
        if (heading != null && !isInside(heading, e)) out.block(heading.text());
        render(e, furnitureInside(List.of(e)), stats, out);
      }
    }

    static final Pattern DATE_SHAPE = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    /** The nearest short block with a year in it among the elements before the headline in its parent. */
    static @Nullable Element dateBefore(Element headline) {
      Element parent = headline.parent();
      if (parent == null) return null;
      Element found = null;
      for (Element sib : parent.children()) {
        if (sib == headline) break;
        for (Element e : sib.getAllElements()) {
          if (!isLeafBlock(e)) continue;
          String t = e.text();
          if (t.length() <= 120 && DATE_SHAPE.matcher(t).find() && t.chars().filter(Character::isDigit).count() >= 6) {
            found = e;
          }
        }
      }
      return found;
    }

    /** Leaf blocks strictly between {@code from} and {@code to} in page order, minus furniture. */
    List<Element> between(Element from, Element to) {
      List<Element> out = new ArrayList<>();
      boolean on = false;
      for (Element e : body.getAllElements()) {
        if (e == from) {
          on = true;
          continue;
        }
        if (!on) continue;
        if (e == to || isInside(to, e)) break;
        if (isInside(e, from)) continue;
        if (isLeafBlock(e) && stats.weight(e) > 0 && !boilerplate.insideFurniture(e, body) && stats.linkDensity(e) < 0.5) out.add(e);
      }
      return out;
    }

    /** The first {@code limit} headline lists after {@code last} in page order, none inside another. */
    List<Element> after(Element last, int limit) {
      List<Element> out = new ArrayList<>();
      boolean on = false;
      for (Element e : body.getAllElements()) {
        if (e == last) {
          on = true;
          continue;
        }
        if (!on || isInside(e, last)) continue;
        if (!out.isEmpty() && isInside(e, out.get(out.size() - 1))) continue;
        if (isHeadlineList(e)) {
          out.add(e);
          if (out.size() == limit) break;
        }
      }
      return out;
    }

    /** A list of two or more links whose texts read as headlines, not as menu words. */
    boolean isHeadlineList(Element e) {
      String n = e.normalName();
      if (!(n.equals("ul") || n.equals("ol") || n.equals("div") || n.equals("section") || n.equals("aside"))) return false;
      if (boilerplate.isFurniture(e) && !boilerplate.isBeside(e)) return false;
      BlockStats.Stats st = stats.of(e);
      return st.links() >= 2 && st.wordsPerLink() >= 4 && st.linkDensity() >= 0.45;
    }

    static @Nullable Element headingOf(Element list) {
      Element h = list.selectFirst("h1, h2, h3, h4, h5, .title, .box-title");
      if (h != null) return h;
      Element prev = list.previousElementSibling();
      if (prev != null && prev.normalName().matches("h[1-6]")) return prev;
      return null;
    }

    /** Furniture inside the article: share bars, tag lists, newsletter prompts, menu-like link rows. */
    Set<Element> furnitureInside(List<Element> parts) {
      Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element p : parts) {
        for (Element e : p.getAllElements()) {
          if (e == p) continue;
          if (boilerplate.isFurniture(e) || boilerplate.isMenuLike(e)) skip.add(e);
        }
      }
      return skip;
    }

    /** The whole body minus only what its tags or roles call furniture (nav, footer, aside). */
    void renderWholeByTags(Lines out) {
      Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e : body.getAllElements()) {
        if (e != body && Boilerplate.isFurnitureByTag(e)) skip.add(e);
      }
      render(body, skip, stats, out);
    }

    void renderWhole(Lines out) {
      Set<Element> skip = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Element e : body.getAllElements()) {
        if (e != body && (boilerplate.isFurniture(e) && !boilerplate.isBeside(e) || boilerplate.isMenuLike(e))) skip.add(e);
      }
      render(body, skip, stats, out);
    }
  }

  // ------------------------------------------------------------------------------- rendering

  /** Lines being written: a block ends its line, and blank lines separate blocks. */
  private static final class Lines {
    private final StringBuilder out = new StringBuilder();

    void text(String s) {
      if (s.isEmpty()) return;
      int n = out.length();
      if (n == 0 || out.charAt(n - 1) == '\n') s = s.stripLeading();
      if (s.isEmpty()) return;
      if (s.equals(" ") && (n == 0 || out.charAt(n - 1) == ' ')) return;
      out.append(s);
    }

    /** Ends the line; with {@code blank}, leaves an empty line after it. */
    void end(boolean blank) {
      trimSpaces();
      int n = out.length();
      if (n == 0) return;
      if (out.charAt(n - 1) != '\n') out.append('\n');
      if (blank && (n < 2 || out.charAt(out.length() - 2) != '\n')) out.append('\n');
    }

    void block(String s) {
      end(true);
      text(collapseSpaces(s));
      end(true);
    }

    private void trimSpaces() {
      int n = out.length();
      while (n > 0 && out.charAt(n - 1) == ' ') n--;
      out.setLength(n);
    }

    String text() {
      return out.toString().strip();
    }
  }

  /** {@return {@code root} rendered as lines, as an article part is, measured on its own} */
  static String renderLines(Element root) {
    Lines out = new Lines();
    render(root, Set.of(), BlockStats.measure(root), out);
    return out.text();
  }

  private static void renderBlock(Element e, BlockStats stats, Lines out) {
    render(e, Set.of(), stats, out);
    out.end(true);
  }

  /**
   * Renders an element: text with collapsed spaces, a line per block, a blank line between
   * blocks, and inside a card (a short block with a title and text, or a list item) single line
   * breaks, so that a teaser's title, date and summary stay together. Date elements get a line
   * of their own. Image alt texts are not shown on a page and are left out; captions are.
   */
  private static void render(Element root, Set<Element> skip, BlockStats stats, Lines out) {
    NodeTraversor.filter(
        new org.jsoup.select.NodeFilter() {
          int compact;

          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.text(collapseSpaces(t.getWholeText()));
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.CONTINUE;
            if (skip.contains(e)) return FilterResult.SKIP_ENTIRELY;
            if (e.normalName().equals("br")) {
              out.end(false);
            } else if (isLineBreaking(e)) {
              out.end(compact == 0);
            }
            // The part being rendered is the article, not a card, however few its paragraphs.
            if (e != root && isCard(e, stats)) compact++;
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
              if (e != root && isCard(e, stats)) compact--;
              if (isLineBreaking(e)) out.end(compact == 0);
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    out.end(true);
  }

  private static boolean isLineBreaking(Element e) {
    if (e.isBlock()) return true;
    String n = e.normalName();
    return n.equals("time") || mayNameADate(e.className()) && DATE_CLASS.matcher(e.className()).find();
  }

  /** Whether a class attribute holds a word every {@link #DATE_CLASS} match needs: most hold none, and the regex is costly. */
  private static boolean mayNameADate(String classes) {
    if (classes.isEmpty()) return false;
    String c = classes.toLowerCase(Locale.ROOT);
    return c.contains("time") || c.contains("date") || c.contains("fecha") || c.contains("ngay") || c.contains("thoigian");
  }

  /**
   * Whether {@code text} holds nothing but the page's title or headline: fewer than 20 letters
   * besides. A page whose text is only its title yields no story.
   */
  static boolean isBare(String text, String title, @Nullable Element headline) {
    return BlockStats.weight(besidesTitle(text, title, headline)) < 20;
  }

  /** {@return {@code text} without the page's title and headline} */
  private static String besidesTitle(String text, String title, @Nullable Element headline) {
    String rest = text;
    if (!title.isBlank()) rest = rest.replace(title.strip(), "");
    if (headline != null) rest = rest.replace(headline.text(), "");
    return rest;
  }

  /** Runs of whitespace as one space, as a browser shows text; the text itself when it has no run to fold. */
  static String collapseSpaces(String s) {
    int i = 0;
    while (i < s.length() && !(isSpace(s.charAt(i)) && (s.charAt(i) != ' ' || i + 1 < s.length() && isSpace(s.charAt(i + 1))))) i++;
    if (i == s.length()) return s;
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
    boolean space = false;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        if (!space) b.append(' ');
        space = true;
      } else {
        b.append(c);
        space = false;
      }
    }
    return b.toString();
  }

  /** The characters {@code \\s} matches. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A list item, or a short block holding a heading and some text: a teaser card. */
  private static boolean isCard(Element e, BlockStats stats) {
    String n = e.normalName();
    if (n.equals("li") || n.equals("tr")) return true;
    if (!(n.equals("div") || n.equals("article") || n.equals("section"))) return false;
    BlockStats.Stats s = stats.of(e);
    // One heading and a little text: a card, not a list of them.
    return s.weight() <= 2500 && s.headings() == 1 && s.paragraphs() >= 1 && s.paragraphs() <= 3;
  }

  // ------------------------------------------------------------------------------- helpers

  private static boolean isLeafBlock(Element e) {
    if (!isLineBreaking(e)) return false;
    for (Element c : e.children()) if (isLineBreaking(c)) return false;
    return true;
  }

  private static boolean isInside(Element e, Element container) {
    for (Element a = e; a != null; a = a.parent()) if (a == container) return true;
    return false;
  }

  private static boolean before(Element a, Element b) {
    return a.siblingIndex() >= 0 && comparePosition(a, b) < 0;
  }

  private static int comparePosition(Element a, Element b) {
    Element root = a.ownerDocument() == null ? a.root() : a.ownerDocument();
    for (Element e : root.getAllElements()) {
      if (e == a) return -1;
      if (e == b) return 1;
    }
    return 0;
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT).equals("null") ? null : s.strip();
  }
}
