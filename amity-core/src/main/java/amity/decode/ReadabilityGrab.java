package amity.decode;

import java.util.List;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import net.dankito.readability4j.processor.Preprocessor;
import net.dankito.readability4j.util.RegExUtil;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;

/**
 * Readability's article grabber (readability4j) as {@link SecondReading} uses it, on copies of
 * amity's article rather than on a page. Readability4j's own grabber serialises the whole page
 * before each pass (to parse it again for another pass with a rule less when one finds under 500
 * characters) and three times more to log the article at debug level, logging off or not, and
 * describes every node it removes for the log; here a further pass copies the article again,
 * nothing is serialised or described, and what is measured more than once is measured more
 * cheaply: link density and commas from jsoup's text without normalising it again, the class
 * and id patterns' answers kept ({@link KnownAnswers}). The passes, scores and removals are
 * Readability's. One instance a page.
 */
final class ReadabilityGrab extends ArticleGrabber {
  /** Readability's default patterns, whose answers on class names and ids are kept (one page's classes repeat). */
  private static final RegExUtil PATTERNS = new KnownAnswers();

  private static final Preprocessor PREPARE = new Preprocessor(PATTERNS);

  ReadabilityGrab() {
    super(new ReadabilityOptions(), PATTERNS);
  }

  /**
   * {@return the article's container as Readability finds it among copies of {@code parts} (left
   * as they are), or {@code null}} As Readability, when a pass finds under {@link
   * ReadabilityOptions#DEFAULT_WORD_THRESHOLD} characters it passes again over fresh copies with
   * one rule less (unlikely candidates kept, then class names not weighed, then nothing cleaned
   * conditionally), and takes the longest text when none finds more (readability4j takes the
   * shortest there, against Readability.js).
   */
  @Nullable Element grab(List<Element> parts) {
    ArticleGrabberOptions options = new ArticleGrabberOptions();
    Element longest = null;
    int most = -1;
    while (true) {
      Document doc = Document.createShell(SecondReading.BASE);
      for (Element p : parts) doc.body().appendChild(p.clone());
      doc.select(SecondReading.CUT_FIRST).remove();
      PREPARE.prepareDocument(doc);
      Element content = pass(doc, options);
      int length = getInnerText(content, PATTERNS, true).length();
      if (length >= getWordThreshold()) return content;
      if (length > most) {
        most = length;
        longest = content;
      }
      if (options.getStripUnlikelyCandidates()) options.setStripUnlikelyCandidates(false);
      else if (options.getWeightClasses()) options.setWeightClasses(false);
      else if (options.getCleanConditionally()) options.setCleanConditionally(false);
      else return most > 0 ? longest : null;
    }
  }

  /** One pass of Readability's steps over {@code doc}: prepare, score, the top candidate and its siblings, clean. */
  private Element pass(Document doc, ArticleGrabberOptions options) {
    Element page = doc.body();
    List<Element> toScore = prepareNodes(doc, options);
    List<Element> candidates = scoreElements(toScore, options);
    Element top = getTopCandidate(page, candidates, options).getFirst();
    Element content = createArticleContent(doc, top, false);
    prepArticle(content, options, new ArticleMetadata());
    return content;
  }

  /** Not used: {@link #grab} runs the passes, on copies. */
  @Override
  public @Nullable Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options, @Nullable Element pageElement) {
    throw new UnsupportedOperationException("ReadabilityGrab.grab");
  }

  /** As Readability's: no text and no children but line breaks; asked first whether it holds any text at all. */
  @Override
  protected boolean isElementWithoutContent(Element node) {
    if (node.hasText()) return false;
    int children = node.childrenSize();
    return children == 0 || children == node.getElementsByTag("br").size() + node.getElementsByTag("hr").size();
  }

  /**
   * As Readability's, the share of the text in links, by the lengths of the element's text and its
   * links' texts as jsoup gives them (white space already collapsed), without normalising again.
   */
  @Override
  protected double getLinkDensity(Element element) {
    int length = element.text().length();
    if (length == 0) return 0;
    int links = 0;
    for (Element a : element.getElementsByTag("a")) links += a.text().length();
    return (double) links / length;
  }

  /** As Readability's: how many times {@code c} occurs in the element's text. */
  @Override
  protected int getCharCount(Element node, char c) {
    String text = node.text();
    int n = 0;
    for (int i = 0; i < text.length(); i++) if (text.charAt(i) == c) n++;
    return n;
  }

  /**
   * Readability's default patterns, answering again from memory for a class name or id asked
   * before: a page names a few hundred classes, each on many elements, and pages of a site name
   * the same. Spaces are normalised only where two white-space characters meet: the texts asked
   * come from jsoup, which collapsed them already. Thread-safe.
   */
  static final class KnownAnswers extends RegExUtil {
    /** Answers kept before the memory starts over: a batch of pages from many sites names many classes. */
    private static final int MOST = 20_000;
    private final java.util.Map<String, Integer> known = new java.util.concurrent.ConcurrentHashMap<>();

    KnownAnswers() {
      super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern, NegativeDefaultPattern,
          ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern, VideosDefaultPattern,
          NextLinkDefaultPattern, PrevLinkDefaultPattern, WhitespaceDefaultPattern, HasContentDefaultPattern);
    }

    /** Bits of the answers for {@code s}: 1 unlikely, 2 ok maybe, 4 positive, 8 negative, 16 byline. */
    private int answers(String s) {
      Integer a = known.get(s);
      if (a != null) return a;
      int v = (super.isUnlikelyCandidate(s) ? 1 : 0) | (super.okMaybeItsACandidate(s) ? 2 : 0) | (super.isPositive(s) ? 4 : 0)
          | (super.isNegative(s) ? 8 : 0) | (super.isByline(s) ? 16 : 0);
      if (known.size() >= MOST) known.clear();
      known.put(s, v);
      return v;
    }

    @Override
    public boolean isUnlikelyCandidate(String s) {
      return (answers(s) & 1) != 0;
    }

    @Override
    public boolean okMaybeItsACandidate(String s) {
      return (answers(s) & 2) != 0;
    }

    @Override
    public boolean isPositive(String s) {
      return (answers(s) & 4) != 0;
    }

    @Override
    public boolean isNegative(String s) {
      return (answers(s) & 8) != 0;
    }

    @Override
    public boolean isByline(String s) {
      return (answers(s) & 16) != 0;
    }

    @Override
    public String normalize(String s) {
      for (int i = 1; i < s.length(); i++) {
        if (Character.isWhitespace(s.charAt(i)) && Character.isWhitespace(s.charAt(i - 1))) return super.normalize(s);
      }
      return s;
    }
  }

  /** Nothing described for a log that is not written. */
  @Override
  protected void logNodeInfo(Node node, String reason) {}
}
