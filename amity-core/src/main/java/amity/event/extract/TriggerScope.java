package amity.event.extract;

import static amity.event.extract.ClauseBreaks.breakOpenedBy;
import static amity.event.extract.ClauseBreaks.contrastBreak;
import static amity.event.extract.ClauseBreaks.hasClauseBreak;
import static amity.event.extract.ClauseBreaks.opensClause;

import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides which names of a sentence are a trigger's by where they stand: mentions before the
 * clause's first trigger are every trigger's subjects; those after a trigger, up to the next, its
 * objects (a comma before the next trigger makes them that one's subjects: "访问古巴期间，黄忠海一行会见了…");
 * a break and a word of contrast or of a subordinate clause open a clause with subjects of its
 * own. Where the sentence is parsed, the parse corrects word order. Names told in a frame, a
 * qualifier in brackets or what is reported are none of any trigger's.
 *
 * <p>Word order decides first; the parse, where the sentence has one, only corrects it, moving
 * names across clause boundaries that word order cannot see.
 *
 * <p>Stateless and thread-safe.
 */
final class TriggerScope {
  private TriggerScope() {}

  /**
   * The names one trigger's clause holds and those word order and the parse give the trigger.
   *
   * @param inRegion the usable names of the trigger's clause, less those reported in it
   * @param prev the trigger before it in its clause, or null
   * @param names its subjects and objects (and the places of a gathering it goes to)
   * @param objects those of its names that word order put after it
   */
  record Scope(List<LinkedMention> inRegion, @Nullable TriggerMatch prev, List<LinkedMention> names, List<LinkedMention> objects) {
    Scope {
      inRegion = List.copyOf(inRegion);
      names = List.copyOf(names);
      objects = List.copyOf(objects);
    }
  }

  /** {@return the sentence's names that may be any trigger's: none inside a suppressed frame or a bracketed qualifier} */
  static List<LinkedMention> usable(SentenceView s) {
    return usable(s, s.lexicon().suppressed(s.sentence().text()));
  }

  /**
   * {@return where an arrival closes, or -1}: a visit word opened by an {@code arrival_at} word
   * ("抵", "抵达") with a place right after it and then a word of {@code arrival_close}
   * ("抵拉塔基亚后"), closed where that word ends.
   */
  static int closedArrival(EventLexicon lex, String text, TriggerMatch t, List<LinkedMention> names) {
    if (!Forms.family(t.trigger().form()).equals("visit") || !lex.opensWith("arrival_at", t.surface())) return -1;
    for (LinkedMention m : names) {
      Span at = m.mention().span();
      if (m.mention().type() != EntityType.GPE || at.start() != t.end()) continue;
      String rest = text.substring(at.end(), Math.min(text.length(), at.end() + 4));
      for (PhraseTrie.Match<String> w : lex.find("arrival_close", rest)) if (w.span().start() == 0) return at.end() + w.span().end();
    }
    return -1;
  }

  /**
   * {@return the sentence's names that may be any trigger's: none inside a suppressed frame or a bracketed qualifier}
   *
   * @param suppressed the sentence's suppressed spans, relative to it, as its triggers were read with ({@link TriggerFinder.Triggers})
   */
  static List<LinkedMention> usable(SentenceView s, List<Span> suppressed) {
    List<Span> frames = new ArrayList<>();
    for (Span x : suppressed) frames.add(x.shift(s.span().start()));
    List<Span> brackets = PartyCues.brackets(s.sentence().text(), s.span().start());
    return s.mentions().stream()
        .filter(m -> frames.stream().noneMatch(f -> f.contains(m.mention().span())))
        .filter(m -> !PartyCues.qualifier(m, brackets))
        .toList();
  }

  /**
   * {@return the names {@code t}'s clause gives it}
   *
   * @param triggers all triggers of the sentence
   * @param usable the names of {@link #usable}
   * @param trace told which names each trigger's scope held
   */
  static Scope of(SentenceView s, List<TriggerMatch> triggers, TriggerMatch t, Clause clause, List<LinkedMention> usable, EventTrace trace) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    Span region = clause.region();
    List<LinkedMention> inRegion = usable.stream()
        .filter(m -> region.contains(m.mention().span()) && !clause.spoken(m.mention().span()))
        .toList();
    int firstTrigger = t.span().start();
    for (TriggerMatch o : triggers) if (region.contains(o.span()) && o.span().start() < firstTrigger) firstTrigger = o.span().start();
    TriggerMatch next = null;
    TriggerMatch prev = null;
    for (TriggerMatch o : triggers) {
      if (!region.contains(o.span())) continue;
      if (o.span().start() > t.span().start() && (next == null || o.span().start() < next.span().start())) next = o;
      if (o.span().start() < t.span().start() && (prev == null || o.span().start() > prev.span().start())) prev = o;
    }
    int from = t.span().start();
    int to = next != null ? next.span().start() : region.end();
    // "antes de viajar a la reunión de ministros … que se celebrará en Italia": a trip to a
    // gathering goes where the gathering is held; the places told with it are the trip's too.
    int placesTo = to;
    if (next != null && Forms.family(t.trigger().form()).equals("visit") && toGathering(lex, text, t, next)) {
      placesTo = region.end();
      for (TriggerMatch o : triggers) {
        if (region.contains(o.span()) && o.span().start() > next.span().start() && o.span().start() < placesTo) placesTo = o.span().start();
      }
    }
    int prevEnd = prev != null ? prev.end() : -1;
    List<LinkedMention> scope = new ArrayList<>();
    List<LinkedMention> objects = new ArrayList<>();
    List<LinkedMention> gatheringPlaces = new ArrayList<>();
    // A trigger with a subject of its own after the previous one ("Before Levy's arrival in Bonn,
    // Ruehe will visit Israel") does not share the sentence's first subjects.
    boolean ownSubject = false;
    // "Cặp đôi gặp nhau ở New York, Mỹ và sau đó … đi du lịch tới … Italia, Australia và Anh": a
    // reciprocal trigger ("gặp nhau", met each other) takes no object; after it only a place a
    // locative word opens is its.
    boolean reciprocal = lex.endsBefore("reciprocal", text, t.end(), 8);
    // "穆巴拉克抵拉塔基亚后立即与叙总统阿萨德…举行了会谈": an arrival closed after its place (arrival_close)
    // holds none of the names after it: they are the next trigger's, whose subject stays the sentence's.
    int arrivalClosed = closedArrival(lex, text, t, inRegion);
    int prevClosed = prev == null ? -1 : closedArrival(lex, text, prev, inRegion);
    for (LinkedMention m : inRegion) {
      int at = m.mention().fullSpan().start();
      // "…达成初步原则性协议，但美国和加拿大没能…": after a break and a word of contrast, even a
      // country is a subject of its own.
      if ((prevClosed < 0 || prevClosed < text.length() && ClauseBreaks.commaOrSemicolon(text.charAt(prevClosed))) && prevEnd >= 0 && at >= prevEnd && at < from && (hasClauseBreak(text, prevEnd, at) || opensClause(lex, text, prevEnd, at))
          && (m.mention().type() != EntityType.GPE || contrastBreak(lex, text, prevEnd, at)) && !lex.endsBefore("companion", text, at, 16)) {
        ownSubject = true;
      }
    }
    // "唐家璇与…迪亚洛签署了…协定；与科特迪瓦外长就…进行了换文": a trigger with a companion of its own
    // right before it, after a break, is done with that one, not with the first trigger's companion.
    // Those from the first trigger's companion word on are its counterparts ("与几内亚计划合作部长迪亚洛").
    int firstCompanion = Integer.MAX_VALUE;
    for (LinkedMention m : inRegion) {
      int at = m.mention().fullSpan().start();
      if (prevEnd >= 0 && at >= prevEnd && at < from && hasClauseBreak(text, prevEnd, at) && lex.endsBefore("companion", text, at, 16)
          && !hasClauseBreak(text, m.mention().span().end(), from) && firstTrigger > region.start()) {
        for (PhraseTrie.Match<String> c : lex.find("companion", text.substring(region.start(), firstTrigger))) {
          firstCompanion = Math.min(firstCompanion, region.start() + c.span().start());
        }
      }
    }
    // "李瑞环首先对斯卡尔法罗总统访华表示欢迎": who welcomes the visit stands before the topic it is in.
    int topic = ClauseBreaks.attitudeTopic(lex, text, s.span().start(), t);
    // Only the topic's own clause: a name told in a clause before is no one's attitude here.
    int topicClause = topic;
    while (topicClause > s.span().start() && ",，;；:：".indexOf(text.charAt(topicClause - 1)) < 0) topicClause--;
    for (LinkedMention m : inRegion) {
      int at = m.mention().fullSpan().start();
      // "X, quien se reunió … con A, y con B, regresó …": those the earlier event was held with
      // are not the later one's subjects. A companion with no break before the trigger is its own
      // ("经过３个星期的艰苦谈判，印度尼西亚政府８日同国际货币基金组织就…达成协议": the phrase that says
      // with whom stands before its verb).
      boolean subject = at < firstTrigger && !ownSubject && at < firstCompanion
          || (prevEnd >= 0 && at >= prevEnd && at < from && (hasClauseBreak(text, prevEnd, at) || opensClause(lex, text, prevEnd, at))
              && !(lex.endsBefore("companion", text, at, 16) && hasClauseBreak(text, m.mention().span().end(), from)))
          || prevClosed >= 0 && at >= prevClosed && at < from;
      // After a comma, a mention standing right before the next trigger is that one's subject;
      // "se reunió con Afeworki, y con Meles Zenawi, regresó …" keeps Meles as an object.
      // "美国与墨西哥宣布…达成…协议，但美国和加拿大没能…": a clause opened by a word of contrast
      // holds none of the trigger's objects.
      boolean object = at >= from && at < to && !(arrivalClosed >= 0 && at >= arrivalClosed)
          && !(next != null && hasClauseBreak(text, t.end(), at) && !hasClauseBreak(text, m.mention().span().end(), next.span().start()))
          && !contrastBreak(lex, text, t.end(), at)
          // "to discuss Israel's new policy … since Prime Minister Benjamin Netanyahu took office":
          // a person after a subordinator past the trigger is the subject of a clause of its own.
          && !(m.mention().type() == EntityType.PERSON && opensClause(lex, text, t.end(), at))
          // "中方…全力驰援，提供…帮助，并愿同非洲国家协调行动，动员联合国、世卫组织…": a clause opened
          // by a word that goes on to another deed of the same subject ({@code next_deed}) holds none
          // of the trigger's objects.
          && !breakOpenedBy(lex, "next_deed", text, t.end(), at)
          && !saysAfter(lex, text, t.end(), at)
          && !(reciprocal && !lex.endsBefore("locative", text, m.mention().span().start(), 16));
      // "Specter, who has questioned whether … Perry should resign …, met …": a name in a
      // relative clause closed before the trigger is none of its subjects.
      if (subject && at < t.span().start() && at >= s.span().start()
          && ClauseReader.inRelative(lex, text.substring(s.span().start(), t.span().start()), at - s.span().start())) {
        subject = false;
      }
      if (subject && topic >= 0 && at < topic && at >= topicClause) subject = false;
      if (!object && !subject && m.mention().type() == EntityType.GPE && at >= to && at < placesTo
          && lex.endsBefore("locative", text, m.mention().span().start(), 16)) {
        gatheringPlaces.add(m);
        continue;
      }
      if (subject || object) scope.add(m);
      if (object) objects.add(m);
    }
    // "美国与加拿大的磋商": an event's word with its two holders joined before it and a holder_mark
    // (的) is theirs alone, whoever the clause's subject is.
    List<LinkedMention> holders = nominalHolders(lex, text, t, inRegion);
    if (holders.isEmpty()) holders = relativeHolder(lex, text, t, inRegion, region.end());
    if (!holders.isEmpty()) {
      if (trace.on()) trace.line("  scope " + t.surface() + " holders=" + holders.stream().map(m -> m.mention().text()).toList());
      return new Scope(inRegion, prev, holders, List.of());
    }
    if (trace.on()) trace.line("  scope " + t.surface() + " region=" + region + " inRegion=" + inRegion.stream().map(m -> m.mention().text()).toList()
        + " scope=" + scope.stream().map(m -> m.mention().text()).toList());
    // The parse only sorts the mentions of the trigger's region: none, no parse needed.
    if (!inRegion.isEmpty() && s.syntax() != null) scope = bySyntax(s, t, scope, inRegion);
    if (reciprocal) {
      // Nor does the parse give it one.
      scope = scope.stream().filter(m -> m.mention().span().start() < t.end()
          || lex.endsBefore("locative", text, m.mention().span().start(), 16)).toList();
    }
    if (!gatheringPlaces.isEmpty()) {
      // Told in the gathering's own clause ("que se celebrará en Italia"), which the parse keeps apart.
      scope = new ArrayList<>(scope);
      scope.addAll(gatheringPlaces);
    }
    return new Scope(inRegion, prev, scope, objects);
  }

  /**
   * {@return the two names that hold a nominal event, or an empty list}: "A与B的磋商" — a word of
   * {@code holder_mark} right before the trigger, the second name right before it, and the first
   * joined to the second by a {@code companion} word alone, with no preposition of {@code
   * holder_not_after} governing them ("对古巴和玻利维亚的友好访问" goes to them).
   */
  static List<LinkedMention> nominalHolders(EventLexicon lex, String text, TriggerMatch t, List<LinkedMention> names) {
    int at = t.span().start();
    for (LinkedMention b : names) {
      Span bs = b.mention().span();
      if (bs.end() >= at || !lex.isWhole("holder_mark", text.substring(bs.end(), at))) continue;
      for (LinkedMention a : names) {
        Span as = a.mention().span();
        if (as.end() >= bs.start() || a.entityId().equals(b.entityId())) continue;
        // "对古巴和玻利维亚的友好访问": names a preposition governs are where the event goes, not its holders.
        if (lex.endsBefore("holder_not_after", text, a.mention().fullSpan().start(), 4)) continue;
        if (lex.isWhole("companion", text.substring(as.end(), bs.start()))) return List.of(a, b);
      }
    }
    return List.of();
  }

  /** How far after a visit word its relative clause may hold the word of making it. */
  private static final int RELATIVE_WINDOW = 120;

  /**
   * {@return the visitor of a visit word a relative clause tells, then the names after the clause's
   * verb, or an empty list}: "tras la visita que el ministro israelí …, Shlomo Ben Ami, cursó hoy a
   * Egipto" — a {@code relative} word right after the visit word and, in its clause, a person
   * right before a {@code holder_verb} (making the visit: "cursó", "realizó", "paid") is the one
   * who travels, whoever the main clause's subject is ("Musa hizo estas declaraciones tras …"); the
   * names after the verb are where the visit went.
   */
  static List<LinkedMention> relativeHolder(EventLexicon lex, String text, TriggerMatch t, List<LinkedMention> names, int regionEnd) {
    if (!Forms.family(t.trigger().form()).equals("visit")) return List.of();
    int after = t.span().end();
    int end = Math.min(Math.min(text.length(), regionEnd), after + RELATIVE_WINDOW);
    if (after >= end) return List.of();
    String rest = text.substring(after, end);
    String lead = rest.stripLeading();
    int relAt = after + rest.length() - lead.length();
    PhraseTrie.Match<String> rel = lex.find("relative", lead).stream().filter(m -> m.span().start() == 0).findFirst().orElse(null);
    if (rel == null || relAt == after) return List.of();
    int clauseFrom = relAt + rel.span().end();
    for (PhraseTrie.Match<String> verb : lex.find("holder_verb", text.substring(clauseFrom, end))) {
      int verbAt = clauseFrom + verb.span().start();
      int verbEnd = clauseFrom + verb.span().end();
      if (verbAt > clauseFrom && Character.isLetter(text.charAt(verbAt - 1))) continue;
      if (verbEnd < text.length() && Character.isLetter(text.charAt(verbEnd))) continue;
      if (text.substring(clauseFrom, verbAt).contains(";")) return List.of();
      LinkedMention visitor = null;
      for (LinkedMention m : names) {
        Span ms = m.mention().span();
        if (m.mention().type() == EntityType.PERSON && ms.start() >= clauseFrom && ms.end() <= verbAt
            && text.substring(ms.end(), verbAt).replaceAll("[\\s,]", "").isEmpty()) {
          visitor = m;
        }
      }
      if (visitor == null) return List.of();
      List<LinkedMention> out = new ArrayList<>();
      out.add(visitor);
      for (LinkedMention m : names) if (m.mention().span().start() >= verbEnd) out.add(m);
      return out;
    }
    return List.of();
  }

  /**
   * The parse corrects word order: a name the parse puts in another clause than the trigger's
   * ("X, who met Y, said …") leaves the trigger, and a subject or object the parse gives it that
   * word order missed ("Ruehe planned to meet …", across a comma) joins it.
   */
  private static List<LinkedMention> bySyntax(SentenceView s, TriggerMatch t, List<LinkedMention> scope, List<LinkedMention> inRegion) {
    Syntax syn = s.syntax();
    int trigger = syn.headOf(t.span());
    if (trigger == 0) return scope;
    List<LinkedMention> out = new ArrayList<>();
    for (LinkedMention m : scope) {
      if (!syn.inOtherRelative(syn.headOf(m.mention().span()), trigger, t.span()) || leadsObject(s, t, m) || companionOf(s, t, m)
          || representedBody(s, t, m)) {
        out.add(m);
      }
    }
    // Only a subject where there is none, only an object where there is none: word order already
    // split "paid a courtesy call on A and met B" between the two triggers. Sides by the parse, not
    // by order: "同古巴国家主席迪亚斯-卡内尔会晤" has its object first.
    boolean subject = false;
    boolean object = false;
    for (LinkedMention m : out) {
      if (m.mention().type() == EntityType.GPE) continue;
      if (syn.inSubject(syn.headOf(m.mention().span()), trigger)) subject = true;
      else if (m.mention().span().start() > t.span().start()) object = true;
    }
    for (LinkedMention m : inRegion) {
      if (out.contains(m)) continue;
      int head = syn.headOf(m.mention().span());
      if (syn.inSubject(head, trigger) ? subject : object) continue;
      if (syn.argument(head, trigger)) out.add(m);
    }
    out.sort(java.util.Comparator.comparing((LinkedMention l) -> l.mention().span()));
    return out;
  }

  /**
   * Whether {@code m} is the one the trigger is done with, its companion word right before it and
   * no clause break from the trigger ("China consiguiera un acuerdo similar la semana pasada con la
   * Unión Europea, las autoridades …"): word order says so where the parse hangs the phrase on the
   * next clause's verb.
   */
  private static boolean companionOf(SentenceView s, TriggerMatch t, LinkedMention m) {
    String text = s.text();
    int at = m.mention().fullSpan().start();
    if (at < t.end() || at - t.end() > COMPANION_REACH || hasClauseBreak(text, t.end(), at)) return false;
    return s.lexicon().endsBefore("companion", text, at, 16);
  }

  /**
   * Whether {@code m} is a body after the trigger whose representatives ({@code officials_of} right
   * before it) take part ("Cùng tham dự buổi lễ có … trưởng Văn phòng đại diện UNESCO tại Việt Nam"):
   * the parse hangs the body deep in the noun phrase of its office, but those who attend for it
   * stand for it.
   */
  private static boolean representedBody(SentenceView s, TriggerMatch t, LinkedMention m) {
    if (m.mention().type() != EntityType.ORG || m.mention().span().start() < t.end()) return false;
    return s.lexicon().endsBefore("officials_of", s.text(), m.mention().span().start(), 32);
  }

  /**
   * Whether a verb of saying joined to the trigger's clause with no subject of its own ({@code
   * no_subject} then {@code reporting}: "… cho phóng viên xem (qua điện thoại) … và khẳng định phòng
   * khám không có các gói dịch vụ của Việt Nam, Hàn Quốc và của Mỹ") stands between the trigger and
   * {@code at}: what follows it is what was said, none of the trigger's objects.
   */
  private static boolean saysAfter(EventLexicon lex, String text, int from, int at) {
    if (at <= from) return false;
    String between = text.substring(from, at);
    for (PhraseTrie.Match<String> j : lex.find("no_subject", between)) {
      int k = j.span().end();
      while (k < between.length() && Character.isWhitespace(between.charAt(k))) k++;
      if (k > j.span().end() && k < between.length() && lex.opensWith("reporting", between.substring(k))) return true;
    }
    return false;
  }

  /** How far after its trigger, in characters, a name its companion word opens may stand. */
  private static final int COMPANION_REACH = 48;

  /**
   * Whether {@code m} is a person after the trigger who leads what the trigger acts on ("会见了由领导人
   * 塔瓦雷·巴斯克斯率领的乌拉圭进步联盟代表团", "tiếp đoàn … do Chủ tịch X dẫn đầu"): the parse puts the
   * leader in a relative clause of the delegation, but meeting a delegation is meeting its head.
   */
  private static boolean leadsObject(SentenceView s, TriggerMatch t, LinkedMention m) {
    if (m.mention().type() != EntityType.PERSON || m.mention().span().start() < t.end()) return false;
    String text = s.text();
    int end = m.mention().span().end();
    if (hasClauseBreak(text, t.end(), m.mention().span().start())) return false;
    String tail = text.substring(end, Math.min(s.span().end(), end + 8));
    return s.lexicon().find("led_by", tail).stream().anyMatch(w -> tail.substring(0, w.span().start()).isBlank());
  }

  /**
   * {@return whether a trip's word is followed by a destination word, an article at most, and then
   * the word for a gathering ({@code forum}, {@code multilateral}): "viajar a la reunión"}
   */
  private static boolean toGathering(EventLexicon lex, String text, TriggerMatch trip, TriggerMatch next) {
    if (next.span().start() < trip.end()) return false;
    String[] words = text.substring(trip.end(), next.span().start()).strip().split("\\s+");
    if (words.length == 0 || words.length > 2 || !lex.isWhole("destination", words[0])) return false;
    if (words.length == 2 && (words[1].length() > 3 || !words[1].chars().allMatch(Character::isLowerCase))) return false;
    return lex.isWhole("forum", next.surface()) || lex.isWhole("multilateral", next.surface());
  }
}
