package amity.event.extract;

import amity.lang.LanguagePacks;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.AnalyzedStory;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Span;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Descriptions that stand for a person: a definite description of an official with a nationality
 * — "the American diplomat", "El soberano marroquí", "el jefe del Estado francés" — names the last
 * official of that country the story named before it (else the one it names after), so an event
 * told of the description has that person as its actor. A title followed by a name, or by a comma
 * and a name, is no description.
 *
 * <p>Thread-safe: holds only the gazetteer and the packs.
 */
final class Descriptions {
  private final Gazetteer gazetteer;
  private final LanguagePacks packs;

  Descriptions(Gazetteer gazetteer, LanguagePacks packs) {
    this.gazetteer = gazetteer;
    this.packs = packs;
  }

  /**
   * {@return the story's mentions with its descriptions of people added} A definite description
   * of an official with a nationality — "the American diplomat", "El soberano marroquí", "el jefe
   * del Estado francés" — names the last official of that country the story named before it, and
   * takes that person's entity; a title followed by a name is no description.
   */
  List<LinkedMention> withDescriptions(AnalyzedStory story, List<LinkedMention> mentions, ActorGate.StoryActors profiles) {
    ActorWords w = ActorWords.of(packs, story.lang());
    String text = story.story().text();
    if (text.isEmpty() || Scripts.isUnspacedScript(text.charAt(0)) && story.lang().equals("zh")) return mentions;
    List<LinkedMention> out = new ArrayList<>(mentions);
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(w.political().findAll(text))) {
      Span word = m.span();
      if (overlapsMention(word, mentions)) continue;
      // Followed by a name, the word is a title ("the American diplomat John Kornblum").
      int after = word.end();
      String tail = text.substring(after, Math.min(text.length(), after + 40));
      int start = word.start();
      String before = text.substring(Math.max(0, start - 40), start);
      String country = null;
      Span phrase = word;
      // Demonym before (English "the American diplomat") or after (Spanish "el soberano marroquí").
      java.util.regex.Matcher b = java.util.regex.Pattern.compile("(?i)(?:^|\\s)(the|el|la|los|las)\\s+((?:\\S+\\s+){0,2})$").matcher(before);
      java.util.regex.Matcher a = java.util.regex.Pattern.compile("^\\s+(\\p{L}+)").matcher(tail);
      if (b.find()) {
        String mid = b.group(2);
        for (Gazetteer.CountryCue c : gazetteer.countryCues(mid)) country = c.country();
        if (country == null && a.find()) {
          String next = a.group(1);
          for (Gazetteer.CountryCue c : gazetteer.countryCues(next)) {
            country = c.country();
            after = after + a.end();
          }
        }
        if (country == null) continue;
        phrase = new Span(start - (before.length() - b.start(1)), after);
      } else {
        continue;
      }
      String rest = text.substring(after, Math.min(text.length(), after + 3)).stripLeading();
      if (!rest.isEmpty() && Character.isUpperCase(rest.codePointAt(0))) continue;
      if (namedAfterComma(text, after, mentions)) continue;
      LinkedMention referent = null;
      for (LinkedMention l : mentions) {
        if (l.mention().span().start() >= phrase.start()) break;
        ActorGate.Profile pr = profiles.of(l.entityId());
        if (l.mention().type() == EntityType.PERSON && pr.political() && country.equals(pr.country())) referent = l;
      }
      if (referent == null) {
        // A lead that names the official only later ("El soberano marroquí llegó … el rey Mohamed
        // VI"): the one official of that country the story goes on to name.
        Set<String> later = new HashSet<>();
        for (LinkedMention l : mentions) {
          if (l.mention().span().start() <= phrase.end() || l.mention().type() != EntityType.PERSON) continue;
          ActorGate.Profile pr = profiles.of(l.entityId());
          if (pr.political() && country.equals(pr.country()) && later.add(l.entityId()) && later.size() == 1) referent = l;
        }
        if (later.size() != 1) referent = null;
      }
      if (referent == null) continue;
      Mention d = new Mention(phrase, phrase.of(text), EntityType.PERSON, ActorGate.DESCRIPTION, null, List.of(), country, null);
      out.add(new LinkedMention(d, referent.entityId(), referent.entityName()));
    }
    out.sort(java.util.Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /**
   * Whether the name of the one described follows a comma within a few words ("the U.S. special
   * envoy to Burundi, Howard Wolpe", "enviado especial del presidente de su país, Andrés
   * Pastrana"): then the words are a title in apposition, not a description standing for someone.
   */
  private static boolean namedAfterComma(String text, int after, List<LinkedMention> mentions) {
    int comma = text.indexOf(',', after);
    if (comma < 0 || comma - after > 40 || text.substring(after, comma).matches("(?s).*[.;:!?()].*")) return false;
    int next = comma + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
    for (LinkedMention l : mentions) {
      if (l.mention().type() == EntityType.PERSON && l.mention().fullSpan().start() == next) return true;
    }
    return false;
  }

  private static boolean overlapsMention(Span s, List<LinkedMention> mentions) {
    for (LinkedMention l : mentions) if (l.mention().fullSpan().overlaps(s)) return true;
    return false;
  }
}
