package amity.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import amity.model.AnalyzedStory;
import amity.model.Document;
import amity.model.Page;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.model.Story;
import amity.clean.PageCleaner;
import amity.language.ProfileLanguageIdentifier;
import amity.text.IcuSegmenter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Real pages and text read from {@code ../shared} (never copied into the project) for contract
 * and robustness tests: the seeds, a spread of WCXB pages, and one news text per language. A test
 * that asks for them is skipped, saying so, where {@code ../shared} is absent.
 */
public final class RealText {
  private RealText() {}

  /** {@return the seed pages as plain-text raw documents} */
  public static List<RawDocument> seeds() {
    try (Stream<Path> files = Files.list(Seeds.dir())) {
      List<RawDocument> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        out.add(new RawDocument(p.getFileName().toString(), Files.readAllBytes(p), SourceMeta.text()));
      }
      assumeTrue(!out.isEmpty(), "no seed pages");
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return {@code count} WCXB dev pages spread evenly over the set, gunzipped, as HTML} */
  public static List<RawDocument> wcxbPages(int count) {
    Path html = Seeds.data("extraction/wcxb-dev/html");
    try (Stream<Path> files = Files.list(html)) {
      List<Path> all = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
      assumeTrue(!all.isEmpty(), "no WCXB pages in " + html);
      List<RawDocument> out = new ArrayList<>();
      int step = Math.max(1, all.size() / count);
      for (int i = 0; i < all.size() && out.size() < count; i += step) {
        Path p = all.get(i);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          out.add(new RawDocument(p.getFileName().toString(), in.readAllBytes(), SourceMeta.html()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return one real news text per language, keyed by BCP 47 tag}: an English and a Vietnamese
   * seed, a Chinese WMT story, a Vietnamese Underthesea article and Spanish EFE sentences (CoNLL
   * tokens joined by spaces)
   */
  public static Map<String, String> news() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("en", read(Seeds.file("000")));
    out.put("vi", read(Seeds.file("003")));
    out.put("zh", firstLines(Seeds.data("text/zh-news/newstest2019-zhen-src.zh.txt"), 40));
    out.put("es", conll(Seeds.data("es/esp.testa"), 30));
    return out;
  }

  /** {@return the stories of a document cut by amity's cleaner, with language and sentences} */
  public static List<AnalyzedStory> stories(Document doc) {
    Page page = new PageCleaner().clean(doc);
    List<AnalyzedStory> out = new ArrayList<>();
    for (Story s : page.stories()) {
      String lang = new ProfileLanguageIdentifier().identify(s.title() + "\n" + s.text());
      out.add(new AnalyzedStory(s, lang, new IcuSegmenter().segment(s.text(), lang)));
    }
    return out;
  }

  /** {@return the stories of every seed and of each language's news text} */
  public static List<Named<AnalyzedStory>> realStories() {
    List<Named<AnalyzedStory>> out = new ArrayList<>();
    for (RawDocument raw : seeds()) {
      Document d = Docs.decode(raw);
      for (AnalyzedStory s : stories(d)) out.add(new Named<>(raw.file() + "#" + s.story().index(), d, s));
    }
    news().forEach((lang, text) -> {
      Document d = Docs.text(lang + "-news.txt", text);
      for (AnalyzedStory s : stories(d)) out.add(new Named<>(d.file() + "#" + s.story().index(), d, s));
    });
    return out;
  }

  /** A value with the document it came from and a name that says which, for test names. */
  public record Named<T>(String name, Document document, T value) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String firstLines(Path p, int n) {
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      return String.join("\n", lines.limit(n).toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String conll(Path p, int sentences) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    try (Stream<String> lines = Files.lines(p, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isBlank()) {
          if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') {
            b.append('\n');
            if (++n == sentences) break;
          }
          continue;
        }
        if (line.startsWith("-DOCSTART-")) continue;
        if (b.length() > 0 && b.charAt(b.length() - 1) != '\n') b.append(' ');
        b.append(line.split(" ")[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString();
  }
}
