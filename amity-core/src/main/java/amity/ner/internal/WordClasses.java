package amity.ner.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * The word classes a morphological dictionary gives a word form, as a bit mask: proper nouns by
 * what they name (person, place, organisation, other) and common words by part of speech. Reads
 * a morfologik dictionary tagged with the EAGLES tag set (FreeLing's), such as LanguageTool's
 * Spanish one, whose 19,000 proper nouns are a gazetteer from outside the training data: a name
 * the training corpus never saw can still be known as a place or a first name, and a capitalised
 * word that is also a common noun or verb is less likely a name. Thread-safe: each thread gets
 * its own lookup cursor; the cache of looked-up words is shared.
 */
public final class WordClasses {
  public static final int PERSON = 1;
  public static final int PLACE = 2;
  public static final int ORGANISATION = 4;
  public static final int OTHER_NAME = 8;
  public static final int NOUN = 16;
  public static final int VERB = 32;
  public static final int ADJECTIVE = 64;
  public static final int ADVERB = 128;
  public static final int FUNCTION_WORD = 256;
  public static final int OTHER = 512;

  /** Proper-noun classes only. */
  public static final int NAMES = PERSON | PLACE | ORGANISATION | OTHER_NAME;

  /** No dictionary: every word has no class. */
  public static final WordClasses NONE = new WordClasses(null);

  /** The name of no lexicon, as a model file records it. */
  public static final String NO_LEXICON = "";

  /** The name of LanguageTool's Spanish dictionary ({@code org.softcatala:spanish-pos-dict}). */
  public static final String SPANISH = "languagetool-es";

  // words looked up, with their classes: news repeats its words, and a walk through the
  // dictionary's automaton costs more than the rest of a token's features. One cache for all
  // threads (a server's request threads come and go), emptied when full.
  private static final int CACHE_LIMIT = 1 << 15;

  private final Dictionary dictionary;
  private final ThreadLocal<DictionaryLookup> lookups;
  private final ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();

  private WordClasses(Dictionary dictionary) {
    this.dictionary = dictionary;
    this.lookups = dictionary == null ? null : ThreadLocal.withInitial(() -> new DictionaryLookup(dictionary));
  }

  /**
   * Reads a morfologik dictionary from a class-path resource (its {@code .info} file beside it).
   *
   * @throws UncheckedIOException when the resource is missing or unreadable
   */
  public static WordClasses load(String resource) {
    URL url = WordClasses.class.getResource(resource);
    if (url == null) throw new UncheckedIOException(new IOException("no dictionary on the class path: " + resource));
    try {
      return new WordClasses(Dictionary.read(url));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dictionary " + resource, e);
    }
  }

  /**
   * {@return the lexicon a model file names}, read once when first asked for
   *
   * @throws IllegalArgumentException for a name this version of amity does not know
   */
  public static WordClasses named(String name) {
    return switch (name) {
      case NO_LEXICON -> NONE;
      case SPANISH -> Spanish.DICTIONARY;
      default -> throw new IllegalArgumentException("unknown lexicon '" + name + "'");
    };
  }

  private static final class Spanish {
    static final WordClasses DICTIONARY = load("/org/languagetool/resource/es/es-ES.dict");
  }

  /** {@return whether a dictionary stands behind this (false for {@link #NONE})} */
  public boolean present() {
    return dictionary != null;
  }

  /** {@return the classes of the word form exactly as written (case matters), 0 when unknown} */
  public int of(String word) {
    if (dictionary == null || word.isEmpty() || word.length() > 40) return 0;
    Integer known = cache.get(word);
    if (known != null) return known;
    List<WordData> found = lookups.get().lookup(word);
    int mask = 0;
    for (int k = 0, n = found.size(); k < n; k++) {
      CharSequence tag = found.get(k).getTag();
      if (tag != null) mask |= classOf(tag);
    }
    if (cache.size() >= CACHE_LIMIT) cache.clear();
    cache.put(word, mask);
    return mask;
  }

  /** {@return the class of one EAGLES tag: its category letter, and for a proper noun its kind} */
  static int classOf(CharSequence tag) {
    if (tag.length() == 0) return 0;
    switch (tag.charAt(0)) {
      case 'N':
        if (tag.length() > 1 && tag.charAt(1) == 'P') {
          // positions 5-6 classify a proper noun: SP person, G0 place, O0 organisation, V0 other
          char kind = tag.length() > 4 ? tag.charAt(4) : '0';
          return switch (kind) {
            case 'S' -> PERSON;
            case 'G' -> PLACE;
            case 'O' -> ORGANISATION;
            default -> OTHER_NAME;
          };
        }
        return NOUN;
      case 'V':
        return VERB;
      case 'A':
        return ADJECTIVE;
      case 'R':
        return ADVERB;
      case 'D', 'P', 'S', 'C', 'I':
        return FUNCTION_WORD;
      default:
        return OTHER;
    }
  }
}
