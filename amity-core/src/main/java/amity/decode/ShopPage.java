package amity.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A shop's page for one product, as its structured data says ({@code og:type} "product", a
 * JSON-LD or microdata {@code Product}): its text is the product's name, price, description and
 * specifications; its customers' reviews and ratings are not, however long they run. Stateless.
 */
final class ShopPage {
  private static final Pattern JSON_LD_PRODUCT =
      Pattern.compile("\"@type\"\\s*:\\s*\\[?\\s*\"(?:Product|ProductGroup)\"");
  /** Class and id words of a reviews or ratings block; not "preview", "reviewed by", "reviewer". */
  private static final Pattern REVIEW_NAMES =
      Pattern.compile("(?<!p)review(?!e[dr])|(?<![a-z])ratings?(?![a-z])|star-?rating");
  /**
   * Text a reviews block holds, at least: the rating beside the product's name ("4.8 (120
   * reviews)", "Very positive") and a card's stars are a line of the product's; the reviews are
   * longer.
   */
  private static final double REVIEWS_TEXT = 300;
  /** Text the page must keep besides its reviews for them to be left out. */
  private static final double KEEPS_TEXT = 500;

  private ShopPage() {}

  /** {@return whether {@code doc}, read with its scripts, says it is a product's page} */
  static boolean isProduct(Document doc) {
    Element og = doc.selectFirst("meta[property=og:type]");
    if (og != null) {
      // An article's structured data can list the products it reviews: its own type decides.
      String type = og.attr("content").strip().toLowerCase(Locale.ROOT);
      if (type.startsWith("product")) return true;
      if (type.startsWith("article")) return false;
    }
    if (doc.selectFirst("[itemtype~=(?i)schema\\.org/Product$]") != null) return true;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      if (JSON_LD_PRODUCT.matcher(script.data()).find()) return true;
    }
    return false;
  }

  /**
   * Removes from {@code body} the outermost blocks of {@value #REVIEWS_TEXT} characters or more
   * that its class or id words name as reviews or ratings and that hold alike items, unless one
   * holds the page's headline (h1) or the page would keep less than {@value #KEEPS_TEXT}
   * characters of text without them.
   *
   * @return whether any was removed
   */
  static boolean dropReviews(Element body) {
    List<Element> reviews = new ArrayList<>();
    double reviewText = 0;
    for (Element e : body.getAllElements()) {
      if (e == body || !e.isBlock() || !isNamedReview(e)) continue;
      if (!reviews.isEmpty() && isInside(e, reviews.get(reviews.size() - 1))) continue;
      double text = BlockStats.weight(e.text());
      if (text < REVIEWS_TEXT || e.selectFirst("h1") != null || !holdsAlikeItems(e)) continue;
      reviews.add(e);
      reviewText += text;
    }
    if (reviews.isEmpty() || BlockStats.weight(body.text()) - reviewText < KEEPS_TEXT) return false;
    for (Element e : reviews) e.remove();
    return true;
  }

  /** Text each of a block's alike items holds, at least, to be a review. */
  private static final double ITEM_TEXT = 40;

  /**
   * Whether {@code block} holds two or more alike items (one tag and class, not paragraphs) with
   * text: the reviews of several customers, not the one text of an article that reviews.
   */
  static boolean holdsAlikeItems(Element block) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (Element e : block.getAllElements()) {
      if (e == block || e.normalName().equals("p") || e.className().isBlank()) continue;
      if (BlockStats.weight(e.text()) < ITEM_TEXT) continue;
      if (seen.merge(e.normalName() + "." + e.className(), 1, Integer::sum) >= 2) return true;
    }
    return false;
  }

  private static boolean isNamedReview(Element e) {
    String names = Boilerplate.names(e);
    return (names.contains("review") || names.contains("rating")) && REVIEW_NAMES.matcher(names).find();
  }

  private static boolean isInside(Element e, Element container) {
    for (Element a = e; a != null; a = a.parent()) if (a == container) return true;
    return false;
  }
}
