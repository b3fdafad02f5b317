package amity.event.extract;

import static amity.event.extract.ClauseBreaks.opensClause;

import amity.event.Forms;
import amity.event.extract.ArgumentReader.Arguments;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.LinkedMention;
import amity.model.Place;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides where an event happened and which country a visit went to: a place after a locative
 * word (and the list it opens) is where, one after a destination word where a visit went, the
 * state visited taking part as its host; a town the knowledge base does not know is only where.
 * With no place named, the story's home is the place of an arrival at the dateline, of a foreign
 * official received by no party named, and of a visit whose word names it ("访华", "抵加").
 *
 * <p>Stateless and thread-safe.
 */
final class EventPlace {
  private EventPlace() {}

  /**
   * The places of one trigger's names.
   *
   * @param location where the event happened, or null
   * @param countryActors the states that may take part: those named with no locative word, a
   *     capital before the trigger standing for its state, and the country a visit goes to
   */
  record Places(@Nullable Place location, List<LinkedMention> countryActors) {
    Places {
      countryActors = List.copyOf(countryActors);
    }
  }

  /**
   * One trigger's arguments with the story's home among their countries where the event is held
   * there, and the home a foreign party arrived at so far.
   *
   * @param arguments {@code a} with the home added where it is the event's
   * @param arrived the dateline's place a foreign party arrived at in an earlier trigger of the
   *     sentence, or null
   */
  record AtHome(Arguments arguments, @Nullable String arrived) {}

  /**
   * {@return where the trigger happened among {@code places} (the scope's places, in text order),
   * and the states that may take part in it}
   */
  static Places places(SentenceView s, TriggerMatch t, List<LinkedMention> places, KnowledgeBase kb) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    boolean visit = Forms.family(t.trigger().form()).equals("visit");
    Place location = null;
    List<LinkedMention> countryActors = new ArrayList<>();
    LinkedMention previousPlace = null;
    boolean previousLocative = false;
    // The place a speaker is in stays the event's: "said from Pakistan … a gathering in London".
    boolean said = false;
    for (LinkedMention p : places) {
      int start = p.mention().span().start();
      // "en Argentina, Brasil, Perú y Estados Unidos": a locative word governs the list it opens.
      boolean listed = previousLocative && previousPlace != null && PartyCues.listJoin(text, previousPlace.mention().span().end(), start);
      KbEntry known = kb.get(p.entityId()).orElse(null);
      // "Jakarta served as the host to the series of negotiations": a town named as the host of
      // the event told after it is where the event was held, never a state that acts.
      boolean town = !EntityIds.isCountry(p.entityId()) && (known == null || !"country".equals(known.kind()));
      boolean hostVenue = town && start < t.span().start() && hosts(lex, text, p.mention().span().end(), t.span().start());
      // "Rifkind said on Tuesday from Pakistan": the place right after a word of saying in a place
      // (TriggerFinder.presences, whose word holds its preposition) is where the speaker is.
      boolean presence = start >= t.span().end() && text.substring(t.span().end(), start).isBlank() && t.trigger().presence();
      boolean locative = lex.endsBefore("locative", text, start, 16) || listed || hostVenue || presence;
      // "the first Australian minister to visit China since the new government took office in
      // Canberra": a place in a clause of its own after the trigger is none of the event's.
      if (start > t.span().end() && opensClause(lex, text, t.span().end(), start)) continue;
      // "中国驻哈萨克斯坦大使馆全体馆员": the state a mission is posted to is where it works, no party.
      if (lex.endsBefore("stationed", text, start, 4)) continue;
      previousPlace = p;
      previousLocative = locative;
      boolean destination = lex.endsBefore("destination", text, start, 16) && start > t.span().start() - 16;
      KbEntry e = kb.get(p.entityId()).orElse(null);
      // A place the knowledge base does not know ("Grozny", "Sikhin village", "Salang") is no
      // state: a town, a valley, a road; only where something happened.
      boolean city = e != null && !"country".equals(e.kind()) && !EntityIds.isCountry(p.entityId())
          || e == null && !EntityIds.isCountry(p.entityId());
      // "Athens and Tirana signed an accord": a capital before the trigger stands for its state.
      boolean capitalActs = city && e != null && e.capital() && !locative
          && (start < t.span().start() || !visit && companionAfter(lex, text, t, start));
      // "Queen Beatrix of The Netherlands", "el rey Mohamed VI de Marruecos": whose the person is.
      if (!city && PartyCues.ofPerson(s, text, start)) continue;
      if (locative || (visit && destination)) {
        if (presence || !said && (location == null || city)) location = new Place(p.entityId(), p.entityName());
        said |= presence;
        if (visit && destination && !city) countryActors.add(p);
      } else if (!city || capitalActs) {
        countryActors.add(p);
      }
    }
    return new Places(location, countryActors);
  }

  /**
   * "a whirlwind Irish tour", "his Mexican visit": a visit word right after a country's demonym
   * (nothing but spaces between) goes to that country, where the reading names no destination and
   * none of its parties is of that country (their own country's adjective tells whose the visit
   * is, not where it went). {@return {@code a} with the country among its countries and, with no
   * place named, as its place}
   */
  static Arguments demonymDestination(SentenceView s, TriggerMatch t, Arguments a, Gazetteer gazetteer, KnowledgeBase kb) {
    if (!Forms.family(t.trigger().form()).equals("visit") || a.location() != null) return a;
    // Only nouns a demonym stands before as a modifier ({@code demonym_visit}: English "tour",
    // "visit"); where adjectives follow the noun, the demonym before a verb is its subject's.
    if (!s.lexicon().isWhole("demonym_visit", t.surface())) return a;
    if (a.actors().stream().anyMatch(p -> p.role() == amity.model.Role.TARGET && EntityIds.isCountry(p.entity()))) return a;
    int at = t.span().start();
    // "a 10-day Latin American tour": a region of many states, no one country ("American").
    if (regionBefore(s.lexicon(), s.text(), at)) return a;
    int from = Math.max(s.span().start(), at - DEMONYM_WINDOW);
    String before = s.text().substring(from, at);
    String country = null;
    for (Gazetteer.CountryCue c : gazetteer.countryCues(before)) {
      if (before.substring(c.span().end()).isBlank() && c.span().end() < before.length()) country = c.country();
    }
    if (country == null) return a;
    String sovereign = ActorGate.sovereign(country);
    if (a.actors().stream().anyMatch(p -> p.country() != null && ActorGate.sovereign(p.country()).equals(sovereign))) return a;
    String id = EntityIds.ofCountry(country);
    String name = kb.get(id).map(KbEntry::name).orElse(country);
    Set<String> countries = new LinkedHashSet<>(a.countries());
    countries.add(country);
    return new Arguments(a.actors(), new Place(id, name), countries);
  }

  /**
   * {@return whether a region phrase ends right before {@code at}, not as the tail of a
   * capitalised name ("a South African tour" is one country's: "South" is no modifier of the tour)}
   */
  private static boolean regionBefore(EventLexicon lexicon, String sentence, int at) {
    int from = Math.max(0, at - DEMONYM_WINDOW);
    String window = sentence.substring(from, at);
    for (amity.mention.PhraseTrie.Match<String> m : lexicon.find("abroad_region", window)) {
      if (!window.substring(m.span().end()).isBlank()) continue;
      String[] before = window.substring(0, m.span().start()).strip().split("\\s+");
      String last = before[before.length - 1];
      if (!last.isEmpty() && Character.isUpperCase(last.codePointAt(0)) && !last.endsWith("'s")) continue;
      return true;
    }
    return false;
  }

  /** How many characters before a visit word may hold its destination's demonym ("Latin American"). */
  static final int DEMONYM_WINDOW = 32;

  /** {@return whether a {@code venue_host} phrase opens the text right after a place ending at {@code end}, before the trigger at {@code trigger}} */
  static boolean hosts(EventLexicon lex, String text, int end, int trigger) {
    if (end >= trigger) return false;
    String open = text.substring(end, trigger).stripLeading();
    return !open.isEmpty() && lex.opensWith("venue_host", open);
  }

  /**
   * "signed a pact with Moscow", "negociaba con Washington": a capital the trigger is done with
   * ({@code companion} right before it, no clause break from the trigger) stands for its state,
   * as one before the trigger does; a place is told by a locative word, not by "with".
   */
  static boolean companionAfter(EventLexicon lex, String text, TriggerMatch t, int start) {
    if (start < t.end() || ClauseBreaks.hasClauseBreak(text, t.end(), start)) return false;
    // "se reunirá con representantes del gobierno de Qatar", "met officials of the government of
    // Qatar": the state whose officials ({@code officials_of}) the trigger is done with.
    int from = Math.max(t.end(), start - 48);
    for (PhraseTrie.Match<String> m : lex.find("officials_of", text.substring(from, start))) {
      if (text.substring(from + m.span().end(), start).isBlank() && from + m.span().start() < start) {
        start = from + m.span().start();
        break;
      }
    }
    if (start - t.end() > 40) return false;
    int word = -1;
    for (PhraseTrie.Match<String> m : lex.find("companion", text.substring(t.end(), start))) {
      if (text.substring(t.end() + m.span().end(), start).isBlank()) word = t.end() + m.span().start();
    }
    // Only what the trigger's own phrase holds: at most {@value #COMPANION_GAP} words ("a pact")
    // between it and the word.
    return word >= 0 && words(text.substring(t.end(), word)) <= COMPANION_GAP;
  }

  /**
   * {@return the words of {@code gap}: those between spaces, each character of an unspaced script
   * one} "签署了胡志明市与哈瓦那省…备忘录" has a name and more between the trigger and its "与", which
   * there joins two names, not the trigger's other side.
   */
  private static int words(String gap) {
    int n = 0;
    boolean inWord = false;
    for (int i = 0; i < gap.length(); i++) {
      char c = gap.charAt(i);
      if (Scripts.isUnspacedScript(c)) {
        n++;
        inWord = false;
      } else if (Character.isWhitespace(c)) {
        inWord = false;
      } else if (!inWord) {
        n++;
        inWord = true;
      }
    }
    return n;
  }

  /** How many words may stand between a trigger and the companion word of its other side ("signed a pact with"). */
  static final int COMPANION_GAP = 2;

  /**
   * {@return {@code a} with the story's home added to its countries where the trigger is held there
   * with no place named}
   *
   * @param arrivedHome the home a foreign party arrived at in an earlier trigger, or null
   */
  static AtHome atHome(SentenceView s, TriggerMatch t, Arguments a, ActorGate.StoryActors actors, @Nullable String arrivedHome) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    // "AMMAN - Japanese foreign minister arrives for talks": arriving, with no place named, is
    // at the dateline's place; what the arrival is for ("for talks") is held there too.
    if (actors.datelined() && actors.home() != null && a.location() == null
        && a.actors().stream().noneMatch(p -> EntityIds.isCountry(p.entity()))
        && a.actors().stream().anyMatch(p -> p.country() != null && !p.country().equals(actors.home()))) {
      String fam = Forms.family(t.trigger().form());
      boolean arrives = fam.equals("visit") && t.parts().stream().anyMatch(p -> lex.isWhole("arrival", p.of(text)));
      String arrived = arrivedHome;
      if (arrives || arrived != null && fam.equals("meet")
          && a.actors().stream().allMatch(p -> p.country() == null || !p.country().equals(arrived))) {
        if (arrives) arrivedHome = actors.home();
        Set<String> countries = new LinkedHashSet<>(a.countries());
        countries.add(actors.home());
        a = new Arguments(a.actors(), a.location(), countries);
      }
    }
    // "a las 12 horas el alcalde de Amurrio recibirá en el ayuntamiento al ministro de industria
    // de Georgia": a foreign official received by no party the sentence names is received at
    // the story's home.
    if (actors.home() != null && t.trigger().form().equals("reception") && lex.isWhole("hosting", t.surface())
        && !a.actors().isEmpty() && a.actors().stream().allMatch(p -> p.mention().mention().span().start() > t.span().start()
            && p.country() != null && !p.country().equals(actors.home()))) {
      Set<String> countries = new LinkedHashSet<>(a.countries());
      countries.add(actors.home());
      a = new Arguments(a.actors(), a.location(), countries);
    }
    // "丛培武于9月22日抵加": a word for arriving with a country's short form names that country.
    String arrivedIn = Forms.family(t.trigger().form()).equals("visit") ? lex.arrivalCountry(t.surface(), text, t.end()) : null;
    if (arrivedIn != null) {
      Set<String> countries = new LinkedHashSet<>(a.countries());
      countries.add(arrivedIn);
      a = new Arguments(a.actors(), a.location(), countries);
    }
    // "访华", "来华": the visit names its destination, the story's home country.
    if (actors.home() != null && t.parts().stream().anyMatch(p -> !lex.find("inbound", p.of(text)).isEmpty())) {
      Set<String> countries = new LinkedHashSet<>(a.countries());
      countries.add(actors.home());
      a = new Arguments(a.actors(), a.location(), countries);
    }
    return new AtHome(a, arrivedHome);
  }
}
