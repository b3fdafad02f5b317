package amity.event.extract;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.Gazetteer;
import amity.model.AnalyzedStory;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a story is told from: the country of its dateline ("MOSCOW 1996-08-30", "SAN JOSE, Costa
 * Rica"), else of the dateline its page opens with, else the language's home. Wire copy names the
 * nationality of foreign officials and not of its own, so {@link ActorGate} gives an official of
 * no named country the country the story is told from.
 *
 * <p>Thread-safe: holds only the knowledge base and gazetteer.
 */
final class StoryHome {
  private final KnowledgeBase kb;
  private final Gazetteer gazetteer;

  StoryHome(KnowledgeBase kb, Gazetteer gazetteer) {
    this.kb = kb;
    this.gazetteer = gazetteer;
  }

  /**
   * The country a story is told from, and whether its dateline says so; without a dateline the
   * language's home stands in (Chinese and Vietnamese news name their own officials without it).
   * {@code nameShape}: how the name of a home official looks, if the language says.
   */
  record Home(@Nullable String country, boolean datelined, java.util.function.@Nullable Predicate<String> nameShape) {
    /**
     * {@return whether a person of these names may be of the home} A home known only from the
     * language, not from a dateline, holds only names of its shape: a Vietnamese page's "Tổng
     * thống Chad Idriss Deby" is no Vietnamese.
     */
    boolean mayHold(List<String> names) {
      return country == null || datelined || nameShape == null || names.stream().anyMatch(nameShape);
    }
  }

  /** {@return the story's home: its dateline's country (see {@link #country}), else the language's} */
  Home home(AnalyzedStory story, @Nullable String pageText, ActorWords w) {
    String dateline = country(story, pageText);
    return new Home(dateline != null ? dateline : w.home(), dateline != null, w.homeName());
  }

  /**
   * {@return the country of the story's dateline, or null} A story with no dateline of its own
   * takes its page's ({@code pageText}'s first lines): a press digest's items are told from the
   * digest's place.
   */
  @Nullable String country(AnalyzedStory story, @Nullable String pageText) {
    String dateline = datelineHome(story);
    if (dateline == null && pageText != null) dateline = datelineLine(pageText);
    return dateline;
  }

  /** The country of the story's dateline, if it has one that names a known place. */
  private @Nullable String datelineHome(AnalyzedStory story) {
    var dl = story.story().dateline();
    if (dl != null && dl.place() != null) {
      String c = placeCountry(dl.place());
      if (c != null) return c;
    }
    return datelineLine(story.story().text());
  }

  /** The country of a Reuters dateline kept as a line of its own, first or under the headline: "MOSCOW 1996-08-30". */
  private @Nullable String datelineLine(String text) {
    for (String first : text.lines().filter(l -> !l.isBlank()).limit(3).toList()) {
      if (first.length() >= 60) continue;
      String place = first.replaceAll("\\s*\\d{4}-\\d{2}-\\d{2}\\s*$", "").strip();
      if (!place.equals(first.strip()) && !place.isEmpty()) {
        String c = placeCountry(place);
        if (c != null) return c;
      }
    }
    return null;
  }

  /**
   * The country of a dateline's place, written as it may be: "MOSCOW", "SAN JOSE, Costa Rica",
   * "El Cairo"; the last place named wins ("NOVYE ATAGI, Russia").
   */
  private @Nullable String placeCountry(String place) {
    for (String form : List.of(place, titleCase(place))) {
      for (KbEntry e : kb.byName(form.strip())) if (e.country() != null) return e.country();
      String found = null;
      for (var m : gazetteer.findNames(form)) {
        KbEntry e = m.values().get(0).entry();
        if (e.country() != null) found = e.country();
      }
      if (found != null) return found;
    }
    return null;
  }

  /** "SAN JOSE, Costa Rica" → "San Jose, Costa Rica": all-capital words as names are written. */
  private static String titleCase(String s) {
    StringBuilder b = new StringBuilder();
    for (String w : s.split("(?<=\\s)|(?=\\s)")) {
      boolean caps = w.length() > 1 && w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
      b.append(caps ? w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT) : w);
    }
    return b.toString();
  }
}
