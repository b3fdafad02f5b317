package amity.decode;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an HTML page as visible text, one block element a line, so that the line-based cleaner
 * reads it as it reads a plain-text page. Scripts, styles, forms and templates are dropped; page
 * furniture is kept, because telling it apart is the cleaner's job.
 */
final class HtmlText {
  private HtmlText() {}

  static String render(String html) {
    Document doc = Jsoup.parse(html);
    doc.select("script, style, noscript, template, svg, iframe, form, button, select").remove();
    StringBuilder out = new StringBuilder();
    Element title = doc.selectFirst("head > title");
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String s = t.getWholeText().replaceAll("\\s+", " ");
              if (!s.isBlank()) {
                if (out.length() > 0 && out.charAt(out.length() - 1) == '\n') s = s.stripLeading();
                out.append(s);
              }
            } else if (node instanceof Element e) {
              if (e.isBlock() || e.normalName().equals("br")) newline(out);
              if (e.normalName().equals("img") && !e.attr("alt").isBlank()) {
                newline(out);
                out.append(e.attr("alt").trim());
                newline(out);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) newline(out);
          }
        },
        doc.body());
    String text = out.toString().replaceAll("[ \t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    // The <title> often repeats the headline with a site name; keep it only when the body is bare.
    if (text.isEmpty() && title != null) return title.text();
    return text;
  }

  private static void newline(StringBuilder out) {
    int n = out.length();
    if (n == 0) return;
    if (out.charAt(n - 1) != '\n') out.append('\n');
  }
}
