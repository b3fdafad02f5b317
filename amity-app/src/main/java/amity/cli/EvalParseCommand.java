package amity.cli;

import amity.parse.DependencyParser;
import amity.parse.ParseEvaluation;
import amity.parse.ParserModel;
import amity.parse.TrainParser;
import amity.parse.UdSentence;
import amity.text.IcuSegmenter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code amity eval parse}: parts of speech, UAS and LAS of the parser on CoNLL-U files, on the
 * treebank's words and on amity's tokens of the same text. Meant as the {@code parse} subcommand
 * of {@code eval}.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the tagger and parser on CoNLL-U files: UPOS accuracy, UAS and LAS on the treebank's words,",
      "and on amity's own tokens of the same text (matched to the words by character spans)."
    })
public final class EvalParseCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, description = "Language: en, es, zh, vi.")
  String lang;

  @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: the shipped one).")
  Path model;

  @Option(
      names = "--held-out",
      paramLabel = "N",
      defaultValue = "0",
      description = "Score only every N-th sentence of the files, the slice train-parser held out with the same files in the same order; 0 scores them all (default).")
  int heldOut;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CoNLL-U file(s), read one after the other.")
  List<Path> files;

  @Override
  public Integer call() throws Exception {
    if (heldOut == 1 || heldOut < 0) throw new IllegalArgumentException("--held-out must be 0 or at least 2: " + heldOut);
    Optional<ParserModel> m = model != null ? Optional.of(TrainParser.load(model)) : DependencyParser.shipped(lang);
    if (m.isEmpty()) {
      System.err.println("amity eval parse: no parser model for '" + lang + "'; pass --model or train one with amity train-parser");
      return 1;
    }
    List<UdSentence> all = TrainParser.read(files);
    List<UdSentence> gold = heldOut == 0 ? all : TrainParser.split(all, heldOut).heldOut();
    ParseEvaluation.Report r = TrainParser.report(m.get(), gold, lang, new IcuSegmenter());
    if (json) System.out.println(new ObjectMapper().writeValueAsString(r));
    else System.out.print(r.format());
    return 0;
  }
}
