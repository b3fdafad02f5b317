package amity.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything amity knows about one language: the data files of its folder, read and checked once,
 * its properties ({@code language.tsv}) and its {@link LanguageModule}, if it has one. A stage
 * asks the pack for a file by its {@link PackFile} declaration, never for a path.
 *
 * <pre>{@code
 * LanguagePack vi = LanguagePacks.bundled().get("vi").orElseThrow();
 * vi.rows(PackFile.TITLES);          // [Thủ tướng, head_of_government], …
 * vi.spaced();                       // true: words are separated by spaces
 * }</pre>
 *
 * <p>Loading fails, with a one-line message naming the file, when the folder holds a file that no
 * {@link PackFile} declares, lacks one its level requires, or has a line with fewer fields than its
 * declaration or a property nothing reads. Immutable and thread-safe; what a reader builds from a pack is kept with
 * the pack ({@link #derived}), so it is built once a pack, not once a process.
 */
public final class LanguagePack {
  /** How much of the pipeline a language has data for; each level requires the files of those below. */
  public enum Level {
    /** Identified, and reported as itself: {@code language.tsv} and {@code profile.tsv}. */
    IDENTIFY,
    /** Cleaned, segmented, its names and events found: every file declared at this level. */
    FULL
  }

  /**
   * A key of {@code language.tsv}: what it says and the values it takes, checked when the pack
   * loads.
   *
   * @param says what the key says, for messages and {@code language.tsv} comments
   * @param expected the values it takes, for messages
   * @param valid whether a value is one of them
   */
  private record Property(String says, String expected, Predicate<String> valid) {
    static Property words(String says) {
      return new Property(says, "words between spaces", v -> true);
    }

    static Property oneOf(String says, String... values) {
      return new Property(says, "one of " + String.join(", ", values), Set.of(values)::contains);
    }

    static Property integer(String says, int min, int max) {
      return new Property(says, "a whole number from " + min + " to " + max, v -> v.matches("[0-9]{1,3}") && Integer.parseInt(v) >= min && Integer.parseInt(v) <= max);
    }
  }

  /** The keys of {@code language.tsv}; the NER and parser keys are read by {@code NerLanguage} and {@code ParseLanguage}, which say what a missing one means. */
  private static final Map<String, Property> PROPERTIES =
      Map.ofEntries(
          Map.entry("level", Property.oneOf("how much of the pipeline the pack has data for (PackFile says which files each requires)", "identify", "full")),
          Map.entry("spacing", Property.oneOf("spaced (words between spaces) or unspaced (Han: no spaces between words)", "spaced", "unspaced")),
          Map.entry("place_prepositions", Property.words("words before a place that a title stands after (\"tại\", \"in\"), not before a name")),
          Map.entry("wikidata_labels", new Property("Wikidata's label languages read as the language's names, in order (unset: the tag alone)", "language codes between spaces", v -> v.matches("[a-z]{2,3}(-[a-z]+)*( [a-z]{2,3}(-[a-z]+)*)*"))),
          Map.entry("ner_split_hyphens", Property.oneOf("whether the recogniser's tokens split at hyphens", "yes", "no")),
          Map.entry("ner_split_possessive", Property.oneOf("whether the recogniser's tokens split a possessive 's off", "yes", "no")),
          Map.entry("ner_lexicon", Property.oneOf("the dictionary whose word classes new recogniser models read", "none", "languagetool-es")),
          Map.entry("ner_cluster_ngrams", new Property("n-gram orders that word clusters are built for", "orders 1 to 3 between spaces", v -> v.matches("[1-3]( [1-3])*"))),
          Map.entry("ner_gazetteer_max_len", Property.integer("longest name, in tokens, that the recogniser's gazetteer keeps", 1, 100)),
          Map.entry("ner_scheme", Property.oneOf("how names are labelled inside a recogniser model", "bio", "bioes")),
          Map.entry("ner_second_stage_folds", Property.integer("0 for one tagger, else folds of the second-stage tagger's jackknifed training", 0, 20)),
          Map.entry("parse_compound_head", Property.oneOf("which piece of a cut word (not a proper noun) heads it", "first", "last")),
          Map.entry("parse_splitter", Property.oneOf("how new parser models cut tokens into the treebank's words", "none", "en-clitics", "es-contractions")));

  private final String tag;
  private final String where;
  private final Map<PackFile, List<String>> files;
  private final Map<String, String> properties;
  private final Level level;
  private final @Nullable LanguageModule module;
  private final Map<Class<?>, Object> derived = new ConcurrentHashMap<>();

  private LanguagePack(String tag, String where, Map<PackFile, List<String>> files, @Nullable LanguageModule module) {
    this.tag = tag;
    this.where = where;
    this.files = files;
    this.module = module;
    for (PackFile f : files.keySet()) if (f.minFields() > 0) rows(f);
    Map<String, String> props = new HashMap<>();
    for (String[] row : rows(PackFile.LANGUAGE)) {
      Property p = PROPERTIES.get(row[0]);
      if (p == null) {
        throw new IllegalStateException(path(PackFile.LANGUAGE) + ": Unknown parameters: " + row[0] + " (known: " + new TreeSet<>(PROPERTIES.keySet()) + ")");
      }
      if (!p.valid().test(row[1])) {
        throw new IllegalStateException(path(PackFile.LANGUAGE) + ": " + row[0] + " must be " + p.expected() + ": '" + row[1] + "'");
      }
      props.put(row[0], row[1]);
    }
    this.properties = Map.copyOf(props);
    this.level = parse(Level.class, "level");
    property("spacing");
    for (PackFile f : PackFile.values()) {
      if (f.requiredAt(level) && !files.containsKey(f)) {
        throw new IllegalStateException(path(f) + ": missing, and a pack of level " + level.name().toLowerCase(Locale.ROOT)
            + " requires it (read by " + f.readBy() + ")");
      }
    }
  }

  /**
   * {@return the pack of {@code tag} in folder {@code dir}, with the module of the tag that {@link
   * LanguageModule#discover()} finds, if any}
   *
   * @throws IllegalStateException naming the file when the folder is not a valid pack
   */
  public static LanguagePack load(String tag, Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      Set<String> names = new TreeSet<>();
      s.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
      return read(tag, dir + "/", names, name -> Files.newInputStream(dir.resolve(name)), LanguageModule.discover().get(tag));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot list the language folder", e);
    }
  }

  /** Opens one file of a folder. */
  interface Opener {
    InputStream open(String name) throws IOException;
  }

  /** Reads and checks a folder of {@code names}; {@code where} prefixes file names in messages. */
  static LanguagePack read(String tag, String where, Set<String> names, Opener opener, @Nullable LanguageModule module) {
    Map<PackFile, List<String>> files = new EnumMap<>(PackFile.class);
    for (String name : names) {
      PackFile f = PackFile.named(name).orElseThrow(() -> new IllegalStateException(
          where + name + ": no reader declares this file (amity.lang.PackFile declares " + declared() + ")"));
      try (InputStream in = opener.open(name)) {
        files.put(f, lines(in, where + name));
      } catch (IOException e) {
        throw new UncheckedIOException(where + name + ": cannot read it", e);
      }
    }
    return new LanguagePack(tag, where, files, module);
  }

  private static String declared() {
    return Arrays.stream(PackFile.values()).map(PackFile::fileName).toList().toString();
  }

  /** {@return the data lines of a stream: NFC, without a byte-order mark, blank and {@code #} lines skipped} */
  static List<String> lines(InputStream in, String path) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("\uFEFF")) line = line.substring(1);
      if (line.isBlank() || line.startsWith("#")) continue;
      out.add(Normalizer.normalize(line, Normalizer.Form.NFC));
    }
    return List.copyOf(out);
  }

  /** {@return the pack's BCP 47 tag} */
  public String tag() {
    return tag;
  }

  /** {@return how much of the pipeline the pack has data for} */
  public Level level() {
    return level;
  }

  /**
   * {@return the ISO 15924 name of the script the language is written in ({@code Latn}, {@code
   * Hani}): the {@code script} of its {@code profile.tsv}}
   */
  public String script() {
    for (String[] row : rows(PackFile.PROFILE)) if (row[0].equals("script")) return row[1];
    throw new IllegalStateException(path(PackFile.PROFILE) + ": missing 'script'");
  }

  /** {@return whether the language writes spaces between words (not so Chinese)} */
  public boolean spaced() {
    return property("spacing").equals("spaced");
  }

  /** {@return the words of a {@code language.tsv} property written as words between spaces, none when it is absent} */
  public Set<String> words(String property) {
    if (!PROPERTIES.containsKey(property)) throw new IllegalArgumentException("no language.tsv property '" + property + "'");
    Set<String> out = new LinkedHashSet<>();
    for (String w : properties.getOrDefault(property, "").split(" ")) if (!w.isEmpty()) out.add(w.replace('_', ' '));
    return Set.copyOf(out);
  }

  /**
   * {@return the value of a {@code language.tsv} key, checked when the pack loaded; none when the
   * folder's file does not set it}
   *
   * @throws IllegalArgumentException for a key {@code language.tsv} does not declare
   */
  public Optional<String> value(String key) {
    if (!PROPERTIES.containsKey(key)) throw new IllegalArgumentException("no language.tsv property '" + key + "'");
    return Optional.ofNullable(properties.get(key));
  }

  private String property(String key) {
    String v = properties.get(key);
    if (v == null) throw new IllegalStateException(path(PackFile.LANGUAGE) + ": missing '" + key + "': " + PROPERTIES.get(key).says());
    return v;
  }

  private <E extends Enum<E>> E parse(Class<E> type, String key) {
    try {
      return Enum.valueOf(type, property(key).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(path(PackFile.LANGUAGE) + ": " + key + " must be one of "
          + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ": '" + property(key) + "'");
    }
  }

  /** {@return the module that holds the language's own code, if it has one} */
  public Optional<LanguageModule> module() {
    return Optional.ofNullable(module);
  }

  /** {@return whether the folder holds {@code file}} */
  public boolean has(PackFile file) {
    return files.containsKey(file);
  }

  /** {@return the data lines of {@code file}; none when the folder does not hold it (its level does not require it)} */
  public List<String> lines(PackFile file) {
    return files.getOrDefault(file, List.of());
  }

  /**
   * {@return the rows of a TSV {@code file}, fields stripped, each with at least the fields its
   * declaration says (checked when the pack was loaded); none when the folder does not hold it}
   */
  public List<String[]> rows(PackFile file) {
    return rows(lines(file), file.minFields(), path(file));
  }

  /** {@return TSV {@code lines} as rows of stripped fields; a line of fewer than {@code minFields} fails naming {@code path}} */
  static List<String[]> rows(List<String> lines, int minFields, String path) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split("\t", -1);
      if (f.length < minFields) {
        throw new IllegalStateException(path + ": expected at least " + minFields + " tab-separated fields in line: " + line);
      }
      for (int i = 0; i < f.length; i++) f[i] = f[i].strip();
      rows.add(f);
    }
    return rows;
  }

  /** {@return where {@code file} of this pack is, for messages: {@code amity/lang/vi/titles.tsv}} */
  public String path(PackFile file) {
    return where + file.fileName();
  }

  /**
   * {@return what {@code make} builds from this pack, built on the first call by {@code reader} and
   * kept with the pack}
   *
   * @param reader the class that reads the pack: one value a reader, always built by the same {@code make}
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Class<?> reader, Function<LanguagePack, T> make) {
    Object v = derived.get(reader);
    if (v == null) {
      v = Objects.requireNonNull(make.apply(this), "a derived value must not be null");
      Object had = derived.putIfAbsent(reader, v);
      if (had != null) v = had;
    }
    return (T) v;
  }

  @Override
  public String toString() {
    return "LanguagePack[" + tag + ", " + level.name().toLowerCase(Locale.ROOT) + ", " + where + "]";
  }
}
