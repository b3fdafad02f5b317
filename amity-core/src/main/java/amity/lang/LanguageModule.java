package amity.lang;

import amity.model.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The code a language needs beyond its data, found by {@link ServiceLoader} (as Lucene finds its
 * analysis factories): one class a language at most, named in {@code
 * META-INF/services/amity.lang.LanguageModule}, serving the pack of its {@link #tag()}. A language
 * without one is read with its data alone.
 *
 * <p>Implementations are stateless and thread-safe, with a public no-argument constructor.
 */
public interface LanguageModule {
  /** {@return the BCP 47 tag of the language served, as its folder is named} */
  String tag();

  /**
   * {@return how the segmenter joins the word tokens ICU cut in one sentence into the language's
   * words (Vietnamese: syllables into "Thủ tướng"); by default, not at all}
   *
   * @param pack the language's pack, whose data the grouping may read
   */
  default WordGrouping words(LanguagePack pack) {
    return WordGrouping.NONE;
  }

  /**
   * {@return the language's own implementation of a component's interface, none when the
   * component's defaults serve it (Chinese gives the recogniser's {@code amity.ner.internal.NerCode}: its
   * features and its cutting into characters)}
   *
   * <p>Typed by class, so this package depends on no component. Settings that are values belong
   * in {@code language.tsv}, not here.
   *
   * @param kind the interface the component asks for
   */
  default <T> Optional<T> code(Class<T> kind) {
    return Optional.empty();
  }

  /**
   * {@return the first of {@code implementations} that is a {@code kind}, for {@link #code}}
   *
   * @param kind the interface asked for
   * @param implementations what a module offers
   */
  static <T> Optional<T> offer(Class<T> kind, Object... implementations) {
    for (Object o : implementations) if (kind.isInstance(o)) return Optional.of(kind.cast(o));
    return Optional.empty();
  }

  /** Joins a sentence's tokens into words; spans keep pointing into the text. Thread-safe. */
  @FunctionalInterface
  interface WordGrouping {
    /** Leaves the tokens as ICU cut them. */
    WordGrouping NONE = (tokens, sentence, offset) -> tokens;

    /**
     * {@return {@code tokens} grouped}
     *
     * @param sentence the sentence's text
     * @param offset where the sentence starts in the text the tokens' spans point into
     */
    List<Token> group(List<Token> tokens, String sentence, int offset);
  }

  /**
   * {@return the modules on the class path by tag}
   *
   * @throws IllegalStateException when two modules serve one tag
   */
  static Map<String, LanguageModule> discover() {
    Map<String, LanguageModule> out = new HashMap<>();
    for (LanguageModule m : ServiceLoader.load(LanguageModule.class, LanguageModule.class.getClassLoader())) {
      LanguageModule had = out.putIfAbsent(m.tag(), m);
      if (had != null) {
        throw new IllegalStateException("two language modules serve '" + m.tag() + "': "
            + had.getClass().getName() + " and " + m.getClass().getName());
      }
    }
    return Map.copyOf(out);
  }
}
