package amity.decode;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells page furniture (menus, footers, share bars, sidebars, cookie banners) and the lists that
 * sit beside an article (related stories) from the text, by tag, role, class and id words, and
 * by shape (a row of short links). Words are matched inside class names, because sites compose
 * them ("post-footer", "share-bar"); so a name word alone never removes the bulk of a page's
 * prose: page builders wrap whole articles in "widget" or "sidebar-layout" containers.
 */
final class Boilerplate {
  /** Class or id words of page furniture; such elements are not read as the article. */
  static final NameWords FURNITURE =
      new NameWords(
          "comment|combx|contact|foot|masthead|pull-?quote|outbrain|promo|shoutbox|sidebar|sponsor|shopping|widget|menu|"
              + "\\bnav|navbar|share|sharing|social|banner|cookie|consent|gdpr|newsletter|subscri|advert|"
              + "ad-slot|ad_slot|adslot|\\bads?\\b|popup|pager|pagination|breadcrumb|login|signup|toolbar|topbar|"
              + "top-nav|site-header|copyright|\\btags?\\b|tag-list|keyword|most-?read|popular|trending|"
              + "print|\\brss\\b|\\bbottom\\b|scan|qrcode|erweima");
  /**
   * The furniture words that page builders and themes also use for layout ("elementor-widget",
   * "has-sidebar", "footer-spacing"): an element so named that reads as prose is text.
   */
  private static final Pattern LAYOUT_WORDS =
      Pattern.compile("widget|sidebar|foot|bottom|banner|masthead|toolbar|topbar|contact|shopping|scan|pull-?quote|combx|print");
  /** Class or id words of lists that sit beside an article: kept as lines, never the article. */
  static final NameWords BESIDE =
      new NameWords("related|more|other|tuijian|xgxw|lienquan|tinkhac|xem-?them|also|recommend|relacionad|hot");
  // "post-footer" is furniture, "content" is not; a name that is only a content word is kept.
  private static final Pattern CONTENT_ONLY = Pattern.compile("\\s*(article|content|main|post|detail)\\s*");
  /** Text outside links that a named element must hold, and its share of the page's, to be kept whatever its name. */
  private static final double BULK_WEIGHT = 400;
  private static final double BULK_SHARE = 0.5;
  /** Text outside links that a named element with few links must hold to be read as text. */
  private static final double PROSE_WEIGHT = 80;
  /** A menu is beside the page's text: a block of links holding half of it is the page, a list of links. */
  private static final double MENU_SHARE = 0.5;
  /**
   * Prose outside the comments past which the page is a story with its replies, not a thread:
   * the replies stay out, however long they run.
   */
  private static final double STORY_BESIDE_COMMENTS = 2000;
  private static final NameWords COMMENTS = new NameWords("comment|disqus|respond|reply");
  /** Class or id words of a cookie or consent panel. */
  private static final NameWords CONSENT = new NameWords("cookie|consent|gdpr");

  private final BlockStats stats;
  private final double pageProse;
  private final double pageWeight;
  /** On a forum thread or a page of replies, the comments are what the page is for. */
  private final boolean commentsAreContent;
  // Asked for every element and again for each of its descendants: answered once each.
  private final Map<Element, Boolean> furniture = new IdentityHashMap<>();
  private final Map<String, Boolean> furnitureNames = new HashMap<>();

  Boilerplate(BlockStats stats, Element body) {
    this.stats = stats;
    this.pageProse = stats.of(body).prose();
    this.pageWeight = stats.of(body).weight();
    double comments = commentProse(body);
    this.commentsAreContent =
        pageProse > 0 && comments >= BULK_SHARE * pageProse && pageProse - comments < STORY_BESIDE_COMMENTS;
  }

  /** The prose of the outermost elements named as comments: a forum's posts, a blog's replies. */
  private double commentProse(Element body) {
    // Walked with a stack of its own, not by recursion: pages nest elements thousands deep.
    double sum = 0;
    java.util.ArrayDeque<Element> todo = new java.util.ArrayDeque<>();
    todo.push(body);
    while (!todo.isEmpty()) {
      Element e = todo.pop();
      String names = names(e);
      if (!names.isBlank() && COMMENTS.find(names)) {
        sum += stats.of(e).prose();
        continue;
      }
      List<Element> children = e.children();
      for (int i = children.size() - 1; i >= 0; i--) todo.push(children.get(i));
    }
    return sum;
  }

  /** Furniture by tag or role, or by name unless it holds the bulk of the page's prose. */
  boolean isFurniture(Element e) {
    Boolean known = furniture.get(e);
    if (known == null) {
      known = furnitureNow(e);
      furniture.put(e, known);
    }
    return known;
  }

  private boolean furnitureNow(Element e) {
    String n = e.normalName();
    if (n.equals("nav") || n.equals("footer") || n.equals("aside") && !isBeside(e)) return true;
    if ("navigation".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"))) return true;
    String names = names(e);
    if (names.isBlank() || !furnitureNamed(names)) return false;
    // A card of a grid is named for what it offers ("subscription-eligible", "card-bottom"): the
    // grid is furniture or not as a whole.
    if (stats.of(e).links() > 0 && !COMMENTS.find(names) && isCardOfGrid(e)) return false;
    if (commentsAreContent && furnitureWordsAreOnly(names, w -> isWhole(LAYOUT_WORDS, w) || COMMENTS.matcher(w).matches())) return false;
    return !holdsBulk(e);
  }

  /** Furniture by tag or role alone: nav, footer, aside, navigation and content-info roles. */
  static boolean isFurnitureByTag(Element e) {
    String n = e.normalName();
    if (n.equals("nav") || n.equals("footer") || n.equals("aside")) return true;
    return "navigation".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"));
  }

  boolean isBeside(Element e) {
    String names = names(e);
    return !names.isBlank() && BESIDE.find(names) && !holdsBulk(e);
  }

  /**
   * Several links of a word or two each, and little else, beside the page's text: a menu or a
   * share bar. Links a comma apart are a list said in a line (a paper's authors), not a menu.
   */
  boolean isMenuLike(Element e) {
    if (!e.isBlock()) return false;
    BlockStats.Stats s = stats.of(e);
    return s.links() >= 3 && s.wordsPerLink() < 3 && s.linkDensity() > 0.6 && s.weight() < MENU_SHARE * pageWeight
        && s.commas() < s.links() - 1 && !inCardOfGrid(e) && !isIndex(e) && !insideIndexOfGroups(e);
  }

  /** Whether {@code e} or an element up to two levels around it is a card of a grid: a card's row of links (its tags, its author) is the card's. */
  private boolean inCardOfGrid(Element e) {
    Element a = e;
    for (int up = 0; up < 3 && a != null && !a.normalName().equals("body"); up++, a = a.parent()) if (isCardOfGrid(a)) return true;
    return false;
  }

  /** Text outside links a card must hold (a price, a format, a line of text): a menu's item holds none. */
  private static final double CARD_PROSE = 4;
  /** Cards alike a grid holds besides the one asked about, at least. */
  private static final int GRID_CARDS = 3;

  /**
   * Whether {@code e} is one card of a grid: it and {@value #GRID_CARDS} or more siblings of its
   * tag and classes each hold text outside their links (a shop's product cards, each its name
   * linked two or three times, its price and format not). An item of a menu holds only its link.
   */
  private boolean isCardOfGrid(Element e) {
    if (stats.of(e).prose() < CARD_PROSE) return false;
    // The card may be wrapped: a grid's item holding no text but its.
    Element item = e;
    for (int up = 0; up < 2 && item.parent() != null && stats.weight(item.parent()) == stats.weight(item); up++) item = item.parent();
    Element parent = item.parent();
    if (parent == null) return false;
    String tag = item.normalName();
    String cls = item.className();
    int alike = 0;
    for (Element sib : parent.children()) {
      if (sib == item || !sib.normalName().equals(tag) || !sib.className().equals(cls)) continue;
      if (stats.of(sib).prose() >= CARD_PROSE && ++alike >= GRID_CARDS) return true;
    }
    return false;
  }

  private final Map<Element, Boolean> indexOfGroups = new IdentityHashMap<>();

  /** Whether an element around {@code e}, below the body, is an index cut into headed groups: {@code e} is one of them. */
  private boolean insideIndexOfGroups(Element e) {
    for (Element a = e.parent(); a != null && !a.normalName().equals("body"); a = a.parent()) {
      Element at = a;
      if (indexOfGroups.computeIfAbsent(a, k -> isIndexOfGroups(at, stats.of(at).links()))) return true;
    }
    return false;
  }

  /** Items a list of links must have to be an index of the page's own (A-Z, a category's members), not a menu. */
  private static final int INDEX_ITEMS = 10;

  /**
   * Whether {@code e} is or holds a long list of links, most of its links in it: an index (the
   * members of a category, languages from A to Z), which a menu of a site seldom is outside a
   * nav or an element named as one.
   */
  private boolean isIndex(Element e) {
    int links = stats.of(e).links();
    for (Element list : e.getElementsByTag("ul")) if (isLongList(list, links)) return true;
    for (Element list : e.getElementsByTag("ol")) if (isLongList(list, links)) return true;
    return isIndexOfGroups(e, links);
  }

  /**
   * Whether {@code e} holds an index cut into groups, each under a heading of its own (a
   * category's members from A to Z, a site map): {@value #GROUPS} or more headed lists, with
   * {@value #INDEX_ITEMS} items or more together holding most of its links, none in furniture.
   */
  private boolean isIndexOfGroups(Element e, int links) {
    int groups = 0;
    int items = 0;
    int listLinks = 0;
    for (Element list : e.select("ul, ol")) {
      Element prev = list.previousElementSibling();
      if (prev == null || !prev.normalName().matches("h[2-6]") || list.parent() != null && list.parent().closest("ul, ol") != null) continue;
      groups++;
      items += list.childrenSize();
      listLinks += stats.of(list).links();
    }
    if (groups < GROUPS || items < INDEX_ITEMS || listLinks * 2 < links) return false;
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) if (isFurniture(a)) return false;
    return true;
  }

  /** Headed lists an index cut into groups holds, at least. */
  private static final int GROUPS = 3;

  private boolean isLongList(Element list, int links) {
    if (list.childrenSize() < INDEX_ITEMS || stats.of(list).links() * 2 < links) return false;
    for (Element a = list; a != null && !a.normalName().equals("body"); a = a.parent()) if (isFurniture(a)) return false;
    return true;
  }

  /** Whether class and id words name furniture; pages repeat their class names, so each is matched once. */
  private boolean furnitureNamed(String names) {
    return furnitureNames.computeIfAbsent(names, k -> FURNITURE.find(k) && !CONTENT_ONLY.matcher(k).matches());
  }

  /** Whether {@code e} or an element around it is named as a cookie or consent panel. */
  static boolean insideConsentPanel(Element e) {
    for (Element a = e; a != null && !a.normalName().equals("body"); a = a.parent()) {
      String names = names(a);
      if (!names.isBlank() && CONSENT.find(names)) return true;
    }
    return false;
  }

  /** Whether {@code e} or an element around it below {@code body} is furniture or menu-like. */
  boolean insideFurniture(Element e, Element body) {
    for (Element a = e; a != null && a != body; a = a.parent()) {
      if (isFurniture(a) || isMenuLike(a)) return true;
    }
    return false;
  }

  /**
   * Whether a named element reads as text, not as furniture: the bulk of the page's prose, or,
   * when its furniture words are only layout words, prose with few links. Comment sections,
   * whose prose is not the page's, are never let through this way.
   */
  private boolean holdsBulk(Element e) {
    // A cookie or consent panel can hold more words than the page (each purpose, each partner):
    // it is never the page's text.
    if (CONSENT.find(names(e))) return false;
    BlockStats.Stats s = stats.of(e);
    double prose = s.prose();
    if (prose >= BULK_WEIGHT && prose >= BULK_SHARE * pageProse) return true;
    if (prose < PROSE_WEIGHT || s.linkDensity() > 0.2) return false;
    String names = names(e);
    return !COMMENTS.find(names) && furnitureWordsAreOnly(names, w -> isWhole(LAYOUT_WORDS, w));
  }

  /** Whether every furniture word in {@code names} is {@code allowed}. */
  private static boolean furnitureWordsAreOnly(String names, Predicate<String> allowed) {
    var m = FURNITURE.matcher(names);
    while (m.find()) {
      if (!allowed.test(m.group())) return false;
    }
    return true;
  }

  private static boolean isWhole(Pattern p, String word) {
    return p.matcher(word).matches();
  }

  /**
   * {@return an element's class and id words in lower case, as the name patterns read them}
   * The patterns are written in lower case: matching case-blind costs several times more.
   */
  static String names(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    return (names.contains("hentry") || names.contains("type-post")) && !onSinglePost(e) ? withoutTermClasses(names) : names;
  }

  /** A term's class on a blog's post: "tag-elephants", "category-social-media". */
  private static final Pattern TERM_CLASS = Pattern.compile("(?<=^|\\s)(?:tag|category)-\\S*");
  /** The class a blog gives the body of a page that shows one post ("single", "single-post", "wp-singular"). */
  private static final Pattern SINGLE_POST = Pattern.compile("(?<=^|\\s|-)single(?:-post|ular)?(?=\\s|$)");

  /** Whether {@code e} is on a page its body's classes call one post's, where other posts are beside it. */
  private static boolean onSinglePost(Element e) {
    Element body = null;
    for (Element a = e; a != null; a = a.parent()) if (a.normalName().equals("body")) body = a;
    return body != null && SINGLE_POST.matcher(body.className()).find();
  }

  /**
   * {@code names} without the classes a blog gives a post for its tags and categories: a post
   * tagged "share" or filed under "social media" on a list of posts is a teaser, not a share bar
   * or a social menu. On a page of one post the other posts shown (related, latest) keep them:
   * they are beside its text.
   */
  static String withoutTermClasses(String names) {
    return TERM_CLASS.matcher(names).replaceAll("");
  }
}
