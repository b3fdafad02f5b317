package amity.parse.internal;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
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
  /**
   * {@return the settings of a language, as its pack's {@code language.tsv} sets them ({@code
   * parse_compound_head}, {@code parse_splitter}): head-first, no splitting where it sets none and
   * for a language without a pack}
   */
  public static ParseLanguage of(String lang) {
    String p = primary(lang);
    return LanguagePacks.bundled().get(p)
        .map(pack -> pack.derived(ParseLanguage.class, ParseLanguage::of))
        .orElseGet(() -> new ParseLanguage(p, true, Splitter.NONE));
  }

  private static ParseLanguage of(LanguagePack pack) {
    return new ParseLanguage(
        primary(pack.tag()),
        pack.value("parse_compound_head").orElse("first").equals("first"),
        splitter(pack.value("parse_splitter").orElse("none")));
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
