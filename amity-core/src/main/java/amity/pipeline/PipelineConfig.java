package amity.pipeline;

import amity.kb.KnowledgeBase;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What amity's default pipeline ({@link Pipeline.Builder#defaults(PipelineConfig)}) is built from:
 * the knowledge base, and the folder of locally trained NER models ({@code <lang>.bin}; null for
 * the shipped models only). The pipeline reads nothing else from its surroundings (no
 * environment, no working directory), so one configuration gives the same results anywhere.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().defaults(PipelineConfig.of(kb).withLocalModels(Path.of("models/local"))).build();
 * }</pre>
 *
 * @param kb the knowledge base of entities, titles and event lexicons
 * @param localModels folder of locally trained NER models, or null for none
 */
public record PipelineConfig(KnowledgeBase kb, @Nullable Path localModels) {
  public PipelineConfig {
    Objects.requireNonNull(kb, "kb must not be null");
  }

  /** {@return the configuration with {@code kb} and the shipped models only} */
  public static PipelineConfig of(KnowledgeBase kb) {
    return new PipelineConfig(kb, null);
  }

  /** {@return this configuration with locally trained models looked for in {@code dir} first} */
  public PipelineConfig withLocalModels(@Nullable Path dir) {
    return new PipelineConfig(kb, dir);
  }
}
