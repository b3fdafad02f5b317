package amity.source;

import amity.decode.TextDecoder;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into raw documents: files by extension, folders recursively in
 * name order, "-" for stdin. Unreadable or unsupported inputs go to the error callback and the
 * rest goes on.
 */
public final class FileSources {
  private FileSources() {}

  /** The formats read from files, by extension. */
  static String formatOf(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".txt") || n.endsWith(".text")) return SourceMeta.TEXT;
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) return SourceMeta.HTML;
    return null;
  }

  /**
   * {@return the files to read under {@code paths}, in order} Folders are walked recursively;
   * missing paths are reported to {@code errors}.
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
              .forEach(f -> {
                if (formatOf(f) != null) {
                  out.add(f);
                } else {
                  errors.accept(new SourceError(f.toString(), "skipped: not a supported format (" + extension(f) + ")"));
                }
              });
        } catch (IOException e) {
          errors.accept(new SourceError(s, "cannot list folder: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        if (formatOf(p) == null) {
          errors.accept(new SourceError(s, "not a supported format (" + extension(p) + "); amity reads .txt, .html, .htm"));
        } else {
          out.add(p);
        }
      } else {
        errors.accept(new SourceError(s, Files.exists(p) ? "not a regular file" : "no such file or folder"));
      }
    }
    return out;
  }

  /** Reads one file (or stdin for "-") into a raw document, refusing files over the size limit. */
  public static RawDocument read(Path p, InputStream stdin) throws IOException {
    if (p.toString().equals("-")) {
      byte[] b = stdin.readNBytes(TextDecoder.MAX_BYTES + 1);
      if (b.length > TextDecoder.MAX_BYTES) throw new IOException("too large: over " + TextDecoder.MAX_BYTES + " bytes");
      return new RawDocument("-", b, looksLikeHtml(b) ? SourceMeta.html() : SourceMeta.text());
    }
    long size = Files.size(p);
    if (size > TextDecoder.MAX_BYTES) {
      throw new IOException("too large: " + size + " bytes (limit " + TextDecoder.MAX_BYTES + ")");
    }
    byte[] b = Files.readAllBytes(p);
    String format = formatOf(p);
    return new RawDocument(p.toString(), b, new SourceMeta(format == null ? SourceMeta.TEXT : format, null, null, null, null, null));
  }

  private static boolean looksLikeHtml(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    return head.contains("<html") || head.contains("<!doctype html");
  }

  private static String extension(Path p) {
    String n = p.getFileName().toString();
    int i = n.lastIndexOf('.');
    return i < 0 ? "no extension" : n.substring(i);
  }
}
