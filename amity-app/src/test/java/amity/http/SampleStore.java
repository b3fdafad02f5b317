package amity.http;

import amity.kb.KnowledgeBase;
import amity.lexicon.Resources;
import amity.model.DocumentAnalysis;
import amity.model.RawDocument;
import amity.model.SourceMeta;
import amity.pipeline.Pipeline;
import amity.store.Store;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The bundled sample corpus analysed into a store once per test JVM, copied for each test class. */
public final class SampleStore {
  private static Path built;

  private SampleStore() {}

  public static KnowledgeBase kb() {
    return amity.testkit.Analyze.kb();
  }

  /** {@return the sample pages, analysed} */
  public static List<DocumentAnalysis> analyses() throws IOException {
    Pipeline p = Pipeline.builder().defaults(kb()).build();
    List<DocumentAnalysis> out = new ArrayList<>();
    for (String f : Resources.lines("amity/sample/sample.list").orElseThrow()) {
      try (InputStream in = SampleStore.class.getClassLoader().getResourceAsStream("amity/sample/" + f.strip())) {
        byte[] b = in.readAllBytes();
        out.add(p.process(new RawDocument("sample/" + f.strip(), b, f.strip().endsWith(".html") ? SourceMeta.html() : SourceMeta.text())));
      }
    }
    return out;
  }

  /** Copies a refreshed store of the sample corpus into {@code dir} and opens it. */
  public static synchronized Store open(Path dir) throws IOException {
    if (built == null) {
      Path b = Files.createTempDirectory("amity-sample-store");
      try (Store s = Store.open(b)) {
        s.writer().saveAll(analyses());
        s.writer().refresh(kb());
      }
      built = b;
      // The copy each test class opens is its own; this original is the JVM's to remove.
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(b)));
    }
    try (Stream<Path> files = Files.walk(built)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(built.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, to);
        }
      }
    }
    return Store.open(dir);
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Nothing to do at exit: the folder stays in the temporary directory.
    }
  }
}
