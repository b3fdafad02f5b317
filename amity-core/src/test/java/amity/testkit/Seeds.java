package amity.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real pages in {@code ../shared/seeds} and the corpora in {@code ../shared/data}, found by
 * walking up from the working directory. Tests that need them are skipped, saying so, where the
 * folder is absent.
 */
public final class Seeds {
  private Seeds() {}

  /** {@return the shared folder beside the project, if present} */
  public static Optional<Path> shared() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate);
    }
    return Optional.empty();
  }

  /** {@return the seeds folder}; skips the calling test when it is absent */
  public static Path dir() {
    Optional<Path> s = shared();
    assumeTrue(s.isPresent(), "../shared/seeds is absent: seed tests skipped");
    return s.get().resolve("seeds");
  }

  /** {@return the seed file whose name starts with {@code prefix}, e.g. "003"} */
  public static Path file(String prefix) {
    try (Stream<Path> files = Files.list(dir())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no seed starting with " + prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the bytes of the seed whose name starts with {@code prefix}} */
  public static byte[] bytes(String prefix) {
    try {
      return Files.readAllBytes(file(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return a path under {@code ../shared/data}}; skips the calling test when it is absent */
  public static Path data(String relative) {
    Optional<Path> s = shared();
    assumeTrue(s.isPresent(), "../shared is absent: corpus tests skipped");
    Path p = s.get().resolve("data").resolve(relative);
    assumeTrue(Files.exists(p), p + " is absent: corpus test skipped");
    return p;
  }
}
