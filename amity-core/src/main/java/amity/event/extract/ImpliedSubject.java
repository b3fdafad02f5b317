package amity.event.extract;

import static amity.event.extract.ClauseBreaks.hasClauseBreak;

import amity.event.extract.ArgumentReader.Arguments;
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
import org.jspecify.annotations.Nullable;

/**
 * Finds the subject a trigger's clause does not name beside it: the name a relative word follows
 * ("envoy Dennis Ross, who held talks"), the person a pronoun stands for ("Lebed said he hoped to
 * sign": the one who reports it, else the story's last acting person), the speaker whose report
 * the event opens or whose speaking it is the setting of ("dijo que habló con …", "said … in a
 * visit to Rwanda"), the official before a nonfinite clause ("after meeting …"), or the subject
 * carried from the trigger before ("…抵加，并于次日…递交国书"). Word order alone leaves such an event
 * with only its object side; the subject found takes part, and those after the trigger are acted on.
 *
 * <p>Stateless and thread-safe.
 */
final class ImpliedSubject {
  private ImpliedSubject() {}

  /**
   * {@return {@code a} with the subject its clause leaves unsaid, if one is found and is not among
   * its actors yet, as the side that acts}
   *
   * @param salient the person the story last told as acting, for a pronoun subject
   * @param prev the trigger before {@code t} in its clause, or null
   * @param done the arguments of the triggers before {@code t}, in order
   */
  static Arguments withSubject(SentenceView s, TriggerMatch t, Clause clause, @Nullable LinkedMention salient,
      @Nullable TriggerMatch prev, List<TriggerMatch> triggers, List<Arguments> done, Arguments a, ActorGate.StoryActors actors) {
    // "he" before the trigger: the person it stands for acts, beside whoever else the clause
    // names ("Lebed said he and Maskhadov agreed").
    // "envoy Dennis Ross, who held talks in Paris …": the name a relative word follows is the
    // subject of the clause it opens, whoever a pronoun earlier in the sentence stood for.
    // "tras la visita que … Shlomo Ben Ami cursó hoy a Egipto": a visitor its own relative clause
    // names takes no subject from the main clause ({@link TriggerScope#relativeHolder}).
    if (!TriggerScope.relativeHolder(s.lexicon(), s.text(), t, a.actors().stream().map(Participant::mention).toList(), clause.region().end()).isEmpty()) {
      return a;
    }
    LinkedMention head = relativeHead(s, t, actors);
    LinkedMention pronoun = head != null ? head : pronounSubject(s, t, clause, salient, actors);
    LinkedMention own = pronoun != null ? pronoun : nonfiniteSubject(s, t, a, actors);
    LinkedMention subject = own != null || prev == null ? own : carriedSubject(s, t, prev, triggers, done, a);
    if (subject != null && a.actors().stream().noneMatch(p -> p.entity().equals(subject.entityId()))) {
      List<Participant> withSubject = new ArrayList<>();
      boolean after = a.actors().stream().anyMatch(p -> p.mention().mention().span().start() > t.span().start());
      withSubject.add(new Participant(subject, after ? Role.SOURCE : Role.PARTICIPANT, actors.of(subject.entityId()).country()));
      // With the subject found, those after the trigger are acted on.
      for (Participant p : a.actors()) {
        boolean object = p.mention().mention().span().start() > t.span().start();
        withSubject.add(p.role() == Role.PARTICIPANT && object ? p.withRole(Role.TARGET) : p);
      }
      Set<String> countries = new LinkedHashSet<>(a.countries());
      String c = actors.of(subject.entityId()).country();
      if (c != null) countries.add(c);
      a = new Arguments(withSubject, a.location(), countries);
    }
    return a;
  }

  /**
   * {@return the political person or body named right before ", who" when that relative word
   * opens the trigger's clause with no comma and no other person or body before the trigger, or
   * null} ("envoy Dennis Ross, who held talks in Paris on Tuesday with Israeli and Egyptian
   * officials").
   */
  static @Nullable LinkedMention relativeHead(SentenceView s, TriggerMatch t, ActorGate.StoryActors actors) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    int from = Math.max(s.span().start(), t.span().start() - 60);
    PhraseTrie.Match<String> word = null;
    for (PhraseTrie.Match<String> m : lex.find("relative", text.substring(from, t.span().start()))) word = m;
    if (word == null) return null;
    int wordAt = from + word.span().start();
    int wordEnd = from + word.span().end();
    if (hasClauseBreak(text, wordEnd, t.span().start())) return null;
    int comma = wordAt - 1;
    while (comma > s.span().start() && Character.isWhitespace(text.charAt(comma))) comma--;
    if (comma <= s.span().start() || text.charAt(comma) != ',') return null;
    LinkedMention head = null;
    for (LinkedMention m : s.mentions()) {
      int start = m.mention().span().start();
      if (m.mention().type() != EntityType.GPE && start >= wordEnd && start < t.span().start()) return null;
      if (m.mention().span().end() == comma && m.mention().type() != EntityType.GPE) head = m;
    }
    return head != null && actors.of(head.entityId()).political() ? head : null;
  }

  /**
   * The person a pronoun subject before the trigger stands for: the person who reports it ("X said
   * he would visit …"), else the story's last acting person.
   */
  static @Nullable LinkedMention pronounSubject(SentenceView s, TriggerMatch t, Clause clause, @Nullable LinkedMention salient) {
    return pronounSubject(s, t, clause, salient, null);
  }

  /**
   * {@return as {@link #pronounSubject(SentenceView, TriggerMatch, Clause, LinkedMention)}, and,
   * where the event's verb opens what is said or goes on with its subject dropped and no person
   * says it, the state or state body that says it} ("El Gobierno británico anunció hoy que
   * suministrará armas …": who announces what it will do is who does it), as {@code actors} profile it
   */
  static @Nullable LinkedMention pronounSubject(SentenceView s, TriggerMatch t, Clause clause, @Nullable LinkedMention salient,
      ActorGate.@Nullable StoryActors actors) {
    EventLexicon lex = s.lexicon();
    // "他对美国总统访华感到很高兴": a pronoun or speaker before the topic the trigger stands in is who
    // feels so; only a pronoun inside the topic is the event's ("对他访华表示欢迎").
    int topic = ClauseBreaks.attitudeTopic(lex, s.text(), s.span().start(), t);
    if (topic >= 0) {
      String inTopic = s.text().substring(topic, t.span().start());
      if (lex.find("pronoun", inTopic).isEmpty()) return null;
      LinkedMention inSentence = sentenceAntecedent(s, topic + lastPronoun(lex, inTopic));
      return inSentence != null ? inSentence : salient;
    }
    int start = ClauseReader.clauseStart(s.text(), clause.region().start(), t.span().start());
    String before = s.text().substring(start, t.span().start());
    boolean pronoun = !lex.find("pronoun", before).isEmpty();
    if (!pronoun && firstPerson(lex, before)) return quotedSpeaker(s, clause, salient);
    // "Britain said on Thursday it would give …": a neuter subject is the state that says so.
    if (!pronoun && !clause.speakers().isEmpty()) {
      for (PhraseTrie.Match<String> m : lex.find("state_pronoun", before)) {
        for (Span speaker : clause.speakers()) {
          for (LinkedMention l : s.mentions()) {
            if (speaker.contains(l.mention().span()) && EntityIds.isCountry(l.entityId())) return l;
          }
        }
      }
    }
    // "También habló ayer … con …", "Además visitó …": a sentence opened by such an adverb and then
    // the event's verb drops its subject, the person the story last told as acting.
    if (!pronoun && start == s.span().start() && opensWithAdverb(s, t)) return salient;
    // "Chamorro had complained … since her trip to Taiwan": a possessive right before the event's
    // word is the one who reports, never a person of an earlier sentence.
    boolean possessive = !pronoun && lex.endsBefore("possessive", s.text(), t.span().start(), 12);
    if (possessive) {
      for (Span speaker : clause.speakers()) {
        for (LinkedMention m : s.mentions()) {
          if (speaker.contains(m.mention().span()) && m.mention().type() == EntityType.PERSON) return m;
        }
      }
      return null;
    }
    // A clause after a comma opened with no subject ("苏林表示，…，并将于10月2日同…会晤", "dijo …, y
    // visitará …"): its subject is dropped, and it is the speaker's.
    boolean dropped = !pronoun && !clause.speakers().isEmpty() && droppedSubject(s, t, start);
    // "Russell-Johnston dijo que habló con Masjádov": the event's verb opens what is said, with no
    // subject of its own; the one who says it is the one who did it.
    boolean own = !pronoun && !dropped && opensReport(s, t, clause);
    // "Kengo wa Dondo said on Thursday in a visit to Rwanda that …": the event is where the
    // speaker spoke, told between the verb of saying and what is said; the speaker takes part.
    boolean setting = !pronoun && !dropped && !own && speakingSetting(s, t, clause);
    if (!pronoun && !dropped && !own && !setting) return null;
    for (Span speaker : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (speaker.contains(m.mention().span()) && m.mention().type() == EntityType.PERSON) return m;
      }
    }
    if ((own || dropped) && actors != null) {
      LinkedMention body = speakingState(s, clause, actors);
      if (body != null) return body;
    }
    if (!pronoun) return null;
    LinkedMention inSentence = sentenceAntecedent(s, start + lastPronoun(lex, before));
    return inSentence != null ? inSentence : salient;
  }

  /**
   * Whether the subject before the trigger is the first person singular ({@code first_person}:
   * "Tôi đã nói rất rõ với Tổng thống Putin"), not a plural one ({@code first_person_plural} right
   * before it: "chúng tôi").
   */
  private static boolean firstPerson(EventLexicon lex, String before) {
    for (PhraseTrie.Match<String> m : lex.find("first_person", before)) {
      if (!lex.endsBefore("first_person_plural", before, m.span().start(), 8)) return true;
    }
    return false;
  }

  /**
   * The one a first-person subject stands for: the person in the speaker's place ("…", ông Biden
   * phát biểu), else, where the speaker is told by a pronoun ("Ông nói: "Tôi …""), the person the
   * story last told as acting; no one when the clause has no speaker (an interview's "tôi").
   */
  private static @Nullable LinkedMention quotedSpeaker(SentenceView s, Clause clause, @Nullable LinkedMention salient) {
    EventLexicon lex = s.lexicon();
    for (Span speaker : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (speaker.contains(m.mention().span()) && m.mention().type() == EntityType.PERSON) return m;
      }
    }
    for (Span speaker : clause.speakers()) {
      if (!lex.find("pronoun", s.text().substring(speaker.start(), speaker.end())).isEmpty()) return salient;
    }
    return null;
  }

  /** Where in {@code before} its last pronoun starts. */
  private static int lastPronoun(EventLexicon lex, String before) {
    int at = 0;
    for (PhraseTrie.Match<String> m : lex.find("pronoun", before)) at = m.span().start();
    return at;
  }

  /**
   * The person a singular pronoun at {@code at} stands for within its own sentence, or null: the
   * person the sentence opens with as its subject (its first name, a person's), else the nearest
   * person named before the pronoun ("李瑞环首先对斯卡尔法罗总统访华表示欢迎，对不久前他访意期间…": 他 is
   * 李瑞环, not a person of an earlier sentence). A plural ("他们") stands for no one person.
   */
  static @Nullable LinkedMention sentenceAntecedent(SentenceView s, int at) {
    if (plural(s, at)) return null;
    LinkedMention nearest = null;
    boolean first = true;
    for (LinkedMention m : s.mentions()) {
      if (m.mention().span().end() > at) break;
      boolean person = m.mention().type() == EntityType.PERSON && !amity.mention.TitleFinder.NOMINAL.equals(m.mention().finder());
      if (person && first) return m;
      first = false;
      if (person) nearest = m;
    }
    return nearest;
  }

  /** Whether the pronoun at {@code at} is made plural by a word of {@code plural_after} right after it ("他们"). */
  private static boolean plural(SentenceView s, int at) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    for (PhraseTrie.Match<String> m : lex.find("pronoun", text.substring(at, Math.min(text.length(), at + 16)))) {
      if (m.span().start() != 0) continue;
      int end = at + m.span().end();
      return lex.opensWith("plural_after", text.substring(end, Math.min(text.length(), end + 4)));
    }
    return false;
  }

  /**
   * {@return the one state or political body among the speakers of {@code clause} (a country, a
   * government), or null where none or several speak} A body that speaks of what it will do does
   * it, as a person does.
   */
  private static @Nullable LinkedMention speakingState(SentenceView s, Clause clause, ActorGate.StoryActors actors) {
    LinkedMention found = null;
    for (Span speaker : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (!speaker.contains(m.mention().span()) || m.mention().type() == EntityType.PERSON) continue;
        boolean state = EntityIds.isCountry(m.entityId()) || m.mention().type() == EntityType.ORG && actors.of(m.entityId()).political();
        if (!state) continue;
        if (found != null && !found.entityId().equals(m.entityId())) return null;
        found = m;
      }
    }
    return found;
  }

  /**
   * {@return whether the trigger opens the reported clause, after its speaker: only a {@code
   * complementizer} ("que") stands between where what is said starts and the trigger}
   */
  private static boolean opensReport(SentenceView s, TriggerMatch t, Clause clause) {
    int from = clause.region().start();
    if (from >= t.span().start() || clause.speakers().stream().noneMatch(sp -> sp.end() <= from)) return false;
    String lead = s.text().substring(from, t.span().start()).strip();
    if (lead.isEmpty()) return true;
    if (s.lexicon().isWhole("complementizer", lead)) return true;
    if (circumstancesBefore(s, from, t)) return true;
    // "Meles Zenaui indicó hoy en un encuentro con diplomáticos … que …": the word for the event
    // tells where the speaker spoke, before what he said; only a word or two of time may come
    // between the verb and the {@code setting} word.
    PhraseTrie.Match<String> setting = null;
    for (PhraseTrie.Match<String> m : s.lexicon().find("setting", lead)) setting = m;
    if (setting == null || setting.span().end() != lead.length()) return false;
    String pre = lead.substring(0, setting.span().start()).strip();
    if (pre.isEmpty()) return true;
    String[] words = pre.split("[\\s,]+");
    if (words.length > 2) return false;
    for (String w : words) if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
    return s.mentions().stream().noneMatch(m -> m.mention().span().start() >= from && m.mention().span().start() < t.span().start());
  }

  /**
   * "Louis Michel informó hoy, martes, que viajará a Viena", "declaró ayer en Bruselas que …": the
   * report's verb is followed by words of its own time and place (the sentence's dates, places,
   * at most {@value #CIRCUMSTANCE_WORDS} other lowercase words) and then the {@code complementizer}
   * right before the trigger. {@return whether so: what is said opens with the trigger as well}
   */
  static boolean circumstancesBefore(SentenceView s, int from, TriggerMatch t) {
    String text = s.text();
    int end = t.span().start();
    PhraseTrie.Match<String> word = null;
    for (PhraseTrie.Match<String> m : s.lexicon().find("complementizer", text.substring(from, end))) word = m;
    if (word == null || !text.substring(from + word.span().end(), end).isBlank()) return false;
    int at = from + word.span().start();
    StringBuilder rest = new StringBuilder(text.substring(from, at));
    for (LinkedMention m : s.mentions()) {
      Span span = m.mention().fullSpan();
      if (span.end() <= from || span.start() >= at) continue;
      if (m.mention().type() != EntityType.GPE || span.start() < from || span.end() > at) return false;
      blank(rest, span.start() - from, span.end() - from);
    }
    for (amity.time.DateMention d : s.dates()) {
      Span span = d.span();
      if (span.start() >= from && span.end() <= at) blank(rest, span.start() - from, span.end() - from);
    }
    String[] words = rest.toString().strip().split("[\\s,]+");
    if (words.length == 1 && words[0].isEmpty()) return true;
    if (words.length > CIRCUMSTANCE_WORDS) return false;
    for (String w : words) if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
    return true;
  }

  /** How many words besides dates and places may tell where and when the report was made ("en", "el"). */
  static final int CIRCUMSTANCE_WORDS = 3;

  private static void blank(StringBuilder b, int from, int to) {
    for (int i = Math.max(0, from); i < Math.min(b.length(), to); i++) b.setCharAt(i, ' ');
  }

  /**
   * {@return whether the trigger stands in the circumstances of the report's own verb: after it,
   * with no break, no other person or body and at most {@value #SETTING_GAP} words between, a {@code setting} phrase ("in a", "during",
   * "on a") at most {@value #SETTING_WORDS} words before the trigger, and no {@code agent} word
   * after it ("during a visit by …" is someone else's)}
   */
  static boolean speakingSetting(SentenceView s, TriggerMatch t, Clause clause) {
    int from = clause.region().start();
    if (from >= t.span().start() || clause.speakers().stream().noneMatch(sp -> sp.end() <= from)) return false;
    String text = s.text();
    if (hasClauseBreak(text, from, t.span().start())) return false;
    for (LinkedMention m : s.mentions()) {
      int at = m.mention().fullSpan().start();
      if (m.mention().type() != EntityType.GPE && at >= from && at < t.span().start()) return false;
    }
    String gap = text.substring(from, t.span().start());
    if (gap.strip().split("\\s+").length > SETTING_GAP) return false;
    boolean set = false;
    for (PhraseTrie.Match<String> m : s.lexicon().find("setting", gap)) {
      if (gap.substring(m.span().end()).strip().split("\\s+").length <= SETTING_WORDS) set = true;
    }
    if (!set) return false;
    String after = text.substring(t.end(), Math.min(s.span().end(), t.end() + 40));
    return s.lexicon().find("agent", after).stream().noneMatch(m -> after.substring(0, m.span().start()).split("\\s+").length <= 4);
  }

  /** How many words (a modifier of the trigger: "two-day", "official") a setting phrase may stand before it. */
  static final int SETTING_WORDS = 2;
  /** How many words at most stand between the verb of saying and the trigger ("told reporters on Tuesday during a two-day"). */
  static final int SETTING_GAP = 7;

  /**
   * {@return whether the sentence opens with a {@code sentence_opening} adverb and then the
   * trigger, nothing else ("También habló con …", "Además, visitó …"): its subject is dropped}
   */
  static boolean opensWithAdverb(SentenceView s, TriggerMatch t) {
    if (t.span().start() < s.span().start()) return false;
    String opening = s.text().substring(s.span().start(), t.span().start()).strip().replaceAll("[,\\s]+$", "");
    return !opening.isEmpty() && s.lexicon().isWhole("sentence_opening", opening);
  }

  /**
   * The subject of an event told as a clause with none of its own after the main verb ("subrayó
   * McFarland … después de entrevistarse con el ministro", "Fox told reporters after meeting …"):
   * the last official named before it in the sentence, not one the event is done with; null when
   * the event already has a party before its word.
   */
  private static @Nullable LinkedMention nonfiniteSubject(SentenceView s, TriggerMatch t, Arguments a, ActorGate.StoryActors actors) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    if (!lex.endsBefore("nonfinite", text, t.span().start(), 24)) return null;
    int word = t.span().start();
    for (PhraseTrie.Match<String> m : lex.find("nonfinite", text.substring(Math.max(s.span().start(), t.span().start() - 24), t.span().start()))) {
      word = Math.min(word, Math.max(s.span().start(), t.span().start() - 24) + m.span().start());
    }
    LinkedMention subject = null;
    for (LinkedMention m : s.mentions()) {
      if (m.mention().span().end() > word) break;
      if (m.mention().type() != EntityType.PERSON || !actors.of(m.entityId()).political()) continue;
      if (lex.endsBefore("companion", text, m.mention().fullSpan().start(), 16)) continue;
      subject = m;
    }
    return subject;
  }

  /**
   * "丛培武于9月22日抵加，并于次日在渥太华向…惠勒递交国书副本": a clause opened after a comma by a word that
   * goes on without a subject ({@code no_subject}: "并"), naming no one before the trigger, has the
   * subject of the trigger before it: {@return that trigger's first actor named before it, or null}
   */
  private static @Nullable LinkedMention carriedSubject(SentenceView s, TriggerMatch t, TriggerMatch prev, List<TriggerMatch> triggers,
      List<Arguments> done, Arguments a) {
    int i = triggers.indexOf(prev);
    if (i < 0 || i >= done.size()) return null;
    String text = s.text();
    int open = -1;
    for (int k = t.span().start() - 1; k >= prev.end(); k--) {
      if (ClauseBreaks.commaOrSemicolon(text.charAt(k))) {
        open = k + 1;
        break;
      }
    }
    if (open < 0) return null;
    String segment = text.substring(open, t.span().start());
    if (!s.lexicon().opensWith("no_subject", segment)) return null;
    // Those before a word it is done with ("同", "与") or given to ("向") are its other side, no subject.
    int end = t.span().start();
    for (PhraseTrie.Match<String> m : s.lexicon().find("companion", segment)) end = Math.min(end, open + m.span().start());
    for (PhraseTrie.Match<String> m : s.lexicon().find("recipient", segment)) end = Math.min(end, open + m.span().start());
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() != EntityType.GPE && m.mention().span().start() >= open && m.mention().span().end() <= end) return null;
    }
    for (Participant p : done.get(i).actors()) {
      if (p.mention().mention().type() == EntityType.PERSON && p.mention().mention().span().end() <= prev.span().start()) return p.mention();
    }
    return null;
  }

  /**
   * {@return whether the trigger's clause opens, after a comma, with a word that goes on without a
   * subject ("并将", "và sẽ", "y") and names no one before the trigger but whom it is done with}
   */
  private static boolean droppedSubject(SentenceView s, TriggerMatch t, int from) {
    String text = s.text();
    int open = from;
    for (int i = t.span().start() - 1; i >= from; i--) {
      if (ClauseBreaks.commaOrSemicolon(text.charAt(i))) {
        open = i + 1;
        break;
      }
    }
    if (open == from) return false;
    String segment = text.substring(open, t.span().start());
    int lead = segment.length() - segment.stripLeading().length();
    boolean opens = s.lexicon().find("no_subject", segment).stream().anyMatch(m -> m.span().start() == lead);
    if (!opens) return false;
    int end = t.span().start();
    for (PhraseTrie.Match<String> m : s.lexicon().find("companion", segment)) end = Math.min(end, open + m.span().start());
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() != EntityType.GPE && m.mention().span().start() >= open && m.mention().span().end() <= end) return false;
    }
    return true;
  }
}
