package amity.pipeline;

import amity.event.extract.EventTrace;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePacks;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What amity's default pipeline ({@link Pipeline.Builder#defaults(PipelineConfig)}) is built from:
 * the knowledge base, the language packs the stages read their languages' data from, and the
 * folder of locally trained NER models ({@code <lang>.bin}; null for the shipped models only). The pipeline reads nothing else from its surroundings (no
 * environment, no working directory), so one configuration gives the same results anywhere.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().defaults(PipelineConfig.of(kb).withLocalModels(Path.of("models/local"))).build();
 * }</pre>
 *
 * @param kb the knowledge base of entities, titles and event lexicons
 * @param packs the language packs, read and checked
 * @param localModels folder of locally trained NER models, or null for none
 * @param eventTrace where the event steps tell how they read each sentence ({@link EventTrace#OFF} in normal runs)
 */
public record PipelineConfig(KnowledgeBase kb, LanguagePacks packs, @Nullable Path localModels, EventTrace eventTrace) {
  public PipelineConfig {
    Objects.requireNonNull(kb, "kb must not be null");
    Objects.requireNonNull(packs, "packs must not be null");
    Objects.requireNonNull(eventTrace, "eventTrace must not be null");
  }

  /** {@return the configuration with {@code kb}, the bundled language packs and the shipped models only} */
  public static PipelineConfig of(KnowledgeBase kb) {
    return new PipelineConfig(kb, LanguagePacks.bundled(), null, EventTrace.OFF);
  }

  /** {@return this configuration with locally trained models looked for in {@code dir} first} */
  public PipelineConfig withLocalModels(@Nullable Path dir) {
    return new PipelineConfig(kb, packs, dir, eventTrace);
  }

  /** {@return this configuration reading its languages from {@code packs}} */
  public PipelineConfig withPacks(LanguagePacks packs) {
    return new PipelineConfig(kb, packs, localModels, eventTrace);
  }

  /** {@return this configuration with the event steps telling {@code trace} how they read each sentence} */
  public PipelineConfig withEventTrace(EventTrace trace) {
    return new PipelineConfig(kb, packs, localModels, trace);
  }
}
