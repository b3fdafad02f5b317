package amity.cli;

import java.nio.file.Path;

/**
 * Where the command line looks for locally trained NER models ({@code <lang>.bin}, such as the
 * Vietnamese model that may not be shipped): {@code $AMITY_MODELS}, else {@code ./models/local}.
 * The one place that reads them; the pipeline is handed the folder ({@link
 * amity.pipeline.PipelineConfig}).
 */
public final class LocalModels {
  private LocalModels() {}

  /** {@return the folder of locally trained models} */
  public static Path dir() {
    String env = System.getenv("AMITY_MODELS");
    return env != null && !env.isBlank() ? Path.of(env) : Path.of("models", "local");
  }
}
