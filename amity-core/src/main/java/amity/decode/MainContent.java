package amity.decode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a page's article text lives, by text and link density: every paragraph-like block
 * scores its container (and, less, the containers above it) by its length and commas; a
 * container's score is then discounted by the share of its text that is link text, and named
 * containers ({@code class="content"}, {@code class="sidebar"}) are nudged up or down. The best
 * container and those of its siblings that score close to it are the main content.
 *
 * <p>The scoring follows the idea of Arc90's Readability, with weights for Chinese, whose text
 * carries more per character and whose commas are "，" and "、". Stateless.
 */
final class MainContent {
  private static final NameWords CONTENT =
      new NameWords(
          "article|body|content|entry|hentry|main|page|post|text|blog|story|detail|news|paragraph|"
              + "note|fck|zw|sapo|description|lede|lead|chitiet|noidung|zhengwen");

  private MainContent() {}

  /** The main content: the best container and the siblings that belong with it, in page order. */
  record Selection(List<Element> parts, double score) {}

  /** {@return the main content of {@code body}, or empty when no container reads as an article} */
  static @Nullable Selection select(Element body, BlockStats stats, Boilerplate boilerplate) {
    return select(body, stats, boilerplate, true);
  }

  /**
   * As {@link #select(Element, BlockStats, Boilerplate)}; with {@code notInFooters}, a best
   * container inside a footer or nav means the page has none.
   */
  static @Nullable Selection select(Element body, BlockStats stats, Boilerplate boilerplate, boolean notInFooters) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : body.getAllElements()) {
      if (!isParagraph(e)) continue;
      BlockStats.Stats st = stats.of(e);
      double weight = st.weight();
      if (weight < 25) continue;
      double score = 1 + st.commas() + Math.min(Math.floor(weight / 100), 3);
      Element ancestor = e.parent();
      for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
        if (ancestor == body.parent()) break;
        double base = scores.containsKey(ancestor) ? scores.get(ancestor) : initial(ancestor);
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        scores.put(ancestor, base + score / divider);
      }
    }
    Element top = null;
    double best = 0;
    // In page order, so that a tie goes to the first, whatever the identity hashes are.
    for (Element e : body.getAllElements()) {
      Double score = scores.get(e);
      if (score == null) continue;
      double v = score * (1 - stats.linkDensity(e));
      // A cookie or consent panel can out-write the page; it is never its text.
      if (v > best && !Boilerplate.insideConsentPanel(e)) {
        best = v;
        top = e;
      }
    }
    if (top == null || notInFooters && isInsideTagFurniture(top)) return null;
    // The best of several alike blocks (teaser cards of a list: same tag and class, a heading and
    // text each) stands for the list that holds them, however long its own text is.
    Element parent = top.parent();
    if (parent != null && parent != body.parent() && top.selectFirst("h2, h3, h4, h5, h6") != null) {
      int alike = 0;
      for (Element sib : parent.children()) {
        if (sib == top || !sib.normalName().equals(top.normalName()) || !sib.className().equals(top.className())) continue;
        if (scores.containsKey(sib) && sib.selectFirst("h2, h3, h4, h5, h6") != null) alike++;
      }
      if (alike >= 2) {
        top = parent;
        best = Math.max(best, scores.getOrDefault(parent, 0.0) * (1 - stats.linkDensity(parent)));
      }
    }
    if (best < 8 || stats.weight(top) < 140) return null;
    top = widen(top, body, stats, boilerplate);
    // The article's paragraphs are sometimes split over sibling containers: keep those that score
    // near the best, or that are plain prose.
    List<Element> parts = new ArrayList<>();
    parent = top.parent();
    if (parent == null || top == body) return new Selection(List.of(top), best);
    double threshold = Math.max(10, best * 0.2);
    for (Element sib : parent.children()) {
      if (sib == top) {
        parts.add(sib);
        continue;
      }
      if (boilerplate.isFurniture(sib) || boilerplate.isBeside(sib)) continue;
      double s = scores.containsKey(sib) ? scores.get(sib) * (1 - stats.linkDensity(sib)) : 0;
      boolean prose = sib.normalName().equals("p") && stats.linkDensity(sib) < 0.25 && stats.weight(sib) > 80;
      if (s >= threshold || prose) parts.add(sib);
    }
    return new Selection(parts, best);
  }

  /**
   * The smallest container around {@code top} past which only links are gained. Page builders
   * (Squarespace, Elementor, Gutenberg) cut one article into many blocks in rows and columns; the
   * best-scoring block is then one of them, and its siblings' parents hold the rest. Climbing
   * while what a level adds is mostly text outside links gathers them; a level that adds mostly
   * links (a menu, a related list) or is furniture is where the article ends.
   */
  private static Element widen(Element top, Element body, BlockStats stats, Boilerplate boilerplate) {
    Element cur = top;
    for (Element p = cur.parent(); p != null && p != body && p != body.parent(); p = cur.parent()) {
      BlockStats.Stats up = stats.of(p);
      BlockStats.Stats here = stats.of(cur);
      double gain = up.weight() - here.weight();
      double gainedLinks = up.linkWeight() - here.linkWeight();
      if (boilerplate.isFurniture(p)) break;
      // Posts of a thread and entries of a list repeat one shape: they belong together, whatever
      // their signatures and buttons add in links.
      // A level adding a link or two (an "edited" mark, a permalink) is still the same text.
      boolean linksGained = gainedLinks > WIDEN_LINK_WEIGHT && gainedLinks / gain > WIDEN_LINKS;
      if (linksGained && alikeSiblings(cur, stats) < 2) break;
      cur = p;
    }
    return cur;
  }

  /** {@return how many siblings of {@code e} have its tag and classes and hold text outside links} */
  private static int alikeSiblings(Element e, BlockStats stats) {
    Element parent = e.parent();
    if (parent == null || e.className().isBlank()) return 0;
    int n = 0;
    for (Element sib : parent.children()) {
      if (sib == e || !sib.normalName().equals(e.normalName()) || !sib.className().equals(e.className())) continue;
      if (stats.of(sib).prose() >= 25) n++;
    }
    return n;
  }

  /** The largest share of link text that a level gained by widening may hold. */
  private static final double WIDEN_LINKS = 0.33;
  /** Link text a level may add without counting as links gained: a few short links. */
  private static final double WIDEN_LINK_WEIGHT = 60;

  /**
   * Whether {@code e} is inside a footer or a nav (by tag or role). A page's footer can hold long
   * texts that a link opens over the page (a shop's privacy policy and terms, in dialogs), longer
   * than the page's own text: the best container found there says the page has no article.
   */
  private static boolean isInsideTagFurniture(Element e) {
    for (Element a = e; a != null; a = a.parent()) if (Boilerplate.isFurnitureByTag(a)) return true;
    return false;
  }

  /** A block that holds text of its own: a paragraph, or a container with no blocks inside. */
  private static boolean isParagraph(Element e) {
    String n = e.normalName();
    if (n.equals("p") || n.equals("pre") || n.equals("td") || n.equals("blockquote")) return true;
    if (!(n.equals("div") || n.equals("section") || n.equals("article") || n.equals("li") || n.equals("span"))) {
      return false;
    }
    for (Element c : e.children()) if (c.isBlock()) return false;
    return hasOwnText(e);
  }

  private static boolean hasOwnText(Element e) {
    for (Node n : e.childNodes()) if (n instanceof TextNode t && !t.isBlank()) return true;
    return false;
  }

  private static double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + classWeight(e);
  }

  static double classWeight(Element e) {
    String names = Boilerplate.names(e);
    if (names.isBlank()) return 0;
    double w = 0;
    if (Boilerplate.FURNITURE.find(names) || Boilerplate.BESIDE.find(names)) w -= 25;
    if (CONTENT.find(names)) w += 25;
    return w;
  }
}
