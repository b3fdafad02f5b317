package amity.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads amity's bundled data files from the class path.
 *
 * <p>Data lines are NFC; blank lines and lines starting with {@code #} are skipped. Fields of TSV
 * files are tab-separated.
 */
public final class Resources {
  private Resources() {}

  /** {@return the data lines of a resource, or empty when it does not exist} */
  public static Optional<List<String>> lines(String path) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
    if (in == null) return Optional.empty();
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) continue;
        out.add(Normalizer.normalize(stripBom(line), Normalizer.Form.NFC));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    return Optional.of(out);
  }

  /**
   * {@return the rows of a TSV resource, each with {@code minFields} or more fields}
   *
   * @throws IllegalStateException naming the path when the resource does not exist (a language's
   *     files are read through {@link amity.lang.LanguagePack}, which says which are optional)
   */
  public static List<String[]> tsv(String path, int minFields) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(path).orElseThrow(() -> new IllegalStateException(path + ": not on the class path"))) {
      String[] f = line.split("\t", -1);
      if (f.length < minFields) {
        throw new IllegalStateException(
            path + ": expected at least " + minFields + " tab-separated fields in line: " + line);
      }
      for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
      rows.add(f);
    }
    return rows;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
