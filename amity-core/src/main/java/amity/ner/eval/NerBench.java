package amity.ner.eval;

import amity.ner.Models;
import amity.ner.NerModel;
import amity.ner.corpus.CorpusReader;
import amity.ner.corpus.TaggedSentence;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Measures tagging speed on one core ({@code amity bench ner}): tags the sentences of a corpus
 * file over and over (document by document, with document context when the file marks documents,
 * as {@code amity tag} does), after a warm-up, and gives tokens per second.
 *
 * <pre>{@code
 * NerBench.Report r = NerBench.run("en", Path.of("../shared/data/en/eng.testa"), null, null, 20);
 * }</pre>
 */
public final class NerBench {
  private NerBench() {}

  /**
   * Throughput of one thread.
   *
   * @param wall tokens per second of wall-clock time
   * @param cpu tokens per second of the thread's CPU time (robust on a shared, loaded machine)
   */
  public record Speed(double wall, double cpu) {}

  /** {@return tokens tagged per second, single-threaded, over about {@code seconds}} */
  public static Speed tokensPerSecond(NerModel model, List<TaggedSentence> sentences, double seconds) {
    return tokensPerSecondOfDocuments(model, List.of(new CorpusReader.Document(sentences, false)), seconds);
  }

  /**
   * {@return tokens tagged per second, single-threaded, over about {@code seconds}}: documents that
   * mark context are tagged with {@link NerModel#tagDocument}, as {@code amity tag} does
   */
  public static Speed tokensPerSecondOfDocuments(NerModel model, List<CorpusReader.Document> docs, double seconds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warmEnd = System.nanoTime() + (long) (Math.min(5, seconds / 2) * 1e9);
    while (System.nanoTime() < warmEnd) sink += NerEvaluation.predictDocuments(model, docs).size();
    long tokens = 0;
    long perPass = 0;
    for (CorpusReader.Document d : docs) for (TaggedSentence s : d.sentences()) perPass += s.size();
    long t0 = System.nanoTime();
    long c0 = mx.getCurrentThreadCpuTime();
    long end = t0 + (long) (seconds * 1e9);
    do {
      sink += NerEvaluation.predictDocuments(model, docs).size();
      tokens += perPass;
    } while (System.nanoTime() < end);
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
    if (sink < 0) System.out.print("");
    return new Speed(tokens / secs, tokens / cpu);
  }

  /**
   * What one benchmark run measured.
   *
   * @param model the model tagged with
   * @param loadMillis time to load the model (a cold JVM on the first call)
   * @param modelHeapBytes heap the loaded model retains
   * @param sentences sentences in one pass over the file
   * @param tokens tokens in one pass over the file
   * @param speed throughput of one thread
   */
  public record Report(NerModel model, double loadMillis, long modelHeapBytes, int sentences, long tokens, Speed speed) {}

  /**
   * {@return the figures of tagging {@code file} over and over for about {@code seconds}} with
   * {@code model}, or when it is null with the language's model in {@code localModels} (null: none)
   * or its shipped one
   *
   * @throws IllegalArgumentException when there is no model for {@code lang}
   */
  public static Report run(String lang, Path file, @Nullable Path model, @Nullable Path localModels, double seconds) {
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(file, lang);
    List<TaggedSentence> sents = CorpusReader.sentences(docs);
    long before = usedHeap();
    long t0 = System.nanoTime();
    Optional<NerModel> m = model != null ? Optional.of(Models.load(model)) : Models.find(localModels, lang);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    if (m.isEmpty()) throw new IllegalArgumentException("no NER model for '" + lang + "'");
    long modelHeap = usedHeap() - before;
    long tokens = sents.stream().mapToLong(TaggedSentence::size).sum();
    Speed sp = tokensPerSecondOfDocuments(m.get(), docs, seconds);
    return new Report(m.get(), loadMs, modelHeap, sents.size(), tokens, sp);
  }



  /** {@return the heap in use after a few garbage collections: a baseline to measure what a loaded model keeps} */
  public static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
