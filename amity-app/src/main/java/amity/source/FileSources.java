package amity.source;

import amity.decode.DecodeException;
import amity.ingest.DocumentReader;
import amity.ingest.ReadLimits;
import amity.ingest.Readers;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import amity.model.RawDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
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
   * {@return the inputs to ingest under {@code paths}, in order: files of every format amity
   * reads} Folders are walked recursively; missing paths and unsupported files are reported to
   * {@code errors}.
   */
  public static List<Path> inputs(List<String> paths, Consumer<SourceError> errors) {
    return walk(paths, errors, Readers::supports, FORMATS);
  }

  /**
   * {@return how a file found under one of {@code roots} is named in the store: relative to the
   * root it was found under, that root's own name first ("seeds/vn-cu.html" for
   * {@code /home/a/seeds/vn-cu.html} found under {@code /home/a/seeds}; "page.html" for a file
   * given itself)} The store keeps no absolute path, which would tell anyone who reads the API
   * where the server keeps its files. Stdin stays "-".
   */
  public static String nameUnder(List<String> roots, Path file) {
    if (file.toString().equals("-")) return "-";
    Path f = file.toAbsolutePath().normalize();
    for (String r : roots) {
      if (r.equals("-")) continue;
      Path root = Path.of(r).toAbsolutePath().normalize();
      if (f.equals(root)) return slashes(f.getFileName());
      if (f.startsWith(root)) {
        Path rel = root.relativize(f);
        return root.getFileName() == null ? slashes(rel) : slashes(root.getFileName()) + "/" + slashes(rel);
      }
    }
    return slashes(f.getFileName());
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }

  /**
   * {@return the single pages ({@code .txt}, {@code .html}, {@code .htm}) under {@code paths}, in
   * order} For tools that read one page a file with {@link #read}; other files are reported to
   * {@code errors} as not supported.
   */
  public static List<Path> expand(List<String> paths, Consumer<SourceError> errors) {
    return walk(paths, errors, FileSources::isPage, ".txt, .html, .htm");
  }

  private static boolean isPage(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    return !n.endsWith(".gz") && Readers.byName(n).map(f -> f == Readers.Format.TEXT || f == Readers.Format.HTML).orElse(false);
  }

  private static List<Path> walk(List<String> paths, Consumer<SourceError> errors, Predicate<String> supported, String formats) {
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
                    if (supported.test(f.getFileName().toString())) {
                      out.add(f);
                    } else {
                      errors.accept(new SourceError(f.toString(), "skipped: not a supported format (" + extension(f) + ")"));
                    }
                  });
        } catch (IOException | java.io.UncheckedIOException e) {
          errors.accept(new SourceError(s, "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        if (!supported.test(p.getFileName().toString())) {
          errors.accept(new SourceError(s, "not a supported format (" + extension(p) + "); amity reads " + formats));
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

  /**
   * Reads one file (or stdin for "-") holding a single page into a raw document, refusing files
   * over the size limit; of a container (JSON Lines, WARC, feed) its first document. Callers that
   * ingest containers read them record by record with {@link Readers#open} instead.
   */
  public static RawDocument read(Path p, InputStream stdin) throws IOException {
    try (InputStream in = open(p, stdin, ReadLimits.DEFAULT);
        DocumentReader r = Readers.open(p.toString(), in, ReadLimits.DEFAULT, problem -> {})) {
      return r.next().orElseThrow(() -> new DecodeException(p.toString(), "no document in it"));
    }
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int i = n.lastIndexOf('.');
    return i < 0 ? "no extension" : n.substring(i);
  }
}
