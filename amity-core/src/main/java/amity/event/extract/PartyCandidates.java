package amity.event.extract;

import static amity.event.extract.ClauseBreaks.insideParentheses;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which of a trigger's names can be a party at all, and which countries the event
 * concerns: a name in another's title ("el presidente de Colombia"), an apposition's description,
 * a byline agency in parentheses, a name after a word of attribution, a spokesperson, a possessor, a name inside
 * a compound modifier ("U.S.-mediated") and a person standing for a government are none; of
 * people and bodies only political ones and international bodies are (an athlete, a firm or a
 * private person is no party to a contact between states); places are kept apart for the place
 * and the states that may act. Every name that is no party may still tell the event's countries.
 *
 * <p>Stateless and thread-safe.
 */
final class PartyCandidates {
  private PartyCandidates() {}

  /**
   * The names of one trigger that can be its parties.
   *
   * @param countries the countries the event concerns, in the order found
   * @param people the political people and bodies, and the international bodies
   * @param places the places, in text order
   */
  record Candidates(Set<String> countries, List<LinkedMention> people, List<LinkedMention> places) {
    Candidates {
      // Kept in the order found: Set.copyOf's order changes from one JVM to the next.
      countries = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(countries));
      people = List.copyOf(people);
      places = List.copyOf(places);
    }
  }

  /** {@return whether the knowledge base knows {@code m} as an international body} */
  static boolean international(KnowledgeBase kb, LinkedMention m) {
    return kb.get(m.entityId()).map(e -> "international".equals(e.kind())).orElse(false);
  }

  /**
   * {@return whether a phrase of {@code private_after} opens right after {@code l}, or after the list
   * of countries {@code l} stands in ("中美" before "两国有关公司")}
   */
  private static boolean privateAfter(EventLexicon lex, List<LinkedMention> scope, LinkedMention l, String text) {
    int at = l.mention().span().end();
    boolean moved = true;
    while (moved) {
      moved = false;
      for (LinkedMention o : scope) {
        int start = o.mention().span().start();
        if (EntityIds.isCountry(o.entityId()) && start >= at && o.mention().span().end() > at
            && (text.substring(at, start).isBlank() || NameLists.listGap(lex, text.substring(at, start)))) {
          at = o.mention().span().end();
          moved = true;
        }
      }
    }
    return lex.opensWith("private_after", text.substring(at, Math.min(text.length(), at + 16)).stripLeading());
  }

  /** {@return where the list of countries that ends with {@code l} starts ("España, Andorra y Marruecos")} */
  private static int listStart(EventLexicon lex, List<LinkedMention> scope, LinkedMention l, String text) {
    int at = l.mention().span().start();
    boolean moved = true;
    while (moved) {
      moved = false;
      for (LinkedMention o : scope) {
        int end = o.mention().span().end();
        if (EntityIds.isCountry(o.entityId()) && end < at && !text.substring(end, at).isBlank()
            && NameLists.listGap(lex, text.substring(end, at))) {
          at = o.mention().span().start();
          moved = true;
        }
      }
    }
    return at;
  }


  /** {@return the names of {@code scope} that can be {@code t}'s parties, and the countries they tell} */
  static Candidates of(SentenceView s, TriggerMatch t, List<LinkedMention> scope, ActorGate.StoryActors profiles, KnowledgeBase kb) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    Set<String> countries = new LinkedHashSet<>();
    List<LinkedMention> people = new ArrayList<>();
    List<LinkedMention> places = new ArrayList<>();
    // Whom an apposition's description names ("enviado especial del presidente de su país, Andrés
    // Pastrana") is no party either.
    Set<String> described = new java.util.HashSet<>();
    List<LinkedMention> speakers = new ArrayList<>();
    for (LinkedMention l : scope) {
      Mention m = l.mention();
      boolean complement = s.mentions().stream()
          .anyMatch(o -> o != l && o.mention().titleSpan() != null && o.mention().titleSpan().contains(m.span()));
      // "las conferencias episcopales de España y Portugal", "jóvenes de España, Andorra y
      // Marruecos": countries after a word of private people or bodies ({@code private_of}) say
      // whose they are, not which states take part.
      if (EntityIds.isCountry(l.entityId()) && lex.endsBefore("private_of", text, listStart(lex, scope, l, text), 40)) continue;
      // "中美两国有关公司和机构…签订了…合同或协议": countries (or a list of them) right before a word of
      // firms ({@code private_after}) say whose the firms are; a deal of firms is no states'.
      if (EntityIds.isCountry(l.entityId()) && privateAfter(lex, scope, l, text)) continue;
      KbEntry e = kb.get(l.entityId()).orElse(null);
      // A namesake of a person of the knowledge base is of the country the story gives him.
      boolean namesake = e != null && m.type() == EntityType.PERSON && ActorGate.namesake(e, s.story());
      if (namesake) e = null;
      String country = e != null ? e.countryOn(s.anchor()) : profiles.of(l.entityId()).country();
      if (country == null && !namesake) country = m.country();
      // An armed or separatist movement is the other side of its state's conflict, of no country
      // (as ActorGate reads it): its own state is no country of the event on its word alone.
      if (StateBodies.movement(e)) country = null;
      // A firm's or a private person's country is no side's ("visitar las nuevas instalaciones de la
      // multinacional estadounidense Heinz" in La Rioja is no visit to the US).
      boolean privateParty = (m.type() == EntityType.PERSON || m.type() == EntityType.ORG) && !profiles.of(l.entityId()).political()
          && !EntityIds.isCountry(l.entityId()) && !international(kb, l);
      if (country != null && !privateParty) countries.add(country);
      if (complement) continue;
      // "al ministro del Interior de Colombia, Hugo de la Calle, enviado especial del presidente":
      // a description standing after a named person and a comma is that person's apposition, not
      // another party.
      if (PartyCues.apposition(s, l)) {
        described.add(l.entityId());
        continue;
      }
      if (described.contains(l.entityId())) continue;
      // An agency in parentheses is a byline ("(EFE)", "(VNA)"), not a party to the event.
      if (e != null && "news_agency".equals(e.kind()) && insideParentheses(text, s.span().start(), m.span().start())) continue;
      if (lex.endsBefore("attribution", text, m.fullSpan().start(), 16)) continue;
      // "Foreign Ministry spokesman Shen Guofang", "外交部发言人唐国强": one whose office is to speak for
      // a government or body ({@code speaker}, the word right before the name) tells of its events
      // and takes part in none; nor does the body they speak for, named right before that word.
      if (m.type() == EntityType.PERSON && lex.endsBefore("speaker", text, m.span().start(), 16)) {
        speakers.add(l);
        continue;
      }
      if (m.type() == EntityType.ORG && !EntityIds.isCountry(l.entityId()) && speaksFor(lex, text, m.span().end())) continue;
      // "who as Israel's ambassador to Washington conducted negotiations with Syria", "中国驻埃及大使": the
      // state or capital an envoy is posted to ({@code stationed} right before it) is where they work,
      // no party.
      if (m.type() != EntityType.PERSON && lex.endsBefore("stationed", text, m.fullSpan().start(), 20)) continue;
      // "Yeltsin's envoy", "Lebed's plan": a possessor is no party, unless what it owns is this
      // event ("Kabariti's first trip", "X's visit to Y").
      // "EU-based", "U.S.-mediated": a name inside a compound modifier is no party.
      if (m.span().end() + 1 < text.length() && text.charAt(m.span().end()) == '-' && Character.isLowerCase(text.charAt(m.span().end() + 1))) {
        continue;
      }
      if (PartyCues.possessive(text, m.span().end())
          && t.parts().stream().noneMatch(p -> p.start() >= m.span().end() && p.start() - m.span().end() <= 16)) {
        continue;
      }
      // "quan chức … của chính quyền Biden thăm Trung Quốc": a name after a word for a government
      // ({@code government_of}) names the government, not the person; no party.
      if (m.type() == EntityType.PERSON && lex.endsBefore("government_of", text, m.fullSpan().start(), 16)) continue;
      if (m.type() == EntityType.PERSON || m.type() == EntityType.ORG) {
        // An athlete, a firm or a private person is no party to a contact between states.
        if (profiles.of(l.entityId()).political() || international(kb, l) || NameLists.alsoMet(s, l, scope, profiles)
            || NameLists.heldWithOfficial(s, t, l, scope, profiles)) people.add(l);
      } else if (!EntityIds.isCountry(l.entityId()) && profiles.of(l.entityId()).political() && m.span().start() < t.span().start()
          && lex.endsBefore("local_government", text, m.fullSpan().start(), 12) && !lex.endsBefore("locative", text, m.fullSpan().start(), 16)
          && !(e != null && e.capital())) {
        // "tỉnh Nghệ An đã tiếp nhận … do Covax viện trợ": a province written here as its government
        // (local_government right before it) before the trigger, where nothing says it is only where,
        // acts as a body does.
        people.add(l);
      } else {
        places.add(l);
      }
    }
    // A trigger whose only name that could act is a speaker ("añade el documento, que firma la
    // portavoz Selome Tadesse") keeps that speaker: the reading is the speaker's and the gate weighs
    // it, rather than leaving it with no party for the story's earlier sides to fill.
    if (people.isEmpty() && places.stream().noneMatch(p -> EntityIds.isCountry(p.entityId()))) people.addAll(speakers);
    return new Candidates(countries, people, places);
  }

  /**
   * {@return whether a {@code speaker} word opens right after {@code end}, past a {@code speaker_link}
   * mark of the body's own ("Foreign Ministry spokesman", "the ministry's spokesman", "外交部的发言人")}
   */
  private static boolean speaksFor(EventLexicon lex, String text, int end) {
    String after = text.substring(end, Math.min(text.length(), end + 24)).stripLeading();
    for (PhraseTrie.Match<String> link : lex.find("speaker_link", after)) {
      if (link.span().start() == 0) {
        after = after.substring(link.span().end()).stripLeading();
        break;
      }
    }
    return lex.opensWith("speaker", after);
  }
}
