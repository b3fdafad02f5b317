package amity.parse.internal;

import amity.ner.internal.NerLanguage;

/**
 * What the parser needs to know about a language: which piece of a treebank word that amity's
 * segmenter cuts into several tokens heads the others. The pieces of a proper noun always hang
 * from the first (as UD's {@code flat} does); for other words it depends on the language:
 * Vietnamese and Spanish compounds are head-first ("nhà máy", "hombre lobo"), Chinese and English
 * ones head-last ("发言人" cut as 发言 | 人, "e-mail" as e | - | mail).
 *
 * @param lang primary BCP 47 subtag
 * @param headFirst whether the first piece of a cut word (not a proper noun) heads it
 */
public record ParseLanguage(String lang, boolean headFirst) {
  /** {@return the settings of a language (head-first for languages not listed)} */
  public static ParseLanguage of(String lang) {
    String p = primary(lang);
    return switch (p) {
      case "zh", "en" -> new ParseLanguage(p, false);
      default -> new ParseLanguage(p, true);
    };
  }

  /** {@return the primary subtag of a BCP 47 tag, lower case: "zh-Hans" gives "zh"} */
  public static String primary(String lang) {
    return NerLanguage.primary(lang);
  }
}
