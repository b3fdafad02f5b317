package amity.lang;

import java.util.Optional;

/**
 * The files a language folder may hold, each with what reads it: the one place a file name is
 * declared. A folder holding a file declared nowhere here, or lacking one its {@link
 * LanguagePack.Level} requires, fails when its pack is loaded, naming the file.
 *
 * <p>Data lines are NFC; blank lines and lines starting with {@code #} are skipped; fields of TSV
 * files are tab-separated and stripped.
 */
public enum PackFile {
  /** Properties of the language ({@link LanguagePack#property}): level, spacing, words code would otherwise hold. */
  LANGUAGE("language.tsv", LanguagePack.Level.IDENTIFY, 2, "amity.lang.LanguagePack"),
  /** Script, stop words and marks that identify the language. */
  PROFILE("profile.tsv", LanguagePack.Level.IDENTIFY, 2, "amity.language.ProfileLanguageIdentifier"),
  /** Line rules of the page cleaner (boilerplate, datelines, publication dates). */
  CLEANING("cleaning.tsv", LanguagePack.Level.FULL, 2, "amity.clean.CleaningRules"),
  /** Titles that stand before a name ("Thủ tướng", "President"). */
  TITLES("titles.tsv", LanguagePack.Level.FULL, 2, "amity.mention.TitleFinder, amity.ner.NerMentionFinder"),
  /** The shape of names and the words around them. */
  NAMES("names.tsv", LanguagePack.Level.FULL, 2, "amity.lexicon.NameRules"),
  /** Event triggers: phrase, form, type, CAMEO code, mode and requirements. */
  TRIGGERS("triggers.tsv", LanguagePack.Level.FULL, 5, "amity.event.extract.EventLexicon"),
  /** Context words of the event extractor by kind (planned, locative, agent, …). */
  EVENTS("events.tsv", LanguagePack.Level.FULL, 2, "amity.event.extract.EventLexicon"),
  /** Words naming fields of cooperation. */
  FIELDS("fields.tsv", LanguagePack.Level.FULL, 2, "amity.event.extract.EventLexicon, amity.event.Topics"),
  /** Units, multipliers and number words of quantities. */
  QUANTITIES("quantities.tsv", LanguagePack.Level.FULL, 3, "amity.event.extract.EventLexicon"),
  /** Words about actors: groups of states, descriptors, pronouns. */
  ACTORS("actors.tsv", LanguagePack.Level.FULL, 2, "amity.event.extract.ActorWords, amity.event.extract.GroupFinder"),
  /** Date patterns and the words that scope a date. */
  DATES("dates.tsv", LanguagePack.Level.FULL, 2, "amity.time.DatePatterns"),
  /** Month names and their numbers. */
  MONTHS("months.tsv", LanguagePack.Level.FULL, 2, "amity.time.DatePatterns, amity.time.MonthNames"),
  /** Weekday names and their numbers. */
  WEEKDAYS("weekdays.tsv", LanguagePack.Level.FULL, 2, "amity.time.DatePatterns"),
  /** Relative time words ("yesterday", "hôm qua") and number words. */
  RELATIVE("relative.tsv", LanguagePack.Level.FULL, 2, "amity.time.DatePatterns"),
  /** Direction words of dates ("next", "last"). */
  DIRECTIONS("directions.tsv", LanguagePack.Level.FULL, 2, "amity.time.DatePatterns"),
  /** Optional: topic words of the NER features. */
  TOPICS("topics.tsv", null, 2, "amity.ner.internal.TopicWords"),
  /** Optional: abbreviations that do not end a sentence, and words that open one. */
  SENTENCES("sentences.tsv", null, 2, "amity.text.IcuSegmenter"),
  /** Optional: words of several syllables for a language that spaces its syllables. */
  WORDS("words.txt", null, 0, "amity.text.SyllableWords"),
  /** Optional: short forms of names (Chinese). */
  ABBREVIATIONS("abbreviations.tsv", null, 2, "amity.ner.NerMentionFinder, amity.event.extract.EventLexicon, amity.mention.TitleFinder"),
  /** Optional: Sino-Vietnamese readings of Han characters. */
  SINO_VIETNAMESE("sino-vietnamese.tsv", null, 2, "amity.link.Readings");

  private final String fileName;
  private final LanguagePack.@org.jspecify.annotations.Nullable Level requiredFrom;
  private final int minFields;
  private final String readBy;

  PackFile(String fileName, LanguagePack.@org.jspecify.annotations.Nullable Level requiredFrom, int minFields, String readBy) {
    this.fileName = fileName;
    this.requiredFrom = requiredFrom;
    this.minFields = minFields;
    this.readBy = readBy;
  }

  /** {@return the file's name in a language folder} */
  public String fileName() {
    return fileName;
  }

  /** {@return the fewest tab-separated fields a line must have, 0 for a file of plain lines} */
  public int minFields() {
    return minFields;
  }

  /** {@return the classes that read the file} */
  public String readBy() {
    return readBy;
  }

  /** {@return whether a pack of {@code level} must hold the file} */
  public boolean requiredAt(LanguagePack.Level level) {
    return requiredFrom != null && level.compareTo(requiredFrom) >= 0;
  }

  /** {@return the declaration of a file name, or empty when none declares it} */
  public static Optional<PackFile> named(String fileName) {
    for (PackFile f : values()) if (f.fileName.equals(fileName)) return Optional.of(f);
    return Optional.empty();
  }
}
