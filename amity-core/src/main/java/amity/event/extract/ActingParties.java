package amity.event.extract;

import static amity.event.extract.PartyCandidates.international;

import amity.event.Forms;
import amity.kb.KnowledgeBase;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides who acts in an event among the names that can be parties: people first, bodies only
 * where no person stands before the trigger or where the trigger is done with them ("struck a deal
 * with separatist rebels"), countries only when no person or body is named (a state named right
 * before the word for talks, or the state before an agreement with a body, is a side beside
 * them); an international body framing the event ("at the United Nations") or one being joined
 * ("la entrada de Pekín a la OMC") is none; a visit needs a visitor. The others still tell the
 * event's countries and place.
 *
 * <p>Stateless and thread-safe.
 */
final class ActingParties {
  private ActingParties() {}

  /**
   * {@return whether {@code p} is a state's delegation or officials named by what they are, its
   * last word one of {@code group_counterpart}} ("美国代表团"); not a state's government or a group of many states.
   */
  private static boolean groupCounterpart(EventLexicon lex, LinkedMention p) {
    if (!GroupFinder.FINDER.equals(p.mention().finder()) || EntityIds.isCountry(p.entityId()) || GroupFinder.manyStates(p)
        || p.mention().country() == null) {
      return false;
    }
    String text = p.mention().text();
    return lex.endsWith("group_counterpart", text);
  }

  /**
   * {@return who acts in {@code t}, in the order chosen}
   *
   * @param scope the trigger's names
   * @param candidatePeople the political people and bodies of {@link PartyCandidates}
   * @param places the places of {@link PartyCandidates}
   * @param countryActors the states that may take part, of {@link EventPlace#places}
   */
  static List<LinkedMention> choose(SentenceView s, TriggerMatch t, List<LinkedMention> scope, List<LinkedMention> candidatePeople,
      List<LinkedMention> places, List<LinkedMention> countryActors, KnowledgeBase kb) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    boolean visit = Forms.family(t.trigger().form()).equals("visit");
    List<LinkedMention> people = new ArrayList<>(candidatePeople);
    // "The U.S. and Colombian governments reached an agreement": a country joined to a state's
    // government named by its demonym is a party beside it.
    for (LinkedMention g : List.copyOf(people)) {
      if (!GroupFinder.FINDER.equals(g.mention().finder()) || !EntityIds.isCountry(g.entityId())) continue;
      for (LinkedMention p : places) {
        if (EntityIds.isCountry(p.entityId()) && PartyCues.listJoin(text, p.mention().span().end(), g.mention().span().start())
            && !people.contains(p)) {
          people.add(p);
        }
      }
    }
    boolean anyPerson = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON);
    if (anyPerson) {
      // With people named, bodies are where they come from, not who acts — unless a body is the
      // only subject ("the Ministry of Health handed over …").
      boolean personBefore = people.stream().anyMatch(p -> p.mention().type() == EntityType.PERSON
          && p.mention().span().start() < t.span().start());
      // A body the trigger is done with ("struck a deal with separatist rebels", "talks with
      // NATO") is the other side, not where someone comes from.
      // A delegation or officials of a state no person named here belongs to, named by a word of
      // {@code group_counterpart} after the trigger ("会见了参加研讨会的美国代表团"), are its other side,
      // no body anyone comes from.
      java.util.Set<String> peopleStates = new java.util.HashSet<>();
      for (LinkedMention p : people) if (p.mention().type() == EntityType.PERSON && p.mention().country() != null) peopleStates.add(p.mention().country());
      // Envoys or leaders of many states after the trigger ("会见了5国离任驻华大使、11国新任驻华大使") are its
      // other side too: a party of many states is no body anyone comes from.
      people.removeIf(p -> p.mention().type() == EntityType.ORG
          && !((groupCounterpart(lex, p) && !peopleStates.contains(p.mention().country()) || GroupFinder.manyStates(p))
              && p.mention().span().start() > t.span().start())
          && (personBefore || p.mention().span().start() > t.span().start() || international(kb, p))
          && !(PartyCues.counterpartBody(p, t, lex, text) || PartyCues.pairedBody(p, t, lex, text, scope)));
    }
    // Countries act only when no person or body is named; otherwise they are the event's
    // countries (and a visit's destination its place). International bodies are the frame ("at
    // the United Nations") unless nothing else acts.
    List<LinkedMention> chosen = new ArrayList<>(people);
    // An international body before the trigger frames the event ("at the United Nations, X met Y")
    // when people act; after it, or alone, it takes part (the UN General Assembly, APEC's meeting).
    if (people.stream().anyMatch(p -> !international(kb, p) && p.mention().type() == EntityType.PERSON)) {
      chosen.removeIf(p -> international(kb, p) && lex.endsBefore("locative", text, p.mention().span().start(), 16));
    }
    // "the Iraq-U.N. memorandum", "Israel-PLO talks": a state joined by a hyphen to a body or
    // person that acts is the other side of the pair, not only a country the event concerns.
    for (LinkedMention c : places) {
      if (!EntityIds.isCountry(c.entityId()) || chosen.contains(c)) continue;
      if (List.copyOf(chosen).stream().anyMatch(g -> hyphenPair(text, c, g) || hyphenPair(text, g, c))) chosen.add(c);
    }
    // "la entrada de Pekín a la OMC", "socio de la OMC": a body someone joins is no party.
    chosen.removeIf(p -> international(kb, p) && PartyCues.joined(lex, text, PartyCues.outer(s, p).mention().fullSpan().start()));
    // "Pekín firmara … un acuerdo similar con la Unión Europea", "德黑兰正与欧盟接近达成一项…协议": with
    // no person named, the state nearest before the body it deals with ("con", "与" before the body,
    // after the trigger or before it) and before the trigger is the other side.
    // So too for a meeting or a call done with a body right after its word ("Indonesia đã gọi cho
    // Văn phòng … quốc tế", "talks with NATO").
    String family = Forms.family(t.trigger().form());
    if (!chosen.isEmpty() && !anyPerson && (family.equals("agree") || family.equals("meet"))
        && chosen.stream().allMatch(p -> {
          int at = PartyCues.outer(s, p).mention().fullSpan().start();
          return lex.endsBefore("companion", text, at, 16) || family.equals("meet") && at >= t.end() && text.substring(t.end(), at).isBlank();
        })) {
      int limit = t.span().start();
      for (LinkedMention p : chosen) limit = Math.min(limit, PartyCues.outer(s, p).mention().fullSpan().start());
      LinkedMention side = null;
      for (LinkedMention c : countryActors) if (c.mention().span().start() < limit) side = c;
      // A body of that state itself ("俄总统与国家杜马") deals with no other side.
      java.util.Set<String> bodyStates = new java.util.HashSet<>();
      for (LinkedMention p : chosen) {
        String c = StateBodies.countryOf(kb, p);
        if (c != null) bodyStates.add(c);
      }
      if (side != null && !bodyStates.contains(EntityIds.countryCode(side.entityId()))) chosen.add(0, side);
    }
    // "direct U.S. contacts with Massoud Barzani … and Jalal Talabani": a state named right before
    // the word for the talks, with all who act named after it, is the side that holds them.
    if (Forms.family(t.trigger().form()).equals("meet") && !chosen.isEmpty()
        && chosen.stream().allMatch(p -> p.mention().span().start() > t.span().end())) {
      for (LinkedMention c : places) {
        int end = c.mention().span().end();
        if (!EntityIds.isCountry(c.entityId()) || end >= t.span().start()) continue;
        String between = text.substring(end, t.span().start());
        if (!between.isEmpty() && between.isBlank() && !chosen.contains(c)) chosen.add(0, c);
      }
    }
    if (chosen.isEmpty()) chosen.addAll(countryActors);
    else if (!visit) chosen.addAll(companionStates(s, t, chosen, countryActors));
    chosen.addAll(AidSides.recipients(s, t, chosen, countryActors));
    if (chosen.isEmpty()) chosen.addAll(people);
    if (visit && chosen.stream().allMatch(a -> a.mention().type() == EntityType.GPE)) {
      chosen.clear(); // a visit needs a visitor
    }
    return chosen;
  }

  /**
   * "Lukashenko signed a pact with Moscow", "negociaba con Estados Unidos": a state the trigger is
   * done with ({@code companion} right before it, after the trigger) is its other side even where
   * people act, unless one who acts is of that state (then it only says whose he is).
   */
  private static List<LinkedMention> companionStates(SentenceView s, TriggerMatch t, List<LinkedMention> chosen, List<LinkedMention> countryActors) {
    List<LinkedMention> out = new ArrayList<>();
    java.util.Set<String> acting = new java.util.HashSet<>();
    for (LinkedMention p : chosen) if (p.mention().country() != null) acting.add(p.mention().country());
    for (LinkedMention c : countryActors) {
      int start = c.mention().fullSpan().start();
      if (chosen.contains(c) || c.mention().country() == null || acting.contains(c.mention().country())) continue;
      if (!EventPlace.companionAfter(s.lexicon(), s.text(), t, start)) continue;
      out.add(c);
      acting.add(c.mention().country());
    }
    return out;
  }

  /** Whether only a hyphen stands between {@code a} and {@code b} ("Iraq-U.N."). */
  private static boolean hyphenPair(String text, LinkedMention a, LinkedMention b) {
    int from = a.mention().span().end();
    int to = b.mention().span().start();
    if (to <= from || to - from > 1) return false;
    char c = text.charAt(from);
    return c == '-' || c == '\u2013';
  }
}
