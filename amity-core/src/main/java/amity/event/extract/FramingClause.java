package amity.event.extract;

import amity.event.Forms;
import amity.event.extract.ArgumentReader.Arguments;
import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Role;
import amity.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the parties an event takes from the clause that frames it rather than from its own names:
 * an event thanked for ("thanked Việt Nam for gifting rice") has as parties those between the word
 * of thanks and the trigger, the one thanked giving to the one who thanks; a visit on whose
 * occasion someone is received ("X received Y on the occasion of his visit") is the visit of the
 * one received; an agreement told with no party by two or more states speaking together
 * ("Bucharest and Budapest say the treaty should be signed") is theirs.
 *
 * <p>Stateless and thread-safe.
 */
final class FramingClause {
  private FramingClause() {}

  /**
   * A trigger's names once its frame is read.
   *
   * @param scope the names the trigger's arguments are read from
   * @param thankers the political people who thank, to be added as those acted on
   */
  record Framed(List<LinkedMention> scope, List<LinkedMention> thankers) {
    Framed {
      scope = List.copyOf(scope);
      thankers = List.copyOf(thankers);
    }
  }

  /**
   * {@return the names {@code t} takes its arguments from, given the frame of its clause}
   *
   * @param named the names word order and the parse give {@code t}
   * @param previous the objects of the trigger before {@code t}
   */
  static Framed reframe(SentenceView s, TriggerMatch t, Clause clause, TriggerScope.Scope named, List<LinkedMention> previous,
      ActorGate.StoryActors actors) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    List<LinkedMention> inRegion = named.inRegion();
    List<LinkedMention> scope = named.names();
    List<LinkedMention> objects = named.objects();
    List<LinkedMention> thankers = List.of();
    if (clause.cues().contains(Cue.BACKGROUND)) {
      // "thanked Việt Nam for gifting rice": the one thanked gave, to the one who thanks.
      int start = ClauseReader.clauseStart(text, s.span().start(), t.span().start());
      int marker = start;
      int markerStart = t.span().start();
      for (PhraseTrie.Match<String> bm : lex.find("background", text.substring(start, t.span().start()))) {
        if (start + bm.span().end() > marker) {
          marker = start + bm.span().end();
          markerStart = start + bm.span().start();
        }
      }
      int m0 = marker;
      int m1 = markerStart;
      scope = inRegion.stream().filter(m -> m.mention().span().start() >= m0 && m.mention().span().start() < t.span().start()).toList();
      thankers = inRegion.stream().filter(m -> m.mention().span().end() <= m1 && m.mention().type() == EntityType.PERSON
          && actors.of(m.entityId()).political()).toList();
    } else if (Forms.family(t.trigger().form()).equals("visit") && lex.endsBefore("occasion", text, t.span().start(), 12)
        && !previous.isEmpty()) {
      // "X received Y on the occasion of his visit (to Z)": the visitor is Y, and Z where.
      List<LinkedMention> own = objects.stream().filter(m -> m.mention().type() == EntityType.GPE).toList();
      scope = new ArrayList<>(previous);
      scope.addAll(own);
    }
    if (Forms.family(t.trigger().form()).equals("visit")) {
      List<LinkedMention> welcomed = welcomedVisitors(s, t, inRegion);
      if (!welcomed.isEmpty()) scope = welcomed;
      scope = withoutHosts(lex, t, scope, actors);
    }
    return new Framed(scope, thankers);
  }

  /**
   * "对不久前他访意期间受到的热情接待表示感谢": a visit whose word names where it goes by a short form
   * ("访意": Italy) is not the visit of the people of that country named with it, who host it, where
   * a person of another state is there to be the visitor.
   */
  private static List<LinkedMention> withoutHosts(EventLexicon lex, TriggerMatch t, List<LinkedMention> scope, ActorGate.StoryActors actors) {
    String where = lex.visitWordCountry(t.surface());
    if (where == null) return scope;
    String host = ActorGate.sovereign(where);
    java.util.function.Function<LinkedMention, String> country = m -> {
      String c = actors.of(m.entityId()).country();
      return c != null ? c : m.mention().country();
    };
    java.util.function.Predicate<LinkedMention> hosting = m -> m.mention().type() == EntityType.PERSON
        && country.apply(m) != null && ActorGate.sovereign(country.apply(m)).equals(host);
    boolean visitor = scope.stream().anyMatch(m -> m.mention().type() == EntityType.PERSON && country.apply(m) != null && !hosting.test(m));
    return visitor ? scope.stream().filter(hosting.negate()).toList() : scope;
  }

  /**
   * "李瑞环首先对斯卡尔法罗总统访华表示欢迎", "李鹏对华裔议员团访华表示欢迎": a visit one takes an attitude to
   * ({@link ClauseBreaks#attitudeTopic}) is the visit of the names between the topic word and the
   * visit's word; the one who welcomes is its host, no visitor. None where there is no such topic or
   * it holds no name.
   */
  private static List<LinkedMention> welcomedVisitors(SentenceView s, TriggerMatch t, List<LinkedMention> inRegion) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    int topic = ClauseBreaks.attitudeTopic(lex, text, s.span().start(), t);
    if (topic < 0) return List.of();
    int open = topic + lex.find("attitude_topic", text.substring(topic, t.span().start())).get(0).span().end();
    return inRegion.stream().filter(m -> m.mention().span().start() >= open && m.mention().span().end() <= t.span().start()).toList();
  }

  /** {@return {@code a} with those who thank added as acted on, each once} */
  static Arguments withThankers(Arguments a, List<LinkedMention> thankers, ActorGate.StoryActors actors) {
    if (!thankers.isEmpty()) {
      List<Participant> with = new ArrayList<>(a.actors());
      Set<String> countries = new LinkedHashSet<>(a.countries());
      for (LinkedMention m : thankers) {
        if (with.stream().anyMatch(p -> p.entity().equals(m.entityId()))) continue;
        String c = actors.of(m.entityId()).country();
        with.add(new Participant(m, Role.TARGET, c));
        if (c != null) countries.add(c);
      }
      a = new Arguments(with, a.location(), countries);
    }
    return a;
  }

  /**
   * "Bucharest and Budapest say the treaty should be signed …": an agreement told with no party,
   * by two or more states speaking together, is theirs.
   */
  static Arguments speakingParties(SentenceView s, TriggerMatch t, Clause clause, Arguments a, KnowledgeBase kb) {
    if (!a.actors().isEmpty() || !Forms.family(t.trigger().form()).equals("agree") || clause.speakers().isEmpty()) return a;
    List<Participant> parties = new ArrayList<>();
    Set<String> countries = new LinkedHashSet<>(a.countries());
    for (Span speaker : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (!speaker.contains(m.mention().span()) || m.mention().type() != EntityType.GPE) continue;
        KbEntry e = kb.get(m.entityId()).orElse(null);
        boolean state = EntityIds.isCountry(m.entityId()) || e != null && e.capital();
        if (!state || e == null || e.country() == null) continue;
        if (parties.stream().noneMatch(p -> p.entity().equals(m.entityId()))) parties.add(new Participant(m, Role.PARTICIPANT, e.country()));
        countries.add(e.country());
      }
    }
    return parties.size() >= 2 ? new Arguments(parties, a.location(), countries) : a;
  }
}
