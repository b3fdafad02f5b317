package amity.cli;

import amity.ner.Models;
import amity.ner.NerModel;
import amity.ner.corpus.ConllTagging;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code amity tag}: tags CoNLL-style lines from stdin with the named-entity recogniser. */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description = {
      "Reads CoNLL-style lines on stdin (token first, other columns after, blank line between sentences)",
      "and writes each line back with one more tab-separated column: the predicted BIO tag.",
      "Input with -DOCSTART- lines (or EFE datelines) is tagged document by document, with document context."
    })
public final class TagCommand implements Callable<Integer> {
  @Option(names = "--lang", required = true, description = "Language: en, es, zh (one character a line), vi (one syllable a line).")
  String lang;

  @Option(names = "--format", defaultValue = "conll", description = "Input format; only ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--model", description = "Model file (default: $AMITY_MODELS/<lang>.bin, ./models/local/<lang>.bin, then the shipped model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("conll")) {
      System.err.println("amity tag: unsupported format '" + format + "' (only conll)");
      return 2;
    }
    Optional<NerModel> m = model != null ? Optional.of(Models.load(model)) : Models.find(LocalModels.dir(), lang);
    if (m.isEmpty()) {
      System.err.println(
          "amity tag: no NER model for '" + lang + "': train one with amity train-ner --lang " + lang
              + " --out " + Models.localPath(LocalModels.dir(), lang) + ", or pass --model");
      return 1;
    }
    ConllTagging.tagConll(
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16),
        new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16),
        m.get());
    return 0;
  }
}
