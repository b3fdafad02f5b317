package amity.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The names records are stored under, as {@code amity ingest} names them: relative to the input
 * they were found under, that input's own name first — {@code crawl/2025/a.warc.gz} for {@code
 * --input /data/crawl} or {@code --input ../crawl}, {@code a.warc.gz} for a file given itself —
 * instead of the qualified URI Hadoop lists ({@code file:/data/crawl/2025/…}). So a store made by
 * {@code amity import} of the job's output names its sources as one made by {@code amity ingest}
 * of the same input, and neither shows where the files were kept.
 *
 * @param roots each input's qualified folder or file (without its glob part) and the name it
 *     stands for (its last part), longest first
 */
record InputNames(List<Root> roots) implements Serializable {
  private static final Pattern GLOB = Pattern.compile("[*?\\[{]");

  /** A qualified path prefix and the name it is shown as. */
  record Root(String qualified, String given) implements Serializable {}

  InputNames {
    roots = roots.stream().sorted(Comparator.comparingInt((Root r) -> r.qualified().length()).reversed()).toList();
  }

  /** {@return the names of {@code inputs} (paths or globs) as qualified by {@code conf}'s file systems} */
  static InputNames of(List<String> inputs, Configuration conf) throws IOException {
    List<Root> roots = new ArrayList<>();
    for (String input : inputs) {
      String given = withoutGlob(input);
      Path p = new Path(given.isEmpty() ? "." : given);
      FileSystem fs = p.getFileSystem(conf);
      Path qualified = fs.makeQualified(p);
      roots.add(new Root(strip(qualified.toString()), qualified.getName()));
    }
    return new InputNames(roots);
  }

  /** {@return the name of the file Hadoop lists as {@code qualified}} */
  String name(String qualified) {
    for (Root r : roots) {
      if (qualified.equals(r.qualified())) return r.given().isEmpty() ? qualified : r.given();
      if (qualified.startsWith(r.qualified() + "/")) {
        String rest = qualified.substring(r.qualified().length() + 1);
        return r.given().isEmpty() ? rest : r.given() + "/" + rest;
      }
    }
    return qualified;
  }

  /** The path up to the first part with a glob character ("crawl/2025/*.gz" → "crawl/2025"). */
  private static String withoutGlob(String input) {
    var m = GLOB.matcher(input);
    if (!m.find()) return input;
    int slash = input.lastIndexOf('/', m.start());
    return slash < 0 ? "" : slash == 0 ? "/" : input.substring(0, slash);
  }

  /** Trailing slashes go, as {@code java.nio.file.Path} drops them ("crawl/" → "crawl"). */
  private static String strip(String path) {
    String s = path;
    while (s.length() > 1 && s.endsWith("/")) s = s.substring(0, s.length() - 1);
    return s;
  }
}
