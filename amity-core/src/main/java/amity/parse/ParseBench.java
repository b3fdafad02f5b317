package amity.parse;

import amity.model.Token;
import amity.ner.eval.NerBench;
import amity.text.IcuSegmenter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Measures tagging and parsing speed on one core: the sentences of a CoNLL-U file are cut into
 * amity's tokens once ({@link AmityTokens}, not timed), then tagged and parsed over and over after
 * a warm-up. What {@code amity bench parse} runs.
 *
 * <pre>{@code
 * ParseBench.Report r = ParseBench.run("en", Path.of("en_ewt-ud-test.conllu"), null, 20);
 * }</pre>
 */
public final class ParseBench {
  private ParseBench() {}

  /**
   * What one benchmark run measured.
   *
   * @param model the model parsed with
   * @param loadMillis time to load the model (a cold JVM on the first call)
   * @param modelHeapBytes heap the loaded model retains
   * @param sentences sentences in one pass over the file
   * @param tokens amity tokens in one pass over the file
   * @param speed tokens tagged and parsed per second by one thread
   */
  public record Report(ParserModel model, double loadMillis, long modelHeapBytes, int sentences, long tokens, NerBench.Speed speed) {}

  /**
   * {@return the figures of parsing {@code file} over and over for about {@code seconds}} with
   * the model in {@code modelFile}, or the shipped one for {@code lang} when it is null
   *
   * @throws IllegalArgumentException when there is no model for {@code lang}
   */
  public static Report run(String lang, Path file, @Nullable Path modelFile, double seconds) {
    IcuSegmenter segmenter = new IcuSegmenter();
    List<List<String>> sentences = new ArrayList<>();
    long tokens = 0;
    for (UdSentence s : Conllu.read(file)) {
      List<String> forms = AmityTokens.tokens(s, lang, segmenter).stream().map(Token::text).toList();
      sentences.add(forms);
      tokens += forms.size();
    }
    long before = NerBench.usedHeap();
    long t0 = System.nanoTime();
    Optional<ParserModel> m = modelFile != null ? Optional.of(TrainParser.load(modelFile)) : DependencyParser.shipped(lang);
    double loadMs = (System.nanoTime() - t0) / 1e6;
    if (m.isEmpty()) throw new IllegalArgumentException("no parser model for '" + lang + "'");
    long heap = NerBench.usedHeap() - before;
    return new Report(m.get(), loadMs, heap, sentences.size(), tokens, tokensPerSecond(m.get(), sentences, tokens, seconds));
  }

  /** {@return tokens tagged and parsed per second by this thread over about {@code seconds}, after a warm-up} */
  public static NerBench.Speed tokensPerSecond(ParserModel model, List<List<String>> sentences, long tokensPerPass, double seconds) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long sink = 0;
    long warm = System.nanoTime() + (long) (Math.min(5, seconds / 2) * 1e9);
    while (System.nanoTime() < warm) sink += pass(model, sentences);
    long done = 0;
    long wall0 = System.nanoTime();
    long cpu0 = mx.getCurrentThreadCpuTime();
    long stop = wall0 + (long) (seconds * 1e9);
    while (done == 0 || System.nanoTime() < stop) {
      sink += pass(model, sentences);
      done += tokensPerPass;
    }
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (mx.getCurrentThreadCpuTime() - cpu0) / 1e9;
    if (sink == 42) System.out.print(""); // keep the work
    return new NerBench.Speed(done / wall, done / Math.max(cpu, 1e-9));
  }

  private static long pass(ParserModel model, List<List<String>> sentences) {
    long sum = 0;
    for (List<String> s : sentences) sum += model.analyse(s).heads().size();
    return sum;
  }
}
