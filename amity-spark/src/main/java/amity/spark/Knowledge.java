package amity.spark;

import amity.kb.KnowledgeBase;
import amity.pipeline.CorpusSteps;
import amity.pipeline.Pipeline;
import amity.pipeline.PipelineConfig;
import amity.lang.LanguagePacks;
import java.io.ByteArrayInputStream;
import java.util.AbstractMap;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The knowledge base as it travels to executors: the bundled one plus the text of any extra files,
 * broadcast once. Each executor JVM builds the knowledge base, the pipeline and the corpus steps once
 * and shares them between its tasks (all are thread-safe).
 *
 * <p>Design decision: the text travels, not the built objects — they are not serializable and
 * take longer to ship than to build from a few kilobytes of lines.
 *
 * @param files extra knowledge-base files: name and content, in order
 */
public record Knowledge(List<Map.Entry<String, String>> files) implements Serializable {
  private static final Map<Knowledge, Built> BUILT = new ConcurrentHashMap<>();

  private record Built(KnowledgeBase kb, Pipeline pipeline, CorpusSteps steps) {}

  public Knowledge {
    // Map.entry() is not serializable; this entry is.
    files = files.stream().<Map.Entry<String, String>>map(e -> new AbstractMap.SimpleImmutableEntry<>(e.getKey(), e.getValue())).toList();
  }

  /** {@return the bundled knowledge base only} */
  public static Knowledge bundled() {
    return new Knowledge(List.of());
  }

  public KnowledgeBase kb() {
    return built().kb();
  }

  public Pipeline pipeline() {
    return built().pipeline();
  }

  /** {@return the corpus steps (linking, merging) over the knowledge base, as the store and {@code Corpus} run them} */
  public CorpusSteps steps() {
    return built().steps();
  }

  private Built built() {
    return BUILT.computeIfAbsent(this, k -> {
      KnowledgeBase.Builder b = KnowledgeBase.builder().addBundled();
      for (Map.Entry<String, String> f : files) {
        try {
          b.read(new ByteArrayInputStream(f.getValue().getBytes(StandardCharsets.UTF_8)), f.getKey());
        } catch (IOException e) {
          throw new UncheckedIOException("knowledge base " + f.getKey() + ": " + e.getMessage(), e);
        }
      }
      KnowledgeBase kb = b.build();
      LanguagePacks packs = LanguagePacks.bundled();
      return new Built(kb, Pipeline.builder().defaults(PipelineConfig.of(kb).withPacks(packs)).build(), CorpusSteps.of(kb, packs));
    });
  }
}
