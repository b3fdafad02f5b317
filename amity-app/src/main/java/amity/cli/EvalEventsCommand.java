package amity.cli;

import amity.decode.TextDecoder;
import amity.event.EventEvaluation;
import amity.kb.KnowledgeBase;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.StoryFailure;
import amity.pipeline.Corpus;
import amity.pipeline.Pipeline;
import amity.source.FileSources;
import amity.source.SourceError;
import amity.store.Json;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity eval events --gold GOLD PATH...}: reads the pages, extracts events, and scores them
 * against a gold file of hand-marked events (one JSON object a line: file, type, form, planned,
 * date, date_end, actors, countries, same_as, and the sentence — its text, or its start and end
 * in the decoded page).
 */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = {"Score event extraction against hand-marked events: detection P/R/F1 by form,",
        "and form, type, date, planned status, actors, countries and merging on matched events."})
final class EvalEventsCommand implements Callable<Integer> {
  @Mixin StoreOption options;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold events, JSON Lines.")
  Path gold;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "The pages the gold file marks (files or folders); or use --data.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--data", paramLabel = "DIR",
      description = "Make the pages from the public corpora in DIR (amity corpus pages) instead of reading PATHs.")
  Path data;

  @Option(names = "--documents", paramLabel = "FILE",
      description = {"The pages of the dev set (file, lang, split, kind, note; tab-separated), pages without events",
          "included (default: documents.tsv beside the gold file, when there is one)."})
  Path documents;

  @Option(names = "--split", paramLabel = "HALF", description = "Score only the tune or the check half of the documents (default: all).")
  String split;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--details", description = "Also list missed, spurious and wrongly dated events.")
  boolean details;

  /** A page of the dev set as documents.tsv lists it. */
  record DevPage(String file, String lang, String split, String kind) {}

  static List<DevPage> readDocuments(Path file) throws java.io.IOException {
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

  @Override
  public Integer call() throws Exception {
    if (split != null && !split.equals("tune") && !split.equals("check")) {
      throw new IllegalArgumentException("--split must be tune or check: " + split);
    }
    KnowledgeBase kb = options.kb();
    Pipeline pipeline = Pipeline.builder().defaults(kb).build();
    TextDecoder decoder = new TextDecoder();
    Path docs = documents != null ? documents : gold.toAbsolutePath().resolveSibling("documents.tsv");
    List<DevPage> devPages = Files.exists(docs) ? readDocuments(docs) : List.of();
    if (split != null && devPages.isEmpty()) throw new IllegalArgumentException("--split needs a documents file: " + docs);
    java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
    Map<String, String> langs = new HashMap<>();
    for (DevPage p : devPages) {
      if (split != null && !p.split().equals(split)) continue;
      wanted.add(p.file());
      langs.put(p.file(), p.lang());
    }
    Map<String, Document> inputs = new java.util.LinkedHashMap<>();
    if (data != null) {
      if (wanted.isEmpty()) throw new IllegalArgumentException("--data needs a documents file that lists the pages: " + docs);
      java.util.Set<String> sets = new java.util.TreeSet<>();
      for (String f : wanted) sets.add(amity.corpus.CorpusPages.setOfPage(f).name());
      amity.corpus.CorpusPages corpus = amity.corpus.CorpusPages.of(data);
      List<java.io.IOException> failed = new ArrayList<>();
      corpus.write(List.copyOf(sets), page -> {
        if (!wanted.contains(page.name())) return;
        try {
          inputs.put(page.name(), decoder.decode(new amity.model.RawDocument(page.name(),
              page.text().getBytes(java.nio.charset.StandardCharsets.UTF_8), amity.model.SourceMeta.text())));
        } catch (java.io.IOException e) {
          failed.add(e);
        }
      });
      if (!failed.isEmpty()) throw failed.get(0);
      for (String f : wanted) if (!inputs.containsKey(f)) System.err.println("amity: " + f + ": no such page in " + data);
    } else {
      if (paths.isEmpty()) throw new IllegalArgumentException("give the pages (PATH...) or --data");
      for (Path f : FileSources.expand(paths, e -> System.err.println("amity: " + e.line()))) {
        String name = f.getFileName().toString();
        if (!wanted.isEmpty() && !wanted.contains(name)) continue;
        inputs.put(name, decoder.decode(FileSources.read(f, System.in)));
      }
    }
    Map<String, DocumentAnalysis> byName = new HashMap<>();
    Map<String, List<Event>> predicted = new HashMap<>();
    List<DocumentAnalysis> analyses = new ArrayList<>();
    for (Map.Entry<String, Document> in : inputs.entrySet()) {
      String name = in.getKey();
      DocumentAnalysis a;
      try {
        a = pipeline.analyze(in.getValue());
      } catch (RuntimeException e) {
        // A page the pipeline cannot read counts as one where nothing was found.
        System.err.println("amity: " + name + ": " + e);
        continue;
      }
      for (StoryFailure x : a.failures()) System.err.println("amity: " + SourceError.of(in.getValue().file(), x).line());
      analyses.add(a);
      byName.put(name, a);
      predicted.put(name, a.stories().stream().flatMap(s -> s.events().stream()).toList());
      if (!langs.containsKey(name) && !a.stories().isEmpty()) langs.put(name, a.stories().get(0).story().lang());
    }
    List<EventEvaluation.Gold> golds;
    try (var in = Files.newBufferedReader(gold)) {
      golds = EventEvaluation.readGold(in, gold.toString(), byName, w -> {
        if (wanted.isEmpty()) System.err.println("amity: " + w); // with a documents file, the other half is skipped on purpose
      });
    }
    List<Event> merged = new Corpus(kb).combine(analyses).events();
    EventEvaluation.Report r = new EventEvaluation(kb, analyses).evaluate(golds, predicted, merged, langs);
    if (json) {
      ObjectNode o = Json.MAPPER.valueToTree(r);
      if (!details) o.remove("details");
      o.put("precision", r.precision());
      o.put("recall", r.recall());
      o.put("f1", r.f1());
      System.out.println(Json.write(o));
    } else {
      System.out.print(r.format());
      if (details) r.details().forEach(System.out::println);
    }
    return 0;
  }

}
