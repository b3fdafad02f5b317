package amity.cli;

import amity.decode.TextDecoder;
import amity.event.EventEvaluation;
import amity.event.extract.EventTrace;
import amity.kb.KnowledgeBase;
import amity.model.Document;
import amity.model.DocumentAnalysis;
import amity.model.Event;
import amity.model.StoryFailure;
import amity.pipeline.Corpus;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
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

  @picocli.CommandLine.Mixin DevSet devSet = new DevSet();

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(names = "--details", description = "Also list missed, spurious and wrongly dated events.")
  boolean details;

  @Option(names = "--trace", description = {"Print on stderr how the event steps read each sentence: its triggers and mentions, each",
      "reading kept or dropped with the reason. Refused with --split check, the half that is scored, not studied."})
  boolean trace;

  @Option(names = "--kb-withhold", paramLabel = "PERCENT", defaultValue = "0",
      description = {"Leave out this share (0-100) of the knowledge base's people, chosen by a hash of their id",
          "(100: all; countries, bodies and places stay): how well people the KB does not know are read."})
  int kbWithhold;

  @Override
  public Integer call() throws Exception {
    if (trace && "check".equals(devSet.split)) {
      throw new IllegalArgumentException("--trace shows the pages it reads; the check half is scored, not studied");
    }
    KnowledgeBase kb = options.kb(kbWithhold);
    PipelineConfig config = PipelineConfig.of(kb).withLocalModels(LocalModels.dir());
    if (trace) config = config.withEventTrace(EventTrace.to(System.err));
    Pipeline pipeline = Pipeline.builder().defaults(config).build();
    DevSet.Pages pages = devSet.load(gold, paths);
    Map<String, Document> inputs = pages.documents();
    Map<String, String> langs = new HashMap<>(pages.langs());
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
        if (!pages.listed()) System.err.println("amity: " + w); // with a documents file, the other half is skipped on purpose
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
