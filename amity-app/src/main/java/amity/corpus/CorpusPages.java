package amity.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The documents of the public corpora in a data folder ({@code ../shared/data}) as pages, set by
 * set, in a fixed order and with fixed names, so that the same data always gives the same pages.
 *
 * <pre>{@code
 * CorpusPages.of(Path.of("../shared/data")).write(List.of("en-testa"), page -> …);
 * }</pre>
 *
 * <p>Sets: {@code en-train}, {@code en-testa} (CoNLL-2003), {@code es-train}, {@code es-testa}
 * (CoNLL-2002), {@code zh-2019}, {@code zh-2020} (WMT news test, Chinese-original stories),
 * {@code zh-pd} (People's Daily 1998, sentences joined into pages at datelines), {@code vi-world}
 * (Underthesea world and society news), {@code vi-news} (Underthesea, eight topics). Thread-safe; reads the files on each call.
 */
public final class CorpusPages {
  /** One set: its page-name prefix, its language, and the file or folder it comes from (relative to the data folder). */
  public record Source(String name, String lang, String path) {}

  /** Every set, in the order {@link #write} visits them. */
  public static final List<Source> SETS = List.of(
      new Source("en-train", "en", "en/eng.train"),
      new Source("en-testa", "en", "en/eng.testa"),
      new Source("es-train", "es", "es/esp.train"),
      new Source("es-testa", "es", "es/esp.testa"),
      new Source("zh-2019", "zh", "text/zh-news/newstest2019-zhen-src.zh.txt"),
      new Source("zh-2020", "zh", "text/zh-news/newstest2020-zhen-src.zh.txt"),
      new Source("zh-pd", "zh", "zh/peoples-daily.dev"),
      new Source("vi-world", "vi", "text/vi-news-world"),
      new Source("vi-news", "vi", "text/vi-news"));

  private final Path data;
  private final Map<String, Set<Integer>> headlines;

  private CorpusPages(Path data, Map<String, Set<Integer>> headlines) {
    this.data = data;
    this.headlines = headlines;
  }

  /** Pages of the corpora under {@code data}, with the bundled list of Chinese headlines. */
  public static CorpusPages of(Path data) {
    Objects.requireNonNull(data, "data must not be null");
    return new CorpusPages(data, bundledHeadlines());
  }

  /** {@return the set called {@code name}} */
  public static Source set(String name) {
    for (Source s : SETS) if (s.name().equals(name)) return s;
    throw new IllegalArgumentException("unknown corpus set '" + name + "' (known: "
        + SETS.stream().map(Source::name).toList() + ")");
  }

  /** {@return the set a page name belongs to, from its prefix} */
  public static Source setOfPage(String pageName) {
    for (Source s : SETS) if (pageName.startsWith(s.name() + "-")) return s;
    throw new IllegalArgumentException("page '" + pageName + "' belongs to no corpus set");
  }

  /** Whether the set's file or folder is in the data folder. */
  public boolean has(Source set) {
    return Files.exists(data.resolve(set.path()));
  }

  /**
   * Gives every page of the named sets to {@code out}, in order.
   *
   * @throws IOException when a set's file or folder is missing or unreadable, naming it
   */
  public void write(List<String> setNames, Consumer<CorpusPage> out) throws IOException {
    for (String n : setNames) {
      Source s = set(n);
      Path p = data.resolve(s.path());
      if (!Files.exists(p)) throw new IOException(p + ": not found (corpus set " + n + ")");
      switch (s.lang()) {
        case "en", "es" -> {
          try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            ConllDocuments.pages(in, s.lang(), s.name(), s.path(), out);
          }
        }
        case "zh" -> {
          if (s.name().equals("zh-pd")) {
            try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
              PeoplesDailyPages.pages(in, s.name(), s.path(), out);
            }
            continue;
          }
          String file = p.getFileName().toString();
          try (BufferedReader in = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            ZhNewsStories.pages(in, headlines.getOrDefault(file, Set.of()), s.name(), s.path(), out);
          }
        }
        case "vi" -> {
          List<Path> files = new ArrayList<>();
          try (Stream<Path> list = Files.list(p)) {
            list.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().forEach(files::add);
          }
          for (Path f : files) {
            String base = f.getFileName().toString();
            base = base.substring(0, base.length() - 4);
            try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
              String text = ViNewsArticles.page(in);
              if (!text.isEmpty()) out.accept(new CorpusPage(s.name() + "-" + base + ".txt", "vi", s.path() + "/" + base + ".txt", text));
            }
          }
        }
        default -> throw new IllegalStateException("no reader for " + s);
      }
    }
  }

  /** {@return the pages of one set, by name} (convenient for a few pages; a set is read whole) */
  public Map<String, CorpusPage> pages(String setName) throws IOException {
    Map<String, CorpusPage> out = new LinkedHashMap<>();
    write(List.of(setName), p -> out.put(p.name(), p));
    return out;
  }

  /** Pages of the corpora under {@code data}, with the Chinese headlines listed in {@code headlines} instead of the bundled list. */
  public static CorpusPages of(Path data, Path headlines) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(headlines, StandardCharsets.UTF_8)) {
      return new CorpusPages(data, readHeadlines(r, headlines.toString()));
    }
  }

  private static Map<String, Set<Integer>> bundledHeadlines() {
    try (InputStream in = CorpusPages.class.getResourceAsStream("/amity/corpus/zh-news-headlines.tsv")) {
      if (in == null) return Map.of();
      return readHeadlines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "zh-news-headlines.tsv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The headline list: lines {@code file<TAB>sentence number}, {@code #} comments. */
  private static Map<String, Set<Integer>> readHeadlines(BufferedReader r, String source) throws IOException {
    Map<String, Set<Integer>> out = new HashMap<>();
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length < 2 || !f[1].strip().matches("\\d+")) {
        throw new IllegalArgumentException(source + ":" + no + ": expected 'file<TAB>sentence number', got '" + line + "'");
      }
      out.computeIfAbsent(f[0].strip(), k -> new HashSet<>()).add(Integer.parseInt(f[1].strip()));
    }
    return out;
  }
}
