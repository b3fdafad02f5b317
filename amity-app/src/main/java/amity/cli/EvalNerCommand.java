package amity.cli;

import amity.ner.Models;
import amity.ner.NerModel;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import amity.ner.eval.NerEvaluation;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity eval ner}: entity-level precision, recall and F1 of the recogniser on a gold file.
 * Meant as the {@code ner} subcommand of {@code eval}.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = "Scores the named-entity recogniser on a gold corpus file: exact span and type, conlleval rules.")
public final class EvalNerCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
  String lang;

  @Option(names = "--model", description = "Model file (default: local model, then the shipped one).")
  Path model;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE", description = "Gold corpus (any format train-ner reads).")
  Path file;

  @Override
  public Integer call() throws Exception {
    Optional<NerModel> m = model != null ? Optional.of(Models.load(model)) : Models.find(LocalModels.dir(), lang);
    if (m.isEmpty()) {
      System.err.println("amity eval ner: no NER model for '" + lang + "'; pass --model or train one with amity train-ner");
      return 1;
    }
    // Documents (-DOCSTART-) are tagged as amity tag --format conll tags them: with document context.
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(file, lang);
    List<TaggedSentence> gold = CorpusReader.sentences(docs);
    NerEvaluation.Report r = NerEvaluation.evaluate(gold, NerEvaluation.predictDocuments(m.get(), docs));
    if (json) System.out.println(new ObjectMapper().writeValueAsString(r));
    else System.out.print(r.format());
    return 0;
  }
}
