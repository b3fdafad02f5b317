package amity.parse.internal;

import amity.ner.internal.NerLanguage;
import amity.parse.en.Clitics;
import amity.parse.es.Contractions;

/**
 * What the parser needs to know about a language: which piece of a treebank word that amity's
 * segmenter cuts into several tokens heads the others, and how a token is cut into the words the
 * treebank writes ({@link Splitter}). The pieces of a proper noun always hang from the first (as
 * UD's {@code flat} does); for other words it depends on the language: Vietnamese and Spanish
 * compounds are head-first ("nhà máy", "hombre lobo"), Chinese and English ones head-last (发言人
 * cut as 发言 | 人, "e-mail" as e | - | mail).
 *
 * @param lang primary BCP 47 subtag
 * @param headFirst whether the first piece of a cut word (not a proper noun) heads it
 * @param splitter how new models of the language cut tokens into words (each model records its own)
 */
public record ParseLanguage(String lang, boolean headFirst, Splitter splitter) {
  /** {@return the settings of a language (head-first, no splitting for languages not listed)} */
  public static ParseLanguage of(String lang) {
    String p = primary(lang);
    return switch (p) {
      case "en" -> new ParseLanguage(p, false, new Clitics());
      case "es" -> new ParseLanguage(p, true, new Contractions());
      case "zh" -> new ParseLanguage(p, false, Splitter.NONE);
      default -> new ParseLanguage(p, true, Splitter.NONE);
    };
  }

  /**
   * {@return the splitter a model file names}
   *
   * @throws IllegalArgumentException for a name this amity does not know
   */
  public static Splitter splitter(String name) {
    return switch (name) {
      case "none" -> Splitter.NONE;
      case Clitics.NAME -> new Clitics();
      case Contractions.NAME -> new Contractions();
      default -> throw new IllegalArgumentException("unknown splitter '" + name + "'");
    };
  }

  /** {@return the primary subtag of a BCP 47 tag, lower case: "zh-Hans" gives "zh"} */
  public static String primary(String lang) {
    return NerLanguage.primary(lang);
  }
}
