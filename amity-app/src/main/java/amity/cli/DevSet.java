package amity.cli;

import amity.corpus.CorpusPages;
import amity.decode.TextDecoder;
import amity.model.Document;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.source.FileSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Option;

/**
 * The pages a dev set scores: read from files and folders, or made from the public corpora
 * ({@code --data}); with a documents file (file, lang, split, kind, note) only its pages, and with
 * {@code --split} only one half of them. The eval commands share it.
 */
final class DevSet {
  @Option(names = "--data", paramLabel = "DIR",
      description = "Make the pages from the public corpora in DIR (amity corpus pages) instead of reading PATHs.")
  Path data;

  @Option(names = "--documents", paramLabel = "FILE",
      description = {"The pages of the dev set (file, lang, split, kind, note; tab-separated), pages without events",
          "included (default: documents.tsv beside the gold file, when there is one)."})
  Path documents;

  @Option(names = "--split", paramLabel = "HALF", description = "Score only the pages of one split of the documents: tune, check, or a later batch (default: all).")
  String split;

  /** A page of the dev set as documents.tsv lists it. */
  record DevPage(String file, String lang, String split, String kind) {}

  /** The decoded pages, by file name, and the language the documents file gives each. */
  record Pages(Map<String, Document> documents, Map<String, String> langs, boolean listed) {}

  static List<DevPage> readDocuments(Path file) throws IOException {
    List<DevPage> out = new ArrayList<>();
    int no = 0;
    for (String line : Files.readAllLines(file)) {
      no++;
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length < 4) throw new IllegalArgumentException(file + ":" + no + ": expected file, lang, split, kind");
      out.add(new DevPage(f[0].strip(), f[1].strip(), f[2].strip(), f[3].strip()));
    }
    return out;
  }

  /**
   * {@return the pages to score}
   *
   * @param besides the gold file, beside which documents.tsv is looked for
   * @param paths files or folders of pages, when not made with --data
   */
  Pages load(Path besides, List<String> paths) throws IOException {
    return load(besides, paths, true);
  }

  /** As {@link #load(Path, List)}; {@code report} false keeps files that are no pages (a README) quiet. */
  Pages load(Path besides, List<String> paths, boolean report) throws IOException {
    TextDecoder decoder = new TextDecoder();
    Path docs = documents != null ? documents : besides.toAbsolutePath().resolveSibling("documents.tsv");
    List<DevPage> devPages = Files.exists(docs) ? readDocuments(docs) : List.of();
    if (split != null && devPages.isEmpty()) throw new IllegalArgumentException("--split needs a documents file: " + docs);
    if (split != null && devPages.stream().noneMatch(p -> p.split().equals(split))) {
      Set<String> splits = new TreeSet<>();
      devPages.forEach(p -> splits.add(p.split()));
      throw new IllegalArgumentException("--split " + split + ": no page of " + docs + " is in it (there are: " + String.join(", ", splits) + ")");
    }
    Set<String> wanted = new LinkedHashSet<>();
    Map<String, String> langs = new HashMap<>();
    for (DevPage p : devPages) {
      if (split != null && !p.split().equals(split)) continue;
      wanted.add(p.file());
      langs.put(p.file(), p.lang());
    }
    Map<String, Document> inputs = new LinkedHashMap<>();
    if (data != null) {
      if (wanted.isEmpty()) throw new IllegalArgumentException("--data needs a documents file that lists the pages: " + docs);
      Set<String> sets = new TreeSet<>();
      for (String f : wanted) sets.add(CorpusPages.setOfPage(f).name());
      List<IOException> failed = new ArrayList<>();
      CorpusPages.of(data).write(List.copyOf(sets), page -> {
        if (!wanted.contains(page.name())) return;
        try {
          inputs.put(page.name(), decoder.decode(new RawDocument(page.name(), page.text().getBytes(StandardCharsets.UTF_8), SourceMeta.text())));
        } catch (IOException e) {
          failed.add(e);
        }
      });
      if (!failed.isEmpty()) throw failed.get(0);
      for (String f : wanted) if (!inputs.containsKey(f)) System.err.println("amity: " + f + ": no such page in " + data);
    } else {
      if (paths.isEmpty()) throw new IllegalArgumentException("give the pages (PATH...) or --data");
      for (Path f : FileSources.expand(paths, e -> {
        if (report) System.err.println("amity: " + e.line());
      })) {
        String name = f.getFileName().toString();
        if (!wanted.isEmpty() && !wanted.contains(name)) continue;
        inputs.put(name, decoder.decode(FileSources.read(f, System.in)));
      }
    }
    return new Pages(inputs, langs, !wanted.isEmpty());
  }
}
