package amity.lexicon;

import amity.lang.LanguagePack;
import amity.lang.PackFile;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How person names look in one language, read from {@code amity/lang/<tag>/names.tsv}: their
 * shape (capitalised words or Han characters), the connectors between a title and its complement,
 * particles inside names, organisation words, surnames, the words that end a search, and the
 * words that make a title after them plural ("the two leaders" stands for no one person), the
 * words after which a name is no person's ("Hurricane"), and the words of a treaty's title
 * ("Convention" + "against"), and the words that join the capitalised parts of one longer name
 * ("Unión Europea de Fútbol", "Bank of England"), and the words that after a comma open the next
 * item of a list ("…, and Jalal Talabani"), and the words before which a state's office title with no
 * name stands for its holder ("美国总统访华"). An underscore in a value stands for a space. Immutable.
 */
public record NameRules(
    String shape,
    Set<String> connectors,
    Set<String> particles,
    Set<String> orgWords,
    Set<String> stoppers,
    Set<String> surnames,
    Set<String> joiners,
    Set<String> suffixes,
    Set<String> pluralBefore,
    Set<String> notPersonAfter,
    Set<String> documentWords,
    Set<String> documentLinks,
    Set<String> transliteration,
    Set<String> sideWords,
    Set<String> notSideAfter,
    Set<String> nameLinks,
    Set<String> listJoiners,
    Set<String> bareTitleBefore) {
  /** The shape of names written as runs of capitalised words. */
  public static final String CAPITALIZED = "capitalized";
  /** The shape of names written as runs of Han characters. */
  public static final String HAN = "han";
  private static final Set<String> KEYS =
      Set.of("shape", "connectors", "particles", "org_words", "stoppers", "surnames", "joiners", "suffixes",
          "not_person_after", "plural_before", "document_words", "document_links", "transliteration", "side_words", "not_side_after",
          "name_links", "list_joiners", "bare_title_before");

  /**
   * {@return whether a word of {@code bare_title_before} opens the text at {@code at}: what may follow
   * a state's office title that stands for its holder with no name after it ("法国总统、总理",
   * "美国总统访华", "墨西哥外长将…")}
   */
  public boolean bareTitleBefore(String text, int at) {
    for (String w : bareTitleBefore) if (text.startsWith(w, at)) return true;
    return false;
  }

  /** {@return whether the text just before {@code at} is a word that makes a title plural} */
  public boolean pluralBefore(String text, int at) {
    String before = text.substring(Math.max(0, at - 24), at).stripTrailing().toLowerCase(java.util.Locale.ROOT);
    for (String w : pluralBefore) {
      if (!before.endsWith(w)) continue;
      int start = before.length() - w.length();
      // A whole word, unless the script has no spaces: "两国领导人".
      if (start == 0 || !Character.isLetter(before.charAt(start - 1)) || shape.equals(HAN)) return true;
    }
    return false;
  }

  /**
   * {@return the index of the last word of {@code words} that belongs to an organisation word or
   * phrase ("Chính phủ", "Interior"), or an acronym such as "CPC"; -1 when none does}
   */
  public int lastOrgWord(List<String> words) {
    int last = -1;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (orgWords.contains(w) || isAcronym(w)) last = Math.max(last, i);
      StringBuilder phrase = new StringBuilder(w);
      for (int j = i + 1; j < words.size() && j < i + 4; j++) {
        phrase.append(' ').append(words.get(j));
        if (orgWords.contains(phrase.toString())) last = Math.max(last, j);
      }
    }
    return last;
  }

  /** {@return whether two or more neighbouring words of {@code words} make an organisation phrase} */
  public boolean hasOrgPhrase(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      StringBuilder phrase = new StringBuilder(words.get(i));
      for (int j = i + 1; j < words.size() && j < i + 4; j++) {
        phrase.append(' ').append(words.get(j));
        if (orgWords.contains(phrase.toString())) return true;
      }
    }
    return false;
  }

  private static boolean isAcronym(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) return false;
        letters++;
      }
    }
    return letters >= 2;
  }

  /** {@return whether {@code character} is one typical of a transliterated foreign name ("斯", "尔")} */
  public boolean isTransliteration(String character) {
    return transliteration.contains(character);
  }

  /**
   * {@return whether a name of Han characters reads as a native personal name} A surname first
   * (a double one tried first), one or two characters after it, and fewer than two characters
   * typical of transliteration: "李克强", "王毅", not "穆塔里卡" (four, a single surname), "卡塞拉"
   * (no surname), "王尔德" (尔 and 德 render sounds).
   */
  public boolean nativeHanName(String name) {
    String n = name.strip();
    if (n.length() < 2 || n.length() > 4 || !n.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
      return false;
    }
    int surname = n.length() > 2 && surnames.contains(n.substring(0, 2)) ? 2 : surnames.contains(n.substring(0, 1)) ? 1 : 0;
    if (surname == 0 || n.length() - surname > 2) return false;
    long sounds = n.codePoints().filter(c -> transliteration.contains(Character.toString(c))).count();
    return sounds < 2;
  }

  /**
   * {@return the length of a word for a country's side ("方" of "中方", "美方") at {@code at} of
   * {@code text}, or 0} Not when it opens a longer word ("方面", "方案").
   */
  public int sideWordAt(String text, int at) {
    for (String w : sideWords) {
      if (!text.startsWith(w, at)) continue;
      int end = at + w.length();
      if (end < text.length() && notSideAfter.contains(Character.toString(text.codePointAt(end)))) continue;
      return w.length();
    }
    return 0;
  }

  /** {@return the rules of a pack's {@code names.tsv}, built once a pack, or empty when it has none} */
  public static Optional<NameRules> of(LanguagePack pack) {
    if (!pack.has(PackFile.NAMES)) return Optional.empty();
    return pack.derived(NameRules.class, p -> read(p.rows(PackFile.NAMES), p.path(PackFile.NAMES)));
  }

  private static Optional<NameRules> read(List<String[]> rows, String path) {
    if (rows.isEmpty()) return Optional.empty();
    Map<String, Set<String>> kv = new HashMap<>();
    for (String[] r : rows) {
      if (!KEYS.contains(r[0])) throw new IllegalStateException(path + ": Unknown parameters: " + r[0]);
      Set<String> words = new HashSet<>();
      for (String w : r[1].split(" ")) if (!w.isEmpty()) words.add(w.replace('_', ' '));
      kv.computeIfAbsent(r[0], k -> new HashSet<>()).addAll(words);
    }
    String shape = kv.getOrDefault("shape", Set.of(CAPITALIZED)).iterator().next();
    if (!shape.equals(CAPITALIZED) && !shape.equals(HAN)) {
      throw new IllegalStateException(path + ": shape must be capitalized or han: " + shape);
    }
    return Optional.of(
        new NameRules(
            shape,
            Set.copyOf(kv.getOrDefault("connectors", Set.of())),
            Set.copyOf(kv.getOrDefault("particles", Set.of())),
            Set.copyOf(kv.getOrDefault("org_words", Set.of())),
            Set.copyOf(kv.getOrDefault("stoppers", Set.of())),
            Set.copyOf(kv.getOrDefault("surnames", Set.of())),
            Set.copyOf(kv.getOrDefault("joiners", Set.of())),
            Set.copyOf(kv.getOrDefault("suffixes", Set.of())),
            Set.copyOf(kv.getOrDefault("plural_before", Set.of())),
            Set.copyOf(kv.getOrDefault("not_person_after", Set.of())),
            Set.copyOf(kv.getOrDefault("document_words", Set.of())),
            Set.copyOf(kv.getOrDefault("document_links", Set.of())),
            Set.copyOf(kv.getOrDefault("transliteration", Set.of())),
            Set.copyOf(kv.getOrDefault("side_words", Set.of())),
            Set.copyOf(kv.getOrDefault("not_side_after", Set.of())),
            Set.copyOf(kv.getOrDefault("name_links", Set.of())),
            Set.copyOf(kv.getOrDefault("list_joiners", Set.of())),
            Set.copyOf(kv.getOrDefault("bare_title_before", Set.of()))));
  }
}
