package amity.decode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The blocks inside amity's article that Readability's "clean conditionally" step would remove,
 * judged on amity's own measures ({@link BlockStats}) and name words ({@link MainContent}'s class
 * weight): a block with few commas that is mostly links (teaser cards, an archive widget, a table
 * of contents), little text (a call to action
 * such as "Contact us today!"), more pictures than paragraphs, or a name that says it is furniture.
 * The text read without them is taken only as {@link SecondReading#prefer} takes Readability's:
 * when it is most of amity's text and nothing new. Stateless.
 */
final class ConditionalClean {
  /** Commas from which a block reads as prose whatever its links: Readability's 10. */
  static final int PROSE_COMMAS = 10;
  /** Link share past which a block not named as content is links: Readability's 0.2. */
  static final double LINKS = 0.2;
  /** Paragraphs and text outside links from which a block with some links is prose. */
  static final int PROSE_PARAGRAPHS = 2;
  static final double PROSE_WEIGHT = 200;

  private ConditionalClean() {}

  /** {@return the blocks strictly inside {@code parts} to leave out, outermost only} */
  static Set<Element> blocks(List<Element> parts, BlockStats stats) {
    Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element part : parts) {
      for (Element e : part.getAllElements()) {
        if (e == part || !isCandidate(e) || insideAny(e, part, out)) continue;
        if (removes(e, stats)) out.add(e);
      }
    }
    return out;
  }

  private static boolean isCandidate(Element e) {
    String n = e.normalName();
    return n.equals("div") || n.equals("section") || n.equals("ul") || n.equals("ol") || n.equals("table") || n.equals("aside");
  }

  private static boolean insideAny(Element e, Element part, Set<Element> removed) {
    if (removed.isEmpty()) return false;
    for (Element a = e.parent(); a != null && a != part; a = a.parent()) if (removed.contains(a)) return true;
    return false;
  }

  /** Whether Readability's rule removes {@code e}, on amity's measures. */
  static boolean removes(Element e, BlockStats stats) {
    BlockStats.Stats s = stats.of(e);
    if (s.weight() == 0 || s.commas() >= PROSE_COMMAS) return false;
    // A block named as content ("post-tags", "article-meta") is left to the furniture checks and
    // to the cleaner's tail rules, which read its tag rows as the end of the article.
    if (MainContent.classWeight(e) > 0) return false;
    double links = s.linkDensity();
    String n = e.normalName();
    if (n.equals("ul") || n.equals("ol")) return false;
    // Paragraphs of prose with a few links in them are the article's, as Readability's content score keeps them.
    boolean prose = s.paragraphs() >= PROSE_PARAGRAPHS && s.prose() >= PROSE_WEIGHT;
    if (links > LINKS && !prose) return true;
    if (figureAround(e)) return false;
    int img = e.getElementsByTag("img").size();
    return img > 1 && s.paragraphs() < 0.5 * img;
  }

  private static boolean figureAround(Element e) {
    for (Element a = e; a != null; a = a.parent()) if (a.normalName().equals("figure")) return true;
    return false;
  }
}
