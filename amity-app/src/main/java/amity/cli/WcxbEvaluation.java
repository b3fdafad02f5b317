package amity.cli;

import amity.clean.BodyScore;
import amity.clean.PageCleaner;
import amity.decode.TextDecoder;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.model.Page;
import amity.model.RawDocument;
import amity.model.Story;
import amity.model.StoryKind;
import amity.source.FileSources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Scores the page reader on a folder laid out as the Web Content Extraction Benchmark (WCXB) is:
 * {@code ground-truth/ID.json} (main content, title, publication date, page type, with/without
 * snippets) beside {@code html/ID.html.gz}. Each page goes through decode and clean as {@code amity
 * ingest} reads it; its prediction is the text of every story it yields (headline, then body).
 *
 * <p>Word F1 is computed as the benchmark's {@code evaluate.py} does, so that the figures are the
 * same: the text lower-cased, then split into runs of Python's {@code \w} (letters, numbers, the
 * underscore), precision and recall over the multiset of tokens, mean over pages.
 */
final class WcxbEvaluation {
  /** The ground truth of one page. */
  record Truth(
      String id,
      String type,
      String mainContent,
      List<String> with,
      List<String> without,
      @Nullable String title,
      @Nullable String published) {}

  /** The score of one page. */
  record PageResult(
      Truth truth,
      String predicted,
      int stories,
      @Nullable String title,
      @Nullable String published,
      double precision,
      double recall,
      double f1,
      double withRate,
      double withoutRate,
      @Nullable String error) {
    boolean titleRight() {
      return truth.title() != null && title != null && sameTitle(title, truth.title());
    }

    boolean dateRight() {
      return truth.published() != null && published != null && published.startsWith(truth.published());
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final boolean secondReading;

  /** An evaluation of amity's reader alone. */
  WcxbEvaluation() {
    this(false);
  }

  /** An evaluation of amity's reader, with Readability's second reading when {@code secondReading} ({@link TextDecoder#TextDecoder(boolean)}). */
  WcxbEvaluation(boolean secondReading) {
    this.secondReading = secondReading;
  }

  /** {@return whether {@code dir} holds a WCXB-style split} */
  static boolean isWcxb(Path dir) {
    return Files.isDirectory(dir.resolve("ground-truth")) && Files.isDirectory(dir.resolve("html"));
  }

  /** Scores every page that has ground truth, on all cores; a page that fails scores 0 and says why. */
  List<PageResult> run(Path dir) throws IOException {
    return run(dir, 1);
  }

  /** As {@link #run(Path)}, on every {@code every}th page in id order (the first, then every nth). */
  List<PageResult> run(Path dir, int every) throws IOException {
    return run(dir, every, null);
  }

  /**
   * As {@link #run(Path, int)}, on one half of the pages only when {@code half} is {@code "even"}
   * or {@code "odd"}: those whose numeric id is even (the half to tune on) or odd (the half to
   * check on); {@code null} for all.
   */
  List<PageResult> run(Path dir, int every, @Nullable String half) throws IOException {
    if (half != null && !half.equals("even") && !half.equals("odd")) {
      throw new IllegalArgumentException("half must be even or odd, not " + half);
    }
    List<Path> all;
    try (Stream<Path> s = Files.list(dir.resolve("ground-truth"))) {
      all = s.filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> half == null || inHalf(p.getFileName().toString().replaceFirst("\\.json$", ""), half))
          .sorted().toList();
    }
    List<Path> truths = new ArrayList<>();
    for (int i = 0; i < all.size(); i += every) truths.add(all.get(i));
    // One reader per thread: the cleaner and decoder are stateless but not promised thread-safe.
    ThreadLocal<PageCleaner> cleaner = ThreadLocal.withInitial(PageCleaner::new);
    ThreadLocal<TextDecoder> decoder = ThreadLocal.withInitial(() -> secondReading ? TextDecoder.withSecondReader() : new TextDecoder());
    return truths.parallelStream()
        .map(t -> score(truth(t), dir.resolve("html"), cleaner.get(), decoder.get()))
        .toList();
  }

  /** {@return whether the page {@code id} is in the {@code "even"} or {@code "odd"} half} (ids without a number are in neither) */
  static boolean inHalf(String id, String half) {
    String digits = id.replaceAll("\\D", "");
    if (digits.isEmpty()) return false;
    boolean even = (digits.charAt(digits.length() - 1) - '0') % 2 == 0;
    return half.equals("even") == even;
  }

  private static PageResult score(Truth truth, Path html, PageCleaner cleaner, TextDecoder decoder) {
    Path file = html.resolve(truth.id() + ".html.gz");
    if (!Files.exists(file)) file = html.resolve(truth.id() + ".html");
    try {
      Page page = read(file, cleaner, decoder);
      String predicted = prediction(page);
      double[] prf = wordF1(predicted, truth.mainContent());
      // The page's title as its head gives it (the store's metadata), else the first story's headline.
      String title = blankToNull(page.document().meta().title());
      if (title == null && !page.stories().isEmpty()) title = blankToNull(page.stories().get(0).title());
      String date = page.published().date() == null ? null : page.published().date().iso();
      return new PageResult(truth, predicted, page.stories().size(), title, date, prf[0], prf[1], prf[2],
          snippets(predicted, truth.with()), snippets(predicted, truth.without()), null);
    } catch (IOException | RuntimeException e) {
      double[] prf = wordF1("", truth.mainContent());
      return new PageResult(truth, "", 0, null, null, prf[0], prf[1], prf[2], snippets("", truth.with()),
          snippets("", truth.without()), file.getFileName() + ": " + e.getMessage());
    }
  }

  /**
   * The page's main content as a reader of its stories gets it: each story's headline, then its
   * body, of the stories that are the page's content ({@link #contentStories}).
   */
  static String prediction(Page page) {
    StringBuilder b = new StringBuilder();
    for (Story s : contentStories(page)) {
      if (!b.isEmpty()) b.append("\n\n");
      if (!s.title().isBlank()) b.append(s.title()).append("\n\n");
      b.append(s.text());
    }
    return b.toString();
  }

  /** Words a main story must hold to be a page's content without the teasers read beside it. */
  static final int MAIN_ALONE_WORDS = 100;

  /**
   * {@return the stories that are {@code page}'s main content} The cleaner reads the posts a page
   * lists after its article (its related tail) as teaser stories, for the news they may carry; the
   * page's content is then its main story alone, when that holds {@value #MAIN_ALONE_WORDS} words
   * or more and at least as many as the teasers. A short main story over more teaser text (a list
   * page's intro, a related heading read too early) leaves every story in.
   */
  static List<Story> contentStories(Page page) {
    int main = 0;
    int teasers = 0;
    for (Story s : page.stories()) {
      int words = tokens(s.title()).size() + tokens(s.text()).size();
      if (s.kind() == StoryKind.MAIN) main += words;
      else teasers += words;
    }
    if (main < MAIN_ALONE_WORDS || main < teasers) return page.stories();
    return page.stories().stream().filter(s -> s.kind() == StoryKind.MAIN).toList();
  }

  private static Page read(Path file, PageCleaner cleaner, TextDecoder decoder) throws IOException {
    try (InputStream in = FileSources.open(file, InputStream.nullInputStream(), ReadLimits.DEFAULT);
        DocumentReader r = Readers.open(file.getFileName().toString(), in, ReadLimits.DEFAULT, p -> {})) {
      Optional<RawDocument> raw = r.next();
      if (raw.isEmpty()) throw new IOException("no document in it");
      return cleaner.clean(decoder.decode(raw.get()));
    }
  }

  static Truth truth(Path json) {
    try {
      JsonNode root = MAPPER.readTree(json.toFile());
      JsonNode gt = root.path("ground_truth");
      String id = json.getFileName().toString().replaceFirst("\\.json$", "");
      return new Truth(id, pageType(root), text(gt, "main_content"), strings(gt.path("with")),
          strings(gt.path("without")), blankToNull(text(gt, "title")), blankToNull(text(gt, "publish_date")));
    } catch (IOException e) {
      throw new UncheckedIOException(json + ": " + e.getMessage(), e);
    }
  }

  /** The page type as {@code evaluate.py} reads it ("category" counts as "collection"). */
  private static String pageType(JsonNode root) {
    JsonNode pt = root.path("_internal").path("page_type");
    String type = pt.isObject() ? pt.path("primary").asText("article") : pt.isTextual() ? pt.asText() : "article";
    return type.equals("category") ? "collection" : type;
  }

  private static String text(JsonNode o, String field) {
    JsonNode n = o.path(field);
    return n.isTextual() ? n.asText() : "";
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  /** {@code [precision, recall, f1]} over word tokens, with {@code evaluate.py}'s empty cases. */
  static double[] wordF1(String predicted, String reference) {
    List<String> pred = tokens(predicted);
    List<String> ref = tokens(reference);
    if (ref.isEmpty()) return pred.isEmpty() ? new double[] {1, 1, 1} : new double[] {0, 0, 0};
    if (pred.isEmpty()) return new double[] {0, 0, 0};
    BodyScore.Counts c = BodyScore.overlap(pred, ref);
    return new double[] {c.precision(), c.recall(), c.f1()};
  }

  /** Python's {@code re.findall(r'\w+', text.lower())}: runs of letters, numbers and underscores. */
  static List<String> tokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      boolean word = isPythonWord(cp);
      if (word && start < 0) start = i;
      if (!word && start >= 0) {
        out.add(lower.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) out.add(lower.substring(start));
    return out;
  }

  /** Python's {@code str.isalnum() or '_'}: letters and every kind of number, but not marks. */
  private static boolean isPythonWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  private static double snippets(String text, List<String> snippets) {
    if (snippets.isEmpty()) return 1;
    String lower = text.toLowerCase(Locale.ROOT);
    long found = snippets.stream().filter(s -> lower.contains(s.toLowerCase(Locale.ROOT))).count();
    return (double) found / snippets.size();
  }

  /** Titles agree when they are the same words, case and punctuation aside. */
  static boolean sameTitle(String a, String b) {
    return tokens(a).equals(tokens(b));
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
