package amity.cli;

import amity.clean.BodyScore;
import amity.clean.PageCleaner;
import amity.decode.TextDecoder;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import amity.model.DateValue;
import amity.model.Page;
import amity.model.RawDocument;
import amity.source.FileSources;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Runs the cleaner over a dev set and scores it: every page {@code X} with a {@code X.gold} beside
 * it, and the rows of {@code seeds.gold} that point at lines of the shared seed pages.
 *
 * <p>A {@code .gold} file starts with {@code # lang: L}, {@code # stories: N} and optionally
 * {@code # published: DATE}; every other line is one line of body text as it shows on the page. A
 * {@code seeds.gold} row is {@code prefix TAB lang TAB stories TAB published|- TAB lines}, where
 * lines are 1-based line numbers of the seed file ({@code 4-18}, {@code 19~VNA/VNS} to drop a
 * trailing sign-off), so that no seed text is copied into the project.
 */
final class CleanEvaluation {
  /** The score of one page. */
  record PageResult(
      String file,
      String lang,
      BodyScore.Counts counts,
      int storiesExpected,
      int storiesFound,
      @Nullable String publishedExpected,
      @Nullable String publishedFound) {
    boolean storiesRight() {
      return storiesExpected == storiesFound;
    }

    /** The found date is right when it is the gold date or a more precise date inside it. */
    boolean dateRight() {
      if (publishedExpected == null || publishedFound == null) return false;
      DateValue e = DateValue.parse(publishedExpected);
      DateValue f = DateValue.parse(publishedFound);
      return f.compatibleWith(e) && f.iso().length() >= e.iso().length();
    }
  }

  /** A page and its gold. */
  private record Gold(String lang, int stories, @Nullable String published, List<String> lines) {}

  private final PageCleaner cleaner = new PageCleaner();
  private final TextDecoder decoder = new TextDecoder();

  /**
   * Scores every gold page under {@code dir}; seed rows are skipped, saying so, when {@code seeds}
   * is null or absent.
   */
  List<PageResult> run(Path dir, @Nullable Path seeds, Consumer<String> notes) throws IOException {
    List<PageResult> out = new ArrayList<>();
    List<Path> golds;
    try (Stream<Path> s = Files.list(dir)) {
      golds = s.filter(p -> p.getFileName().toString().endsWith(".gold")).sorted().toList();
    }
    for (Path g : golds) {
      String name = g.getFileName().toString();
      if (name.equals("seeds.gold")) {
        if (seeds == null || !Files.isDirectory(seeds)) {
          notes.accept("seed pages skipped: no seeds folder (give --seeds DIR)");
          continue;
        }
        for (String row : dataLines(g)) out.add(seedRow(row, seeds));
        continue;
      }
      Path page = g.resolveSibling(name.substring(0, name.length() - ".gold".length()));
      if (!Files.isRegularFile(page)) throw new IOException(g + ": no page " + page.getFileName() + " beside it");
      Gold gold = parseGold(g);
      out.add(score(page.getFileName().toString(), gold, read(page)));
    }
    return out;
  }

  private PageResult score(String file, Gold gold, Page page) {
    String found = page.stories().isEmpty() || page.stories().get(0).published().date() == null
        ? null : page.stories().get(0).published().date().iso();
    return new PageResult(file, gold.lang(), BodyScore.score(page, gold.lines()), gold.stories(),
        page.stories().size(), gold.published(), found);
  }

  private Page read(Path file) throws IOException {
    try (InputStream in = FileSources.open(file, InputStream.nullInputStream(), ReadLimits.DEFAULT);
        DocumentReader r = Readers.open(file.getFileName().toString(), in, ReadLimits.DEFAULT, p -> {})) {
      Optional<RawDocument> raw = r.next();
      if (raw.isEmpty()) throw new IOException(file + ": no document in it");
      return cleaner.clean(decoder.decode(raw.get()));
    }
  }

  private PageResult seedRow(String row, Path seeds) throws IOException {
    String[] f = row.split("\t");
    if (f.length != 5) throw new IOException("seeds.gold: expected 5 tab-separated fields: " + row);
    Path file;
    try (Stream<Path> s = Files.list(seeds)) {
      file = s.filter(p -> p.getFileName().toString().startsWith(f[0])).findFirst()
          .orElseThrow(() -> new IOException("seeds.gold: no seed starting with " + f[0] + " in " + seeds));
    }
    List<String> seedLines = Files.readString(file, StandardCharsets.UTF_8).lines().toList();
    List<String> body = new ArrayList<>();
    for (String item : f[4].split(",")) {
      String spec = item.strip();
      String drop = null;
      int tilde = spec.indexOf('~');
      if (tilde >= 0) {
        drop = spec.substring(tilde + 1);
        spec = spec.substring(0, tilde);
      }
      String[] range = spec.split("-");
      int from = Integer.parseInt(range[0]);
      int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
      for (int n = from; n <= to; n++) {
        String line = seedLines.get(n - 1).strip();
        if (drop != null && line.endsWith(drop)) line = line.substring(0, line.length() - drop.length()).strip();
        if (!line.isEmpty()) body.add(line);
      }
    }
    Gold gold = new Gold(f[1], Integer.parseInt(f[2]), f[3].equals("-") ? null : f[3], body);
    return score("seed " + file.getFileName(), gold, read(file));
  }

  private static Gold parseGold(Path g) throws IOException {
    String lang = null;
    int stories = -1;
    String published = null;
    List<String> lines = new ArrayList<>();
    for (String line : Files.readString(g, StandardCharsets.UTF_8).lines().toList()) {
      if (line.startsWith("# lang:")) lang = line.substring(7).strip();
      else if (line.startsWith("# stories:")) stories = Integer.parseInt(line.substring(10).strip());
      else if (line.startsWith("# published:")) published = line.substring(12).strip();
      else if (!line.startsWith("#") && !line.isBlank()) lines.add(line.strip());
    }
    if (lang == null || stories < 0) throw new IOException(g + ": needs '# lang:' and '# stories:' lines");
    return new Gold(lang, stories, published, lines);
  }

  private static List<String> dataLines(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** Sums per language, in tag order, then "all". */
  static TreeMap<String, List<PageResult>> byLanguage(List<PageResult> results) {
    TreeMap<String, List<PageResult>> m = new TreeMap<>();
    for (PageResult r : results) m.computeIfAbsent(r.lang(), k -> new ArrayList<>()).add(r);
    return m;
  }

  /** {@return the shared folder's seeds beside an ancestor of the working directory, if any} */
  static Optional<Path> findSeeds() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) return Optional.of(candidate);
    }
    return Optional.empty();
  }
}
