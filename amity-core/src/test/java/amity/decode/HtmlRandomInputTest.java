package amity.decode;

import static org.assertj.core.api.Assertions.assertThat;

import amity.clean.PageCleaner;
import amity.model.Document;
import amity.model.Page;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.stage.CleanerContract;
import amity.testkit.RealText;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random mutations of real pages (WCXB dev pages and the seeds) through the HTML reader ({@link
 * TextDecoder} on HTML) and the cleaner ({@link PageCleaner}), in the manner of Lucene's {@code
 * checkRandomData}: never an exception but the documented {@link DecodeException}, every span
 * inside the document. The work is bounded (a fixed number of pages and mutations, nesting 10,000
 * deep), not timed. The seed is random each run and printed on failure; {@code
 * -Damity.seed=N} repeats a run, {@code -Damity.rounds=N} makes it longer (default 60).
 *
 * <p>Everything runs on a worker thread with the JVM's default stack, as {@code corpus check} and
 * Spark run the pipeline, not on the main thread, whose stack is often larger.
 */
class HtmlRandomInputTest {
  private static final long SEED = Long.getLong("amity.seed", new Random().nextLong());
  private static final int ROUNDS = Integer.getInteger("amity.rounds", 60);
  private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
  private static final TextDecoder DECODER = new TextDecoder();
  private static final PageCleaner CLEANER = new PageCleaner();
  private static ExecutorService worker;

  @BeforeAll
  static void startWorker() {
    worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "html-random-input"));
  }

  @AfterAll
  static void stopWorker() {
    worker.shutdownNow();
  }

  /** Runs {@code body} on the worker thread and rethrows what it threw, errors included. */
  private static void onWorker(String what, ThrowingRunnable body) throws Exception {
    Future<?> f = worker.submit(() -> {
      body.run();
      return null;
    });
    try {
      f.get();
    } catch (ExecutionException e) {
      throw new AssertionError(what + " (reproduce with -Damity.seed=" + SEED + "): " + e.getCause(), e.getCause());
    }
  }

  @FunctionalInterface
  interface ThrowingRunnable {
    void run() throws Exception;
  }

  /** Decodes {@code bytes} as HTML and cleans the result; fails on anything but a DecodeException. */
  static void readAndClean(String name, byte[] bytes, String format) {
    Document d;
    try {
      d = DECODER.decode(new RawDocument(name, bytes, SourceMeta.of(format)));
    } catch (DecodeException e) {
      assertThat(e.file()).isEqualTo(name);
      assertThat(e.getMessage()).doesNotContain("\n");
      return;
    }
    assertThat(Normalizer.isNormalized(d.text(), Normalizer.Form.NFC)).as(name + " is NFC").isTrue();
    Page p = CLEANER.clean(d);
    CleanerContract.assertWellFormed(d, p);
  }

  @Test
  void mutatedRealPagesAreReadAndCleanedOrRefusedWithADecodeException() throws Exception {
    List<String> pages = new ArrayList<>();
    for (RawDocument raw : RealText.wcxbPages(30)) pages.add(new String(raw.bytes(), StandardCharsets.UTF_8));
    for (RawDocument raw : RealText.seeds()) {
      pages.add("<html><body><p>" + new String(raw.bytes(), StandardCharsets.UTF_8).replace("\n\n", "</p><p>") + "</p></body></html>");
    }
    Random random = new Random(SEED);
    for (int round = 0; round < ROUNDS; round++) {
      long pageSeed = random.nextLong();
      String page = pages.get(Math.floorMod(pageSeed, pages.size()));
      Random r = new Random(pageSeed);
      List<String> applied = new ArrayList<>();
      String mutated = page;
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) mutated = mutate(mutated, r, applied);
      byte[] bytes = mutated.getBytes(StandardCharsets.UTF_8);
      if (r.nextInt(4) == 0) {
        bytes = randomBytes(bytes, r);
        applied.add("random bytes");
      }
      String format = r.nextInt(5) == 0 ? SourceMeta.TEXT : SourceMeta.HTML;
      byte[] input = bytes;
      String what = "round " + round + " (page seed " + pageSeed + ", " + format + ", " + applied + ")";
      String name = "random-" + round + ".html";
      long start = System.nanoTime();
      onWorker(what, () -> readAndClean(name, input, format));
      // Not asserted (no timing in unit tests), but said: a slow round is worth a look.
      long ms = (System.nanoTime() - start) / 1_000_000;
      if (ms > 1000) System.err.println("HtmlRandomInputTest: " + what + " took " + ms + " ms (-Damity.seed=" + SEED + ")");
    }
  }

  /** Applies one random mutation to {@code page}, naming it in {@code applied}. */
  static String mutate(String page, Random r, List<String> applied) {
    int at = page.isEmpty() ? 0 : r.nextInt(page.length() + 1);
    // Never cut a surrogate pair in two here; lone surrogates are a mutation of their own.
    if (at > 0 && at < page.length() && Character.isLowSurrogate(page.charAt(at))) at--;
    switch (r.nextInt(13)) {
      case 0 -> {
        applied.add("truncate at " + at);
        return page.substring(0, at);
      }
      case 1 -> {
        applied.add("drop tags");
        return dropTags(page, r);
      }
      case 2 -> {
        List<int[]> tags = tags(page);
        if (tags.isEmpty()) return page;
        int[] t = tags.get(r.nextInt(tags.size()));
        String tag = page.substring(t[0], t[1]);
        applied.add("duplicate " + abbreviate(tag));
        return page.substring(0, t[1]) + tag.repeat(1 + r.nextInt(50)) + page.substring(t[1]);
      }
      case 3 -> {
        applied.add("shuffle tags");
        return shuffleTags(page, r);
      }
      case 4 -> {
        applied.add("unclosed comment at " + at);
        return page.substring(0, at) + "<!--" + page.substring(at);
      }
      case 5 -> {
        applied.add("unclosed CDATA at " + at);
        return page.substring(0, at) + "<![CDATA[" + page.substring(at);
      }
      case 6 -> {
        int size = 100_000 + r.nextInt(900_000);
        applied.add("attribute of " + size + " chars at " + at);
        String attr = r.nextBoolean() ? "class" : "content";
        return page.substring(0, at) + "<div " + attr + "=\"" + "a b-c_".repeat(size / 6) + "\">x</div>" + page.substring(at);
      }
      case 7 -> {
        int depth = 1_000 + r.nextInt(9_001);
        String tag = List.of("div", "span", "b", "p", "li", "table", "td", "a", "section", "blockquote").get(r.nextInt(10));
        boolean close = r.nextBoolean();
        applied.add("nesting " + depth + " <" + tag + ">" + (close ? " closed" : " unclosed") + " at " + at);
        String open = "<" + tag + ">";
        return page.substring(0, at) + open.repeat(depth) + "deep" + (close ? ("</" + tag + ">").repeat(depth) : "") + page.substring(at);
      }
      case 8 -> {
        String tag = List.of("<script>", "<style>", "<textarea>", "<title>", "<noscript>", "<template>", "<svg>", "<math>", "<iframe>", "<plaintext>").get(r.nextInt(10));
        applied.add("unclosed " + tag + " at " + at);
        return page.substring(0, at) + tag + page.substring(at);
      }
      case 9 -> {
        String e = List.of("&#0;", "&#xD800;", "&#99999999999;", "&#x;", "&", "&amp", "&nbsp", "&#1114112;", "&lt;!--", "\u0000", "\uD800", "\uDFFF", "\u202E", "\uFEFF").get(r.nextInt(14));
        applied.add("entity or odd char " + abbreviate(e) + " at " + at);
        return page.substring(0, at) + e.repeat(1 + r.nextInt(20)) + page.substring(at);
      }
      case 10 -> {
        String cs = List.of("gb18030", "big5", "windows-1258", "utf-16", "utf-32", "x-no-such", "iso-2022-jp", "utf-7").get(r.nextInt(8));
        applied.add("declared charset " + cs);
        return "<meta charset=\"" + cs + "\">" + page;
      }
      case 11 -> {
        int from = page.isEmpty() ? 0 : r.nextInt(page.length());
        int to = Math.min(page.length(), from + r.nextInt(2000));
        applied.add("duplicate range " + from + "-" + to);
        String chunk = page.substring(from, to);
        return page.substring(0, to) + chunk.repeat(1 + r.nextInt(5)) + page.substring(to);
      }
      default -> {
        applied.add("unclosed tag at " + at);
        return page.substring(0, at) + List.of("<", "<a href=\"", "<div class='", "</", "<!", "<?xml", "<p <p <p").get(r.nextInt(7)) + page.substring(at);
      }
    }
  }

  private static List<int[]> tags(String page) {
    List<int[]> out = new ArrayList<>();
    Matcher m = TAG.matcher(page);
    while (m.find()) out.add(new int[] {m.start(), m.end()});
    return out;
  }

  private static String dropTags(String page, Random r) {
    double p = r.nextDouble() * 0.5;
    StringBuilder b = new StringBuilder(page.length());
    int last = 0;
    for (int[] t : tags(page)) {
      b.append(page, last, t[0]);
      if (r.nextDouble() >= p) b.append(page, t[0], t[1]);
      last = t[1];
    }
    return b.append(page.substring(last)).toString();
  }

  private static String shuffleTags(String page, Random r) {
    List<int[]> tags = tags(page);
    if (tags.size() < 2) return page;
    List<String> texts = new ArrayList<>();
    for (int[] t : tags) texts.add(page.substring(t[0], t[1]));
    int swaps = 1 + r.nextInt(Math.max(1, tags.size() / 4));
    for (int i = 0; i < swaps; i++) java.util.Collections.swap(texts, r.nextInt(texts.size()), r.nextInt(texts.size()));
    StringBuilder b = new StringBuilder(page.length());
    int last = 0;
    for (int i = 0; i < tags.size(); i++) {
      b.append(page, last, tags.get(i)[0]).append(texts.get(i));
      last = tags.get(i)[1];
    }
    return b.append(page.substring(last)).toString();
  }

  private static byte[] randomBytes(byte[] b, Random r) {
    byte[] out = b.clone();
    int n = 1 + r.nextInt(Math.max(1, out.length / 50));
    for (int i = 0; i < n && out.length > 0; i++) out[r.nextInt(out.length)] = (byte) r.nextInt(256);
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }

  @Test
  void tenThousandNestedElementsDoNotOverflowTheStack() throws Exception {
    for (String tag : List.of("div", "span", "b", "p", "li", "ul", "table", "tr", "td", "a", "section", "article", "blockquote", "font", "h2")) {
      for (boolean close : List.of(true, false)) {
        String html = "<html><body><h1>Nested " + tag + "</h1><p>A paragraph of text before the nesting, long enough to be prose.</p>"
            + ("<" + tag + " class=\"c\">").repeat(10_000) + "Deep text inside. "
            + (close ? ("</" + tag + ">").repeat(10_000) : "") + "<p>After the nesting.</p></body></html>";
        onWorker("<" + tag + "> x 10,000" + (close ? "" : " unclosed"),
            () -> readAndClean("nested-" + tag + ".html", html.getBytes(StandardCharsets.UTF_8), SourceMeta.HTML));
      }
    }
  }

  @Test
  void everyTruncationOfARealPageIsReadOrRefused() throws Exception {
    String page = new String(RealText.wcxbPages(3).get(1).bytes(), StandardCharsets.UTF_8);
    Random r = new Random(SEED);
    for (int i = 0; i < 40; i++) {
      int at = r.nextInt(page.length() + 1);
      byte[] cut = java.util.Arrays.copyOf(page.getBytes(StandardCharsets.UTF_8), Math.min(at, page.getBytes(StandardCharsets.UTF_8).length));
      onWorker("cut at byte " + at, () -> readAndClean("cut.html", cut, SourceMeta.HTML));
    }
  }
}
