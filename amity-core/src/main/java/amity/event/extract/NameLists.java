package amity.event.extract;

import static amity.event.extract.ClauseBreaks.hasClauseBreak;

import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Role;
import amity.model.Sentence;
import amity.model.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads lists of names joined by commas and "and" ({@code list_and}): a visit to a list of
 * countries is a tour, one visit to each host; a person meeting the people of a list of countries
 * ({@code counterparts}) meets each; a bare name joined by "and with" to an official met is a
 * second counterpart. Only a list that runs on from the trigger counts, so that names of another
 * clause after a comma are not taken for one.
 *
 * <p>Stateless and thread-safe.
 */
final class NameLists {
  private NameLists() {}

  /**
   * {@return the hosts of a tour or of a meeting with the people of several countries: each of
   * {@code countryActors} a list after the trigger names, so that the event can be split one per
   * host; none for a single host}
   *
   * @param chosen those who act in the event
   */
  static List<LinkedMention> hosts(SentenceView s, TriggerMatch t, List<LinkedMention> countryActors, List<LinkedMention> chosen) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    boolean visit = Forms.family(t.trigger().form()).equals("visit");
    // A tour of several countries is one visit to each: the hosts are named so that it can be split.
    List<LinkedMention> hosts = new ArrayList<>();
    // With no visitor named here ("He had earlier visited Japan, South Korea and China"), the hosts
    // still are: a pronoun subject may name the visitor, else the gate finds none.
    // Only those named after it: "Ukraine …, offending China by allowing a Taiwanese minister to
    // appear on a … visit" names no tour of Ukraine and China.
    List<LinkedMention> after = countryActors.stream().filter(c -> c.mention().span().start() > t.span().start()).toList();
    // Only a list that runs on from the word: "访华前夕，中美两国军方…" names the two sides of
    // something else after a comma, no tour; and two countries, not two mentions of one ("a visit to
    // Rwanda that … back to Rwanda").
    List<LinkedMention> tour = visit && after.size() >= 2 ? listFrom(lex, text, t.span().end(), after) : List.of();
    if (tour.stream().map(LinkedMention::entityId).distinct().count() >= 2) hosts.addAll(tour);
    // "结束了对古巴和玻利维亚的友好访问": a list a word of {@code destination} opens before a nominal visit
    // word, in its clause, names the hosts of the tour as one after the word does.
    if (visit && hosts.isEmpty()) {
      List<LinkedMention> before = countryActors.stream().filter(c -> c.mention().span().end() <= t.span().start()).toList();
      for (int i = 0; i < before.size(); i++) {
        int at = before.get(i).mention().span().start();
        if (!lex.endsBefore("destination", text, at, 4) || hasClauseBreak(text, at, t.span().start())) continue;
        List<LinkedMention> listed = listFrom(lex, text, at, before.subList(i, before.size()));
        if (listed.stream().map(LinkedMention::entityId).distinct().count() >= 2) hosts.addAll(listed);
        break;
      }
    }
    // "su director gerente dialogará con representantes de Tailandia, China, …": a person meets
    // the people of several countries named after a word for them ({@code counterparts}); the
    // countries are named so that each can be a meeting of its own.
    if (Forms.family(t.trigger().form()).equals("meet") && after.size() >= 2
        && chosen.stream().anyMatch(a -> a.mention().type() == EntityType.PERSON && a.mention().span().start() < t.span().start())
        && lex.endsBefore("counterparts", text, after.get(0).mention().fullSpan().start(), 24)
        && !hasClauseBreak(text, t.span().end(), after.get(0).mention().span().start())) {
      List<LinkedMention> listed = listFrom(lex, text, t.span().end(), after);
      if (listed.size() >= 2) hosts.addAll(listed);
    }
    return hosts;
  }

  /**
   * "visitará cinco países de Asia …. … representantes de Tailandia, China, Corea del Sur, Indonesia
   * e India", "will visit the two countries", "出访亚洲五国": a visit to a count of states, with no host
   * named, goes to the states a list names right after the count or in one of the next two sentences,
   * when the list names just as many states, none of them the visitor's; a tour is one visit to each.
   * {@return the visit with those hosts as its targets, or the visit unchanged}
   */
  static Reading withCountedHosts(Reading r, EventLexicon lex, String text, List<Sentence> sentences, List<LinkedMention> mentions,
      ActorGate.StoryActors actors) {
    boolean visit = r.family().equals("visit");
    if (!visit && !r.family().equals("meet")) return r;
    Set<String> visitor = new HashSet<>();
    for (Participant a : r.actors()) if (!visit || !EntityIds.isCountry(a.entity()) || a.role() == Role.SOURCE) {
      if (a.country() != null) visitor.add(a.country());
    }
    if (visit) {
      for (Participant a : r.actors()) if (EntityIds.isCountry(a.entity()) && a.role() != Role.SOURCE && !visitor.contains(a.country())) return r;
    } else if (r.actors().stream().anyMatch(a -> a.role() == Role.TARGET)) {
      return r;
    }
    Span t = r.trigger().span();
    int at = -1;
    for (int i = 0; i < sentences.size(); i++) if (sentences.get(i).span().contains(t)) at = i;
    if (at < 0) return r;
    Span sentence = sentences.get(at).span();
    int from = t.start();
    while (from > sentence.start() && !hasClauseBreak(text, from - 1, from)) from--;
    int to = t.end();
    while (to < sentence.end() && !hasClauseBreak(text, to, to + 1)) to++;
    // A meeting or a call is with the people of the states counted: "conversaciones telefónicas con
    // los líderes de varias naciones", a count right after a word of {@code counterparts}.
    String counted = visit ? text.substring(from, to) : afterCounterparts(lex, text.substring(t.end(), to));
    int n = lex.countedStates(counted);
    // "varias naciones", "several countries": some states, as many as the next sentence lists.
    boolean some = n < 2 && lex.anyIn("some_states", counted);
    if (n < 2 && !some) return r;
    // The list: after the trigger in its sentence, else in the next one.
    List<List<LinkedMention>> places = new ArrayList<>();
    places.add(countriesIn(mentions, t.end(), sentence.end()));
    for (int k = at + 1; k <= at + (some ? 1 : 2) && k < sentences.size(); k++) places.add(countriesIn(mentions, sentences.get(k).span().start(), sentences.get(k).span().end()));
    for (List<LinkedMention> cs : places) {
      for (int i = 0; i < cs.size(); i++) {
        List<LinkedMention> listed = listFrom(lex, text, cs.get(i).mention().span().start(), cs.subList(i, cs.size()));
        Map<String, LinkedMention> hosts = new LinkedHashMap<>();
        for (LinkedMention l : listed) hosts.putIfAbsent(l.entityId(), l);
        if (some ? hosts.size() < 2 : hosts.size() != n) continue;
        List<Participant> with = new ArrayList<>(r.actors());
        for (LinkedMention h : hosts.values()) {
          String c = actors.of(h.entityId()).country();
          if (c == null || visitor.contains(c)) return r;
          with.add(new Participant(h, Role.TARGET, c));
        }
        return r.withActors(with);
      }
    }
    return r;
  }

  /** {@return the words right after the first word of {@code counterparts} in {@code clause}, or none} */
  private static String afterCounterparts(EventLexicon lex, String clause) {
    for (var m : lex.find("counterparts", clause)) {
      String rest = clause.substring(m.span().end()).strip();
      String[] words = rest.split("\\s+", 4);
      return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(3, words.length)));
    }
    return "";
  }

  private static List<LinkedMention> countriesIn(List<LinkedMention> mentions, int from, int to) {
    List<LinkedMention> out = new ArrayList<>();
    for (LinkedMention m : mentions) {
      if (EntityIds.isCountry(m.entityId()) && m.mention().span().start() >= from && m.mention().span().end() <= to) out.add(m);
    }
    out.sort(java.util.Comparator.comparingInt(m -> m.mention().span().start()));
    return out;
  }

  /**
   * {@return whether a person named bare, with no title, is joined to an official the event is
   * held with by only "and with" ("se reunió … con el presidente eritreo, Isaias Afeworki, y con
   * Meles Zenawi"): the second counterpart of a list of them}
   */
  static boolean alsoMet(SentenceView s, LinkedMention l, List<LinkedMention> scope, ActorGate.StoryActors profiles) {
    Mention m = l.mention();
    if (m.type() != EntityType.PERSON) return false;
    EventLexicon lex = s.lexicon();
    for (LinkedMention o : scope) {
      Mention om = o.mention();
      if (om.type() != EntityType.PERSON || om.span().end() > m.fullSpan().start() || !profiles.of(o.entityId()).political()) continue;
      String[] gap = s.text().substring(om.span().end(), m.fullSpan().start()).replace(',', ' ').strip().split("\\s+");
      if (gap.length == 2 && lex.isWhole("list_and", gap[0]) && lex.isWhole("companion", gap[1])) return true;
    }
    return false;
  }

  /** How many characters may stand between a bare subject and the word joining it to its counterpart ("是在同"). */
  private static final int SUBJECT_GAP = 12;
  /** How many characters the counterpart's title may take between the joining word and the name ("德国总理"). */
  private static final int TITLE_GAP = 8;

  /**
   * {@return whether a person named bare, with no title, is the subject of a contact held with an
   * official the clause names after a {@code companion} word, the trigger after both ("叶利钦是在同德国
   * 总理科尔进行磋商后", "穆巴拉克…立即与叙总统阿萨德…举行了会谈")} The coverb construction (subject, 同/与,
   * counterpart, verb) makes the bare name the other side of the official's contact; a name the
   * knowledge base does not know is read as a party from the syntax, as a titled one is.
   */
  static boolean heldWithOfficial(SentenceView s, TriggerMatch t, LinkedMention l, List<LinkedMention> scope, ActorGate.StoryActors profiles) {
    Mention m = l.mention();
    if (m.type() != EntityType.PERSON || m.titleSpan() != null || m.span().end() > t.span().start()) return false;
    EventLexicon lex = s.lexicon();
    String text = s.text();
    for (LinkedMention o : scope) {
      Mention om = o.mention();
      if (o == l || om.type() != EntityType.PERSON || !profiles.of(o.entityId()).political()) continue;
      int at = om.span().start();
      if (at < m.span().end() || om.span().end() > t.span().start() || hasClauseBreak(text, m.span().end(), at)) continue;
      String gap = text.substring(m.span().end(), at);
      // The word joining the subject to the counterpart, a few words after the subject; only the
      // counterpart's title (its country, its office) after it.
      for (PhraseTrie.Match<String> c : lex.find("companion", gap)) {
        if (c.span().start() <= SUBJECT_GAP && gap.length() - c.span().end() <= TITLE_GAP) return true;
      }
    }
    return false;
  }

  /**
   * {@return the places of {@code after} (in text order) that a list running on from {@code from}
   * names: the first with no clause break before it, then each joined to the one before by a list
   * mark or {@code list_and}}
   */
  static List<LinkedMention> listFrom(EventLexicon lex, String text, int from, List<LinkedMention> after) {
    List<LinkedMention> out = new ArrayList<>();
    for (LinkedMention c : after) {
      int at = c.mention().span().start();
      boolean joined = out.isEmpty()
          ? !hasClauseBreak(text, from, at)
          : at >= out.get(out.size() - 1).mention().span().end()
              && listGap(lex, text.substring(out.get(out.size() - 1).mention().span().end(), at));
      if (!joined) break;
      out.add(c);
    }
    return out;
  }

  /** {@return whether {@code gap} joins two items of a list of names: a comma, a word of {@code list_and} ("y", "and"), or both} */
  static boolean listGap(EventLexicon lex, String gap) {
    String g = gap.strip();
    if (g.startsWith(",") || g.startsWith("，") || g.startsWith("、")) g = g.substring(1).strip();
    return g.isEmpty() || lex.isWhole("list_and", g);
  }
}
