package amity.spark;

import amity.ingest.ReadProblem;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The files under the job's inputs, listed on the driver: globs expanded, folders read
 * recursively in name order (as {@code amity ingest} reads them), hidden files ({@code .x},
 * {@code _x}) left out. Stateless.
 */
final class InputFiles {
  private InputFiles() {}

  /**
   * {@return the qualified names of the files under {@code inputs}, in order} An input that
   * matches nothing goes to {@code missing}.
   */
  static List<String> list(List<String> inputs, Configuration conf, Consumer<ReadProblem> missing) throws IOException {
    List<String> out = new ArrayList<>();
    for (String input : inputs) {
      Path p = new Path(input);
      FileSystem fs = p.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(p);
      if (matches == null || matches.length == 0) {
        missing.accept(new ReadProblem(input, "no such file or folder"));
        continue;
      }
      List<String> found = new ArrayList<>();
      for (FileStatus m : matches) {
        if (!m.isDirectory()) {
          found.add(m.getPath().toString());
          continue;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(m.getPath(), true);
        while (it.hasNext()) {
          LocatedFileStatus f = it.next();
          if (!hidden(m.getPath(), f.getPath())) found.add(f.getPath().toString());
        }
      }
      Collections.sort(found);
      out.addAll(found);
    }
    return out;
  }

  /** A name starting with "." or "_" below the listed folder: a checksum, a marker, a dot file. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) return true;
    }
    return false;
  }

  /** The elements of the iterators {@code each} gives for {@code items}, one after the other. */
  static <T, R> Iterator<R> flatten(Iterator<T> items, Function<T, Iterator<R>> each) {
    return new Iterator<>() {
      private Iterator<R> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && items.hasNext()) current = each.apply(items.next());
        return current.hasNext();
      }

      @Override
      public R next() {
        if (!hasNext()) throw new NoSuchElementException();
        return current.next();
      }
    };
  }

  /** The driver's Hadoop configuration as it travels to the tasks (credentials, file systems). */
  record Conf(Map<String, String> entries) implements Serializable {
    static Conf of(Configuration c) {
      Map<String, String> m = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : c) m.put(e.getKey(), e.getValue());
      return new Conf(m);
    }

    Configuration configuration() {
      Configuration c = new Configuration(false);
      entries.forEach(c::set);
      return c;
    }
  }
}
