package amity.decode;

import amity.text.Scripts;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What the page reader measures of every element, taken in one pass over the tree so that no
 * decision walks an element's text again: how much text it holds, how much of that sits in links,
 * how many links and link words, and how many commas. Asking an element's text once per ancestor
 * per question made reading a page quadratic in its depth and size.
 *
 * <p>Text is weighed as {@link #weight(String)} does: characters that are not white space, a Han
 * character counting as much as two and a half Latin letters, because it carries about as much.
 */
final class BlockStats {
  /**
   * The measures of one element, everything inside it included.
   *
   * @param headings h2 to h6 elements inside
   * @param paragraphs p elements inside
   */
  record Stats(double weight, double linkWeight, int links, int linkWords, int commas, int headings, int paragraphs) {
    static final Stats EMPTY = new Stats(0, 0, 0, 0, 0, 0, 0);

    /** {@return the text outside links} */
    double prose() {
      return weight - linkWeight;
    }

    /** {@return the share of the text that is link text, from 0 to 1} */
    double linkDensity() {
      return weight == 0 ? 0 : Math.min(1, linkWeight / weight);
    }

    /** {@return the mean number of words of a link, or 0 without links} */
    double wordsPerLink() {
      return links == 0 ? 0 : (double) linkWords / links;
    }
  }

  private final Map<Element, Stats> stats = new IdentityHashMap<>();

  private BlockStats() {}

  /** Measures every element under {@code root} (after scripts, styles and forms are removed). */
  static BlockStats measure(Element root) {
    BlockStats b = new BlockStats();
    // Each element's own text nodes, added up on the way out; children's totals join the parent's.
    Map<Element, double[]> open = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          int inLink;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof Element e) {
              open.put(e, new double[7]);
              if (e.normalName().equals("a")) inLink++;
              return;
            }
            if (!(node instanceof TextNode t) || !(t.parentNode() instanceof Element parent)) return;
            double[] acc = open.get(parent);
            if (acc == null) return;
            String s = t.getWholeText();
            double w = weight(s);
            acc[0] += w;
            acc[4] += commas(s);
            if (inLink > 0) {
              acc[1] += w;
              acc[3] += words(s);
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) return;
            double[] acc = open.remove(e);
            if (acc == null) return;
            String n = e.normalName();
            if (n.equals("a")) {
              inLink--;
              acc[2] += 1;
            } else if (n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '2' && n.charAt(1) <= '6') {
              acc[5] += 1;
            } else if (n.equals("p")) {
              acc[6] += 1;
            }
            b.stats.put(e, new Stats(acc[0], acc[1], (int) acc[2], (int) acc[3], (int) acc[4], (int) acc[5], (int) acc[6]));
            Element parent = e.parent();
            double[] up = parent == null ? null : open.get(parent);
            if (up != null) for (int i = 0; i < acc.length; i++) up[i] += acc[i];
          }
        },
        root);
    return b;
  }

  /** {@return the measures of {@code e}; an element not measured (added later) counts as empty} */
  Stats of(Element e) {
    return stats.getOrDefault(e, Stats.EMPTY);
  }

  double weight(Element e) {
    return of(e).weight();
  }

  double linkDensity(Element e) {
    return of(e).linkDensity();
  }

  /** {@return a length in which a Han character counts as much as two and a half Latin letters} */
  static double weight(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) continue;
      w += Scripts.isHan(c) ? 2.5 : 1;
    }
    return w;
  }

  /** {@return the number of words, counting two Han characters as one} */
  static int words(String s) {
    int han = 0;
    int words = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Scripts.isHan(c)) han++;
      boolean space = Character.isWhitespace(c);
      if (!space && !in) words++;
      in = !space;
    }
    return han > 0 ? Math.max(1, han / 2) : words;
  }

  static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '；') n++;
    }
    return n;
  }
}
