package amity.source;

import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into inputs to read: files of the formats {@link Readers} knows,
 * folders recursively in name order, "-" for stdin. Missing or unsupported inputs go to the error
 * callback and the rest goes on. Opening files is done here, at the edge; reading their content is
 * {@code amity.ingest}'s job.
 */
public final class FileSources {
  /** What amity reads, for messages. */
  public static final String FORMATS = ".txt, .html, .htm, .jsonl, .warc, .rss, .atom, .xml (feeds), and .gz of these";

  private FileSources() {}

  /**
   * {@return the files to read under {@code paths}, in order} Folders are walked recursively;
   * missing paths and unsupported files are reported to {@code errors}.
   */
  public static List<Path> expand(List<String> paths, Consumer<SourceError> errors) {
    List<Path> out = new ArrayList<>();
    for (String s : paths) {
      if (s.equals("-")) {
        out.add(Path.of("-"));
        continue;
      }
      Path p = Path.of(s);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(
                  f -> {
                    if (Readers.supports(f.getFileName().toString())) {
                      out.add(f);
                    } else {
                      errors.accept(new SourceError(f.toString(), "skipped: not a supported format (" + extension(f) + ")"));
                    }
                  });
        } catch (IOException | java.io.UncheckedIOException e) {
          errors.accept(new SourceError(s, "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        if (!Readers.supports(p.getFileName().toString())) {
          errors.accept(new SourceError(s, "not a supported format (" + extension(p) + "); amity reads " + FORMATS));
        } else {
          out.add(p);
        }
      } else {
        errors.accept(new SourceError(s, Files.exists(p) ? "not a regular file" : "no such file or folder"));
      }
    }
    return out;
  }

  /**
   * Opens one input: the file, or stdin for "-" (which closing the returned stream leaves open).
   * A single page ({@code .txt}, {@code .html}) larger than the limit is refused before it is read.
   */
  public static InputStream open(Path p, InputStream stdin, ReadLimits limits) throws IOException {
    if (p.toString().equals("-")) {
      return new FilterInputStream(stdin) {
        @Override
        public void close() {}
      };
    }
    Optional<Readers.Format> f = Readers.byName(p.getFileName().toString());
    boolean single = f.isPresent() && (f.get() == Readers.Format.TEXT || f.get() == Readers.Format.HTML);
    if (single && !p.getFileName().toString().endsWith(".gz")) {
      long size = Files.size(p);
      if (size > limits.maxDocumentBytes()) {
        throw new IOException("too large: " + size + " bytes (limit " + limits.maxDocumentBytes() + ")");
      }
    }
    return Files.newInputStream(p);
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int i = n.lastIndexOf('.');
    return i < 0 ? "no extension" : n.substring(i);
  }
}
