package amity.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Measures tagging speed on one core: {@code NerBench LANG FILE [MODEL] [SECONDS]} tags the
 * sentences of a corpus file over and over (document by document, with document context when the
 * file marks documents, as {@code amity tag} does), after a warm-up, and prints tokens per second.
 *
 * <pre>{@code
 * java -cp ... amity.ner.NerBench en ../shared/data/en/eng.testa
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

  /** Runs the benchmark. */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: NerBench LANG FILE [MODEL|-] [SECONDS]");
      System.exit(2);
    }
    String lang = args[0];
    List<CorpusReader.Document> docs = CorpusReader.readDocuments(Path.of(args[1]), lang);
    List<TaggedSentence> sents = CorpusReader.sentences(docs);
    long before = usedHeap();
    long t0 = System.nanoTime();
    Optional<NerModel> model =
        args.length > 2 && !args[2].equals("-") ? Optional.of(Models.load(Path.of(args[2]))) : Models.find(lang);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    if (model.isEmpty()) {
      System.err.println("no model for " + lang);
      System.exit(1);
    }
    long modelHeap = usedHeap() - before;
    double seconds = args.length > 3 ? Double.parseDouble(args[3]) : 20;
    long tokens = sents.stream().mapToLong(TaggedSentence::size).sum();
    Speed sp = tokensPerSecondOfDocuments(model.get(), docs, seconds);
    System.out.printf(
        "%s: %s%nload %.0f ms (cold JVM), model heap %.1f MB; %d sentences, %d tokens%n"
            + "%.0f tokens/s on one thread (wall clock), %.0f tokens per CPU second%n",
        lang, model.get(), loadMs, modelHeap / 1e6, sents.size(), tokens, sp.wall(), sp.cpu());
  }

  private static long usedHeap() {
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
