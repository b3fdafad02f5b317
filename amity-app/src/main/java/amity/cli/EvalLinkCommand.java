package amity.cli;

import amity.decode.TextDecoder;
import amity.kb.KnowledgeBase;
import amity.link.CorpusLinker;
import amity.link.LinkEvaluation;
import amity.model.DocumentAnalysis;
import amity.model.LinkedMention;
import amity.model.Span;
import amity.model.StoryAnalysis;
import amity.model.StoryFailure;
import amity.pipeline.Corpus;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.source.FileSources;
import amity.source.SourceError;
import amity.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
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
 * {@code amity eval link DIR}: links the mentions of the texts in DIR and scores them against
 * DIR/mentions.jsonl (file, start, end, type, entity).
 */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Score entity linking against hand-marked mentions (DIR/mentions.jsonl): pairwise",
        "precision and recall, within and across languages, and knowledge-base link accuracy."})
final class EvalLinkCommand implements Callable<Integer> {
  @Mixin StoreOption options;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder with mentions.jsonl and, unless --data makes them, the texts.")
  Path dir;

  @picocli.CommandLine.Mixin DevSet devSet = new DevSet();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--details", description = "Also list wrong links and pairs kept apart or joined.")
  boolean details;

  @Override
  public Integer call() throws Exception {
    LinkEvaluation.Report r = evaluate(options.kb(), dir, devSet);
    if (json) {
      var o = Json.MAPPER.valueToTree(r);
      if (!details) ((com.fasterxml.jackson.databind.node.ObjectNode) o).remove("details");
      System.out.println(Json.write(o));
    } else {
      System.out.print(r.format());
      if (details) r.details().forEach(System.out::println);
    }
    return 0;
  }

  static LinkEvaluation.Report evaluate(KnowledgeBase kb, Path dir) throws Exception {
    return evaluate(kb, dir, new DevSet());
  }

  /** Links the pages (the texts in DIR, or those --data makes) and scores them against DIR/mentions.jsonl. */
  static LinkEvaluation.Report evaluate(KnowledgeBase kb, Path dir, DevSet devSet) throws Exception {
    Pipeline pipeline = Pipeline.builder().defaults(PipelineConfig.of(kb).withLocalModels(LocalModels.dir())).build();
    DevSet.Pages pages = devSet.load(dir.resolve("mentions.jsonl"), List.of(dir.toString()), false);
    List<DocumentAnalysis> analyses = new ArrayList<>();
    Map<String, String> langs = new HashMap<>(pages.langs());
    for (Map.Entry<String, amity.model.Document> in : pages.documents().entrySet()) {
      DocumentAnalysis a = pipeline.analyze(in.getValue());
      for (StoryFailure x : a.failures()) System.err.println("amity: " + SourceError.of(in.getKey(), x).line());
      analyses.add(a);
      langs.putIfAbsent(in.getKey(), a.stories().isEmpty() ? "und" : a.stories().get(0).story().lang());
    }
    CorpusLinker.Result links = new Corpus(kb).combine(analyses).links();
    List<LinkEvaluation.Found> found = new ArrayList<>();
    for (DocumentAnalysis a : analyses) {
      String name = Path.of(a.document().file()).getFileName().toString();
      for (StoryAnalysis s : a.stories()) {
        for (LinkedMention m : s.mentions()) {
          Span doc = s.story().story().alignment().toOriginal(m.mention().span());
          found.add(new LinkEvaluation.Found(name, doc, links.resolve(m.entityId())));
        }
      }
    }
    List<LinkEvaluation.Gold> gold = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("mentions.jsonl"))) {
      if (line.isBlank()) continue;
      JsonNode n = Json.read(line);
      String file = n.get("file").asText();
      if (pages.listed() && !pages.documents().containsKey(file)) continue;
      gold.add(new LinkEvaluation.Gold(file, langs.getOrDefault(file, "und"),
          new Span(n.get("start").asInt(), n.get("end").asInt()), n.get("type").asText(), n.get("entity").asText()));
    }
    return new LinkEvaluation().evaluate(gold, found);
  }
}
