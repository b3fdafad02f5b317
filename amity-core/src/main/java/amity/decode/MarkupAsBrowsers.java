package amity.decode;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Where jsoup reads a page differently from a browser, the page as a browser shows it.
 *
 * <p>A {@code <![CDATA[} in an HTML page's body (a template left over by a CMS) is a bogus
 * comment to a browser, which goes on reading the markup after it; jsoup keeps everything up to
 * {@code ]]>}, or to the end of the file, as one text, so a whole forum thread became a string of
 * tags. Only SVG and MathML know CDATA sections.
 */
final class MarkupAsBrowsers {
  private MarkupAsBrowsers() {}

  /** Re-reads the markup of CDATA sections outside SVG and MathML in place; {@code doc} is changed. */
  static void readCdataAsMarkup(Document doc) {
    List<CDataNode> sections = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof CDataNode c && !inForeignContent(c)) sections.add(c);
    }, doc);
    for (CDataNode c : sections) {
      if (!(c.parent() instanceof Element parent)) continue;
      List<Node> nodes = Parser.parseFragment(c.getWholeText(), parent, doc.location());
      parent.insertChildren(c.siblingIndex(), nodes);
      c.remove();
    }
  }

  private static boolean inForeignContent(Node n) {
    for (Node p = n.parent(); p instanceof Element e; p = p.parent()) {
      if (e.normalName().equals("svg") || e.normalName().equals("math")) return true;
    }
    return false;
  }
}
