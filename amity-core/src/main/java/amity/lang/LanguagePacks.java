package amity.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The language packs a pipeline reads, in the order of {@code languages.txt} (the one list of
 * amity's languages), with what is shared by all: the cleaning rules of {@code common/} and the
 * scripts that name a language on their own ({@code scripts.tsv}).
 *
 * <pre>{@code
 * LanguagePacks packs = LanguagePacks.bundled();               // amity/lang/ on the class path
 * packs.get("vi").map(p -> p.rows(PackFile.TITLES));
 * packs.with(LanguagePack.load("xx", Path.of("my-lang/xx")));  // one more language
 * }</pre>
 *
 * <p>Every pack is read and checked when the set is loaded, so a misspelt or missing file fails
 * before the pipeline reads a page. Immutable and thread-safe.
 */
public final class LanguagePacks {
  private static final String ROOT = "amity/lang/";
  private static final String COMMON = "common/";

  private final Map<String, LanguagePack> packs;
  private final List<String[]> commonCleaning;
  private final List<String[]> scripts;

  private LanguagePacks(Map<String, LanguagePack> packs, List<String[]> commonCleaning, List<String[]> scripts) {
    this.packs = packs;
    this.commonCleaning = commonCleaning;
    this.scripts = scripts;
  }

  /**
   * {@return the packs bundled with amity, {@code amity/lang/} on the class path, each read and
   * checked once a process: every call returns the same set}
   *
   * @throws IllegalStateException naming the file when a folder is not a valid pack
   */
  public static LanguagePacks bundled() {
    LanguagePacks b = bundled;
    if (b == null) {
      synchronized (LanguagePacks.class) {
        b = bundled;
        if (b == null) bundled = b = readBundled();
      }
    }
    return b;
  }

  /** The bundled packs once read; a failed read is not kept, so every call names the bad file. */
  private static volatile @Nullable LanguagePacks bundled;

  private static LanguagePacks readBundled() {
    URL list = LanguagePacks.class.getClassLoader().getResource(ROOT + "languages.txt");
    if (list == null) throw new IllegalStateException(ROOT + "languages.txt: not on the class path");
    return read(ROOT, folders(list), LanguageModule.discover());
  }

  /** What a root folder holds: the names of the files in each sub-folder, and how to open one by path. */
  private interface Root {
    Set<String> names(String folder) throws IOException;

    InputStream open(String path) throws IOException;
  }

  private static LanguagePacks read(String where, Root root, Map<String, LanguageModule> modules) {
    try {
      List<String> tags = new ArrayList<>();
      for (String line : lines(root, where, "languages.txt")) tags.add(line.strip());
      Map<String, LanguagePack> packs = new LinkedHashMap<>();
      for (String tag : tags) {
        Set<String> names = root.names(tag + "/");
        if (names.isEmpty()) throw new IllegalStateException(where + tag + "/: languages.txt names it, but the folder is missing or empty");
        packs.put(tag, LanguagePack.read(tag, where + tag + "/", names, name -> root.open(tag + "/" + name), modules.get(tag)));
      }
      Set<String> common = root.names(COMMON);
      for (String name : common) {
        if (!name.equals(PackFile.CLEANING.fileName())) {
          throw new IllegalStateException(where + COMMON + name + ": no reader declares this file (common/ holds cleaning.tsv only)");
        }
      }
      String cleaningPath = COMMON + PackFile.CLEANING.fileName();
      List<String[]> cleaning = common.isEmpty() ? List.of()
          : LanguagePack.rows(lines(root, where, cleaningPath), PackFile.CLEANING.minFields(), where + cleaningPath);
      List<String[]> scripts = LanguagePack.rows(lines(root, where, "scripts.tsv"), 2, where + "scripts.tsv");
      return new LanguagePacks(Collections.unmodifiableMap(packs), cleaning, List.copyOf(scripts));
    } catch (IOException e) {
      throw new UncheckedIOException(where + ": cannot read the language folders", e);
    }
  }

  private static List<String> lines(Root root, String where, String path) throws IOException {
    try (InputStream in = root.open(path)) {
      return LanguagePack.lines(in, where + path);
    }
  }

  /** The folders beside {@code languages.txt}, in a directory or a jar. */
  private static Root folders(URL languages) {
    try {
      if (languages.getProtocol().equals("file")) return directory(Path.of(languages.toURI()).getParent());
      URLConnection c = languages.openConnection();
      if (c instanceof JarURLConnection jar) {
        JarFile file = jar.getJarFile();
        String dir = jar.getEntryName().substring(0, jar.getEntryName().lastIndexOf('/') + 1);
        return new Root() {
          @Override
          public Set<String> names(String folder) {
            Set<String> out = new TreeSet<>();
            for (Enumeration<JarEntry> es = file.entries(); es.hasMoreElements(); ) {
              String n = es.nextElement().getName();
              if (n.startsWith(dir + folder) && n.length() > (dir + folder).length() && n.indexOf('/', (dir + folder).length()) < 0) {
                out.add(n.substring((dir + folder).length()));
              }
            }
            return out;
          }

          @Override
          public InputStream open(String path) throws IOException {
            JarEntry e = file.getJarEntry(dir + path);
            if (e == null) throw new IOException(dir + path + ": not in " + file.getName());
            return file.getInputStream(e);
          }
        };
      }
      throw new IllegalStateException(languages + ": cannot list the language folders of a " + languages.getProtocol() + " class path");
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException(languages + ": cannot open the language folders: " + e.getMessage(), e);
    }
  }

  private static Root directory(Path dir) {
    return new Root() {
      @Override
      public Set<String> names(String folder) throws IOException {
        Path d = dir.resolve(folder);
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(d)) return out;
        try (Stream<Path> s = Files.list(d)) {
          s.filter(Files::isRegularFile).forEach(p -> out.add(p.getFileName().toString()));
        }
        return out;
      }

      @Override
      public InputStream open(String path) throws IOException {
        return Files.newInputStream(dir.resolve(path));
      }
    };
  }

  /** {@return these packs and {@code pack}, which replaces a pack of its tag} */
  public LanguagePacks with(LanguagePack pack) {
    Objects.requireNonNull(pack, "pack must not be null");
    Map<String, LanguagePack> m = new LinkedHashMap<>();
    for (String t : tags()) m.put(t, packs.get(t));
    m.put(pack.tag(), pack);
    return new LanguagePacks(Collections.unmodifiableMap(m), commonCleaning, scripts);
  }

  /** {@return the tags of the packs, in the order of {@code languages.txt}} */
  public List<String> tags() {
    return packs.values().stream().map(LanguagePack::tag).toList();
  }

  /**
   * {@return the tags of the packs of {@code level}, in the order of {@code languages.txt}}
   * {@code tags(Level.FULL)} are the languages amity analyses (en, vi, zh, es today).
   */
  public List<String> tags(LanguagePack.Level level) {
    Objects.requireNonNull(level, "level must not be null");
    return packs.values().stream().filter(p -> p.level() == level).map(LanguagePack::tag).toList();
  }

  /** {@return the packs, in the order of {@code languages.txt}} */
  public List<LanguagePack> all() {
    return List.copyOf(packs.values());
  }

  /** {@return the pack of {@code tag}, or empty when amity has none for it} */
  public Optional<LanguagePack> get(String tag) {
    return Optional.ofNullable(packs.get(tag));
  }

  /** {@return the rows of {@code common/cleaning.tsv}: cleaning rules of every language} */
  public List<String[]> commonCleaning() {
    return commonCleaning;
  }

  /** {@return the path of {@code common/cleaning.tsv}, for messages} */
  public String commonCleaningPath() {
    return ROOT + COMMON + PackFile.CLEANING.fileName();
  }

  /** {@return the rows of {@code scripts.tsv}: an ICU script code and the tag it names on its own} */
  public List<String[]> scripts() {
    return scripts;
  }

  @Override
  public String toString() {
    return "LanguagePacks" + tags();
  }
}
