package amity.ner;

import amity.ner.internal.NerLanguage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Where NER models are found: shipped ones on the class path ({@code amity/ner/<lang>.bin}: en,
 * es, zh), locally trained ones as {@code <lang>.bin} in a folder the caller names (the Vietnamese
 * model, whose corpus may not be redistributed, lives only there; the command line's folder is
 * {@code $AMITY_MODELS} or {@code ./models/local}). Reads no environment: the same call gives the
 * same model wherever it runs. Shipped models are loaded once and cached. Thread-safe.
 */
public final class Models {
  private static final Map<String, Optional<NerModel>> BUNDLED = new ConcurrentHashMap<>();

  private Models() {}

  /** {@return the model shipped for {@code lang}, if any} */
  public static Optional<NerModel> bundled(String lang) {
    String l = NerLanguage.primary(lang);
    return BUNDLED.computeIfAbsent(l, Models::loadBundled);
  }

  private static Optional<NerModel> loadBundled(String lang) {
    String path = "amity/ner/" + lang + ".bin";
    try (InputStream in = Models.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) return Optional.empty();
      return Optional.of(NerModelFormat.read(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled model " + path + ": " + e.getMessage(), e);
    }
  }

  /** {@return the locally trained model for {@code lang} in {@code dir}, if there is one} */
  public static Optional<NerModel> local(Path dir, String lang) {
    Path file = localPath(dir, lang);
    if (!Files.isRegularFile(file)) return Optional.empty();
    return Optional.of(load(file));
  }

  /** {@return where the local model for {@code lang} is looked for in {@code dir}} */
  public static Path localPath(Path dir, String lang) {
    return dir.resolve(NerLanguage.primary(lang) + ".bin");
  }

  /** {@return the local model in {@code dir} if there is one (no folder: none), else the shipped one} */
  public static Optional<NerModel> find(@Nullable Path dir, String lang) {
    Optional<NerModel> m = dir == null ? Optional.empty() : local(dir, lang);
    return m.isPresent() ? m : bundled(lang);
  }

  /** {@return the model in {@code file}} */
  public static NerModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return NerModelFormat.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + file + ": " + e.getMessage(), e);
    }
  }
}
