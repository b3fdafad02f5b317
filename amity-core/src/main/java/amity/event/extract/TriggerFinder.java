package amity.event.extract;

import amity.model.Mode;
import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mention;
import amity.model.Span;
import amity.text.Scripts;
import amity.time.DateMention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds the trigger words of a sentence that name events: lexicon phrases (the longest wins) that
 * are not inside a name or title, not inside a suppressed frame ("at the invitation of …"), with
 * what they require in the sentence (an amount for aid, an agreement for a signing, a ceremony for
 * attending); triggers of one family close together become one match; and where a sentence tells
 * a joint committee, credentials or aid, the meeting words around it describe that event.
 *
 * <p>Stateless and thread-safe.
 */
public final class TriggerFinder {
  /** Triggers of one family this close (characters) are one event's words. */
  static final int GROUP_GAP = 40;

  /**
   * A sentence's trigger matches, in text order, with the spans of the sentence (relative to it)
   * inside which triggers are not events ({@link EventLexicon#suppressed}), read once here for the
   * steps after ({@link TriggerScope#usable}); no spans where there is no match.
   */
  record Triggers(List<TriggerMatch> matches, List<Span> suppressed) {
    Triggers {
      matches = List.copyOf(matches);
      suppressed = List.copyOf(suppressed);
    }
  }

  /** {@return the sentence's trigger matches, in text order} */
  public List<TriggerMatch> find(SentenceView s) {
    return read(s).matches();
  }

  /** {@return the sentence's trigger matches, in text order, and its suppressed spans} */
  Triggers read(SentenceView s) {
    Words words = triggers(s);
    List<Found> found = words.found();
    if (found.isEmpty()) return new Triggers(List.of(), List.of());
    List<Span> suppressed = words.suppressed() != null ? words.suppressed() : s.lexicon().suppressed(s.sentence().text());
    List<Span> people = new ArrayList<>();
    for (LinkedMention m : s.mentions()) if (m.mention().type() == EntityType.PERSON) people.add(m.mention().span());
    List<List<Found>> groups = precedence(group(found, people, s), s);
    List<TriggerMatch> out = new ArrayList<>();
    for (List<Found> g : groups) out.add(match(g, s.text()));
    return new Triggers(out, suppressed);
  }

  /** A trigger word found in a sentence. */
  private record Found(Trigger trigger, Span span) {}

  private static TriggerMatch match(List<Found> g, String text) {
    Found lead = g.get(0);
    Trigger t = lead.trigger();
    String surface = lead.span().of(text);
    // An invitation's group holds the meeting it asks to (invitedTo): that meeting's medium is the
    // event's, not the invitation's own.
    boolean invited = g.size() > 1 && t.form().equals("invitation");
    Mode mode = invited ? Mode.IN_PERSON : t.mode();
    List<Span> parts = new ArrayList<>();
    for (Found f : g) {
      parts.add(f.span());
      if (!Forms.moreSpecific(t.form(), f.trigger().form()).equals(t.form())) {
        t = f.trigger();
        surface = f.span().of(text);
      }
      if (f.trigger().mode() != Mode.IN_PERSON && !(invited && f.trigger().form().equals("invitation"))) mode = f.trigger().mode();
    }
    return new TriggerMatch(new Trigger(t.type(), t.form(), t.cameo(), mode, t.requires()), lead.span(), parts, surface);
  }

  /** The trigger words found, and the sentence's suppressed spans where they were read (null where it holds no trigger word). */
  private record Words(List<Found> found, @Nullable List<Span> suppressed) {}

  private static Words triggers(SentenceView s) {
    EventLexicon lex = s.lexicon();
    String sentence = s.sentence().text();
    // Folded once for every lookup of the sentence below.
    PhraseTrie.Text folded = lex.triggers.text(sentence);
    List<PhraseTrie.Match<Trigger>> words = PhraseTrie.longestNonOverlapping(lex.triggers.findAll(folded));
    // The frames and cues below matter only to a trigger word, and most sentences hold none.
    boolean any = !words.isEmpty();
    List<Span> suppressed = any ? lex.suppressed(sentence) : null;
    List<Span> errandless = any ? lex.errandSuppressed(sentence) : List.of();
    // Goods aid is told in ("捐赠了救援物资", "trao tặng vật tư y tế") stand for its amount where none is given.
    boolean hasQuantity = any && (!lex.quantities(sentence).isEmpty() || lex.anyIn("aid_goods", folded));
    boolean hasAgreementObject = any && lex.anyIn("agreement_object", folded);
    boolean hasCeremony = any && lex.anyIn("ceremony", folded);
    List<Found> out = new ArrayList<>();
    for (PhraseTrie.Match<Trigger> m : words) {
      Trigger t = m.values().get(0);
      if (!t.isEvent() || any && suppressed.stream().anyMatch(x -> x.contains(m.span()))) continue;
      if (errandless.stream().anyMatch(x -> x.contains(m.span())) && !officialGoes(s, m.span().shift(s.span().start()))) continue;
      boolean required =
          switch (t.requires()) {
            case "quantity" -> hasQuantity;
            case "agreement_object" -> hasAgreementObject;
            case "ceremony" -> hasCeremony;
            case Trigger.BODY_BEFORE -> bodyBefore(s, m.span().shift(s.span().start()));
            case Trigger.BODY_AFTER -> bodyAfter(s, m.span().shift(s.span().start()));
            default -> true;
          };
      if (!required) continue;
      Span span = m.span().shift(s.span().start());
      // A gathering named as its clause's subject ("5国外长会议表示") holds its own word: the word is the meeting.
      boolean insideName = s.mentions().stream().anyMatch(l ->
          (l.mention().type() != EntityType.GPE && l.mention().span().overlaps(span) && !GroupFinder.gatheringSubject(l))
              || (l.mention().titleSpan() != null && l.mention().titleSpan().overlaps(span)));
      if (!insideName) out.add(new Found(t, span));
    }
    out.addAll(gapped(s, out));
    out.addAll(stays(s, folded, out));
    out.addAll(arrivals(s, folded, out));
    out.addAll(presences(s, folded, out));
    out.sort(java.util.Comparator.comparingInt((Found f) -> f.span().start()));
    // What an invitation invites to ("mời … sang thăm Việt Nam và dự Lễ …", "对…访问越南的邀请")
    // is not an event yet.
    List<Found> invitations = out.stream().filter(f -> f.trigger().form().equals("invitation")).toList();
    if (!invitations.isEmpty()) {
      out.removeIf(f -> {
        String fam = Forms.family(f.trigger().form());
        if (!fam.equals("visit") && !fam.equals("ceremony")) return false;
        for (Found inv : invitations) {
          int a = Math.min(inv.span().start(), f.span().start());
          int b = Math.max(inv.span().end(), f.span().end());
          String between = s.text().substring(a, b);
          if (between.length() < 120 && !between.matches("(?s).*[.;。；!?].*")) return true;
        }
        return false;
      });
    }
    return new Words(out, suppressed);
  }

  /** {@return whether {@code l} names a body of no one country that the knowledge base knows ("欧佩克", "the IMF")} */
  private static boolean bodyOfStates(LinkedMention l) {
    Mention m = l.mention();
    return m.type() == EntityType.ORG && m.kbId() != null && l.entityId().startsWith("org:") && m.country() == null;
  }

  /** How many characters may stand between a body of states and the word for its meeting ("欧佩克部长会议"). */
  static final int BODY_GAP = 6;

  /**
   * Whether a body of states ends right before {@code word}, a plain word for a meeting ({@value
   * Trigger#BODY_BEFORE}): a body of no country that the knowledge base knows ("欧佩克", "亚太经合组织"),
   * or states named together ("东盟成员国"), with at most {@link #BODY_GAP} letters between and no
   * word of {@code body_gap_break} (的, 把, 这…) among them ("欧佩克会议", "亚太经合组织贸易部长会议"). The
   * word then names that body's own meeting, a multilateral one; "全国税务局长会议" (a home's own),
   * "关于欧盟的会议" and "联合国又把这次大会称为…" name none.
   */
  static boolean bodyBefore(SentenceView s, Span word) {
    String text = s.text();
    for (LinkedMention l : s.mentions()) {
      Mention m = l.mention();
      boolean body = bodyOfStates(l);
      if (!body && !GroupFinder.manyStates(l)) continue;
      int end = m.span().end();
      if (end > word.start()) continue;
      if (bodyGap(s, end, word.start())) return true;
    }
    return false;
  }

  /**
   * Whether an international body is the holder named after {@code word}, a plain word for a
   * sitting ({@value Trigger#BODY_AFTER}): the first name after the word, right after it or as its
   * complement opened by a {@code gathering_link} word with only words of office between, no mark
   * ("la asamblea del Fondo Monetario Internacional", "la séptima sesión plenaria del CPLRE"). A
   * person or place first ("la sesión plenaria en Estrasburgo"), or a body of a state ("el pleno
   * del Congreso"), names none.
   */
  static boolean bodyAfter(SentenceView s, Span word) {
    String text = s.text();
    for (LinkedMention l : s.mentions()) {
      Mention m = l.mention();
      if (m.span().start() < word.end()) continue;
      boolean body = bodyOfStates(l);
      if (!body) return false;
      String gap = text.substring(word.end(), m.span().start());
      if (gap.isBlank()) return true;
      if (gap.length() > 60 || gap.matches("(?s).*[,;:.()\"“”«»，。；：、].*")) return false;
      return s.lexicon().opensWith("gathering_link", gap.stripLeading());
    }
    return false;
  }

  /**
   * Whether what stands between a body's name and a word for a meeting keeps the meeting the body's
   * own: at most {@link #BODY_GAP} letters of an unspaced script, none of {@code body_gap_break}
   * ("贸易部长" in "亚太经合组织贸易部长会议").
   */
  static boolean bodyGap(SentenceView s, int from, int to) {
    if (to < from || to - from > BODY_GAP) return false;
    String gap = s.text().substring(from, to);
    return gap.chars().allMatch(c -> Character.isLetter(c) && Scripts.isUnspacedScript((char) c)) && s.lexicon().find("body_gap_break", gap).isEmpty();
  }

  /**
   * A trigger whose particle stands a few lower-case words after its verb ("habló ayer y el pasado
   * jueves con el secretario general"): the whole stretch is its word, where no other trigger and
   * no name stands in it.
   */
  private static List<Found> gapped(SentenceView s, List<Found> found) {
    List<Found> out = new ArrayList<>();
    for (var e : s.lexicon().gapped) {
      java.util.regex.Matcher m = e.getKey().matcher(s.sentence().text());
      while (m.find()) {
        Span span = new Span(s.span().start() + m.start(), s.span().start() + m.end());
        boolean taken = found.stream().anyMatch(f -> f.span().overlaps(span)) || out.stream().anyMatch(f -> f.span().overlaps(span));
        boolean named = s.mentions().stream().anyMatch(l -> l.mention().span().overlaps(span)
            || (l.mention().titleSpan() != null && l.mention().titleSpan().overlaps(span)));
        if (!taken && !named) out.add(new Found(e.getValue(), span));
      }
    }
    return out;
  }

  private static final Trigger STAY = new Trigger("CONSULT", "visit", "042", Mode.IN_PERSON);

  /**
   * Being in a place for a meeting or a gathering, told as "在纽约出席联合国大会期间" ({@code
   * stay_open} before the place, {@code stay_close} after the event in the same clause): a visit
   * there, whose word is the opening one. The gate decides whether the place is abroad.
   */
  private static List<Found> stays(SentenceView s, PhraseTrie.Text sentence, List<Found> found) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    List<Found> out = new ArrayList<>();
    for (PhraseTrie.Match<String> open : lex.find("stay_open", sentence)) {
      int at = s.span().start() + open.span().end();
      int end = at;
      boolean place = false;
      for (LinkedMention m : s.mentions()) {
        if (m.mention().type() == EntityType.GPE && m.mention().span().start() == end) {
          end = m.mention().span().end();
          place = true;
        }
      }
      if (!place) continue;
      int clauseEnd = ClauseBreaks.clauseClosing(text, end, s.span().end());
      int from = end;
      int to = clauseEnd;
      boolean attends = found.stream().anyMatch(f -> f.span().start() >= from && f.span().start() < to
          && f.trigger().mode() == Mode.IN_PERSON
          && (Forms.family(f.trigger().form()).equals("ceremony") || Forms.family(f.trigger().form()).equals("meet")));
      boolean visit = found.stream().anyMatch(f -> f.span().start() >= from && f.span().start() < to && Forms.family(f.trigger().form()).equals("visit"));
      if (!attends || visit || lex.find("stay_close", text.substring(from, to)).isEmpty()) continue;
      out.add(new Found(STAY, new Span(s.span().start() + open.span().start(), at)));
    }
    return out;
  }

  /**
   * Arriving in a place named in full, told with a one-character word for it ({@code arrival_at}:
   * "穆巴拉克抵拉塔基亚后立即与…举行了会谈"): a visit there, when the place is followed by a word that
   * ends the arrival ({@code arrival_after}: 后, 时, 并) or a mark. Short forms ("抵京") are triggers of
   * their own. The gate decides whether the place is abroad.
   */
  private static List<Found> arrivals(SentenceView s, PhraseTrie.Text sentence, List<Found> found) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    List<Found> out = new ArrayList<>();
    // "驶抵奥克兰港，开始对新西兰为期3天的友好访问": a visit the sentence tells by another word is that one.
    if (tellsVisit(found)) return out;
    for (PhraseTrie.Match<String> word : lex.find("arrival_at", sentence)) {
      Span span = new Span(s.span().start() + word.span().start(), s.span().start() + word.span().end());
      if (found.stream().anyMatch(f -> f.span().overlaps(span))) continue;
      // A spaced language writes the place a space after the word ("tới Ấn Độ"); there the word is a
      // journey only right after the one who makes it ("Ngoại trưởng Nga Sergei Lavrov tới Ấn Độ", a
      // day between: "Blinken hôm 6/5 tới Kiev"), not after a verb ("đề cập tới Trung Quốc").
      int gap = span.end();
      while (gap < s.span().end() && text.charAt(gap) == ' ') gap++;
      if (gap > span.end() && !afterPerson(s, span.start())) continue;
      for (LinkedMention m : s.mentions()) {
        Span at = m.mention().span();
        if (m.mention().type() != EntityType.GPE || at.start() != gap) continue;
        int end = at.end();
        boolean closed = end >= s.span().end() || !Character.isLetterOrDigit(text.charAt(end))
            || lex.opensWith("arrival_after", text.substring(end, Math.min(text.length(), end + 4)));
        if (closed) out.add(new Found(STAY, span));
        break;
      }
    }
    return out;
  }

  /**
   * {@return whether only spaces and dates stand between a person's name and {@code at}: the person
   * is the subject of the word there ("Lavrov tới", "Blinken hôm 6/5 tới")}
   */
  private static boolean afterPerson(SentenceView s, int at) {
    String text = s.text();
    int p = at;
    while (true) {
      while (p > s.span().start() && text.charAt(p - 1) == ' ') p--;
      int back = p;
      for (DateMention d : s.dates()) if (d.span().end() == p) back = d.span().start();
      if (back == p) break;
      p = back;
    }
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() == EntityType.PERSON && m.mention().span().end() == p) return true;
    }
    return false;
  }

  /** How far (characters) before a {@code presence_link} a word ending in it ({@code not_at}) may start. */
  private static final int NOT_AT_REACH = 3;

  /** The {@code presence_order} of a language that names the place before the word of saying ("在开罗表示"). */
  private static final String PLACE_FIRST = "place_first";

  /**
   * Saying something in a named place: the one who says it is there, a visit when the place is
   * abroad ({@link VisitRule} keeps it only where the speaker is of a known country other than the
   * place's). A word of saying ({@code presence}) and a preposition ({@code presence_link}) that the
   * place's name follows at once, in the order the language tells ({@code presence_order}): the word
   * of saying first ("Sanz manifestó en Bruselas", "Rifkind said on Tuesday from Pakistan"), or the
   * place first, the word of saying after it in the same clause ("巴拉克6月15日在开罗表示"). The place is
   * one of a known country: a town the knowledge base does not know tells no visit abroad. A visit
   * the sentence tells by a word of its own is that one.
   */
  private static List<Found> presences(SentenceView s, PhraseTrie.Text sentence, List<Found> found) {
    if (tellsVisit(found)) return List.of();
    return s.lexicon().isWhole("presence_order", PLACE_FIRST) ? placeFirst(s, sentence, found) : sayingFirst(s, sentence, found);
  }

  /** {@return whether a trigger already found tells a visit} */
  private static boolean tellsVisit(List<Found> found) {
    return found.stream().anyMatch(f -> Forms.family(f.trigger().form()).equals("visit"));
  }

  /** {@return the place of a known country whose name starts at {@code at}, named in full (the longest), or null} */
  private static LinkedMention placeAt(SentenceView s, int at) {
    LinkedMention place = null;
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() != EntityType.GPE || m.mention().span().start() != at || m.mention().country() == null) continue;
      if (place == null || m.mention().span().end() > place.mention().span().end()) place = m;
    }
    return place;
  }

  /**
   * The word of saying after the place, in one clause ("<speaker>…在<place>…表示", "斯托尔滕贝格在美国西点军校
   * 发表演讲时说"), whose word is the preposition. A word that only ends in the preposition ({@code
   * not_at}: "正在科威特访问的…", "现在") is none; nor is a clause that tells an event of its own (a meeting
   * held there tells no visit, the guide's rule) or one posted there ({@code stationed}: "中国驻埃及大使在开罗表示").
   */
  private static List<Found> placeFirst(SentenceView s, PhraseTrie.Text sentence, List<Found> found) {
    EventLexicon lex = s.lexicon();
    List<Found> out = new ArrayList<>();
    String text = s.text();
    for (PhraseTrie.Match<String> link : lex.find("presence_link", sentence)) {
      int word = s.span().start() + link.span().start();
      int at = s.span().start() + link.span().end();
      LinkedMention place = placeAt(s, at);
      if (place == null) continue;
      String before = text.substring(Math.max(s.span().start(), word - NOT_AT_REACH), at);
      if (lex.endsWith("not_at", before)) continue;
      int clauseStart = ClauseBreaks.clauseOpening(text, word, s.span().start());
      int clauseEnd = ClauseBreaks.clauseClosing(text, place.mention().span().end(), s.span().end());
      if (found.stream().anyMatch(f -> f.span().start() >= clauseStart && f.span().start() < clauseEnd)) continue;
      if (!lex.find("stationed", text.substring(clauseStart, word)).isEmpty()) continue;
      if (lex.find("presence", text.substring(place.mention().span().end(), clauseEnd)).isEmpty()) continue;
      out.add(new Found(PRESENCE, new Span(word, at)));
    }
    return out;
  }

  /**
   * The word of saying before the place ("Sanz manifestó en Bruselas"): a few words of time ({@code
   * presence_gap}: "hoy", "on Tuesday") may stand before its preposition, which the place's name must
   * follow at once: "said in a statement", "dijo en su discurso" name no place. The word runs from the
   * word of saying to the preposition.
   */
  private static List<Found> sayingFirst(SentenceView s, PhraseTrie.Text sentence, List<Found> found) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    List<Found> out = new ArrayList<>();
    for (PhraseTrie.Match<String> word : lex.find("presence", sentence)) {
      int at = s.span().start() + word.span().end();
      Span said = new Span(s.span().start() + word.span().start(), at);
      if (found.stream().anyMatch(f -> f.span().overlaps(said))) continue;
      int link = -1;
      int gap = 0;
      for (int i = at; i < s.span().end() && gap <= PRESENCE_GAP; ) {
        while (i < s.span().end() && (text.charAt(i) == ' ' || text.charAt(i) == ',')) i++;
        int w = i;
        while (w < s.span().end() && Character.isLetter(text.charAt(w))) w++;
        if (w == i) break;
        String token = text.substring(i, w);
        if (lex.isWhole("presence_link", token)) {
          link = w;
          break;
        }
        if (!lex.isWhole("presence_gap", token)) break;
        gap++;
        i = w;
      }
      if (link < 0) continue;
      int place = link;
      while (place < s.span().end() && text.charAt(place) == ' ') place++;
      if (placeAt(s, place) != null) out.add(new Found(PRESENCE, new Span(said.start(), link)));
    }
    return out;
  }

  private static final Trigger PRESENCE = new Trigger("CONSULT", "visit", "042", Mode.IN_PERSON, Trigger.PLACE_AFTER);

  /** The most words of time between a word of saying and the preposition of its place ("said on Tuesday from"). */
  private static final int PRESENCE_GAP = 3;

  /**
   * Triggers of one family next to each other are one event, unless each has people of its own
   * after it: "paid a courtesy call on A and met B" is two, and so are two told in clauses a word of
   * contrast sets apart ("…达成初步原则性协议，但美国和加拿大没能…达成协议"), and two whose later clause has a
   * subject of its own, named or a pronoun ("李瑞环首先对斯卡尔法罗总统访华表示欢迎，对不久前他访意期间…").
   */
  private static List<List<Found>> group(List<Found> found, List<Span> people, SentenceView s) {
    int sentenceEnd = s.span().end();
    List<List<Found>> groups = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      List<Found> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null) {
        Found prev = last.get(last.size() - 1);
        // The group's first word sets its family: an invitation's group holds the meeting it asks to.
        boolean sameFamily = Forms.family(last.get(0).trigger().form()).equals(Forms.family(f.trigger().form()));
        int nextStart = i + 1 < found.size() ? found.get(i + 1).span().start() : sentenceEnd;
        boolean ownObjects = anyWithin(people, prev.span().end(), f.span().start()) && anyWithin(people, f.span().end(), nextStart);
        boolean contrasted = ClauseBreaks.contrastBreak(s.lexicon(), s.text(), prev.span().end(), f.span().start());
        // "Hashimoto, who has already visited Mexico and Chile, spent three days in Brazil": one in
        // a relative clause closed before the other is another event.
        boolean relative = f.span().start() > s.span().start() && prev.span().start() >= s.span().start()
            && ClauseReader.inRelative(s.lexicon(), s.text().substring(s.span().start(), f.span().start()), prev.span().start() - s.span().start());
        if (sameFamily && f.span().start() - prev.span().end() <= GROUP_GAP && !ownObjects && !contrasted && !relative
            && !ownSubject(s.lexicon(), people, s.text(), prev.span().end(), f.span().start())) {
          last.add(f);
          continue;
        }
        if (invitedTo(last, f, s.text())) {
          last.add(f);
          continue;
        }
      }
      List<Found> g = new ArrayList<>();
      g.add(f);
      groups.add(g);
    }
    return groups;
  }

  /**
   * "De Miguel invitará a Keith Vaz a un almuerzo de trabajo", "invited him to talks": a meeting
   * word that an invitation opens, in its clause, is what the invited is asked to — one planned
   * meeting, the invitation's word its head (who invites, whom) and the meeting's its form. A
   * word said after the meeting ("y por la tarde recibirá a Papasoi") starts another event, as
   * the group's family is no longer the meeting's.
   */
  private static boolean invitedTo(List<Found> group, Found f, String text) {
    if (group.size() != 1 || !group.get(0).trigger().form().equals("invitation")) return false;
    if (!Forms.family(f.trigger().form()).equals("meet") || f.trigger().mode() != Mode.IN_PERSON) return false;
    Found inv = group.get(0);
    return f.span().start() - inv.span().end() <= GROUP_GAP && !ClauseBreaks.hasClauseBreak(text, inv.span().end(), f.span().start());
  }

  /**
   * Whether the later word has a subject of its own: a person named after a clause break between
   * the two ("胡锦涛副主席此次访问日本后，江泽民主席今秋将访问日本" is two visits).
   */
  private static boolean ownSubject(EventLexicon lex, List<Span> people, String text, int from, int to) {
    int cut = -1;
    for (int i = Math.max(0, from); i < to && i < text.length(); i++) if (ClauseBreaks.commaOrSemicolon(text.charAt(i))) cut = i;
    if (cut < 0) return false;
    // A person named, or a personal pronoun standing for one ("…访华表示欢迎，对不久前他访意期间…"), in the
    // clause the second word opens is its own subject: another event.
    return anyWithin(people, cut + 1, to) || !lex.find("pronoun", text.substring(cut + 1, Math.min(to, text.length()))).isEmpty();
  }

  private static boolean anyWithin(List<Span> spans, int from, int to) {
    for (Span x : spans) if (x.start() >= from && x.end() <= to) return true;
    return false;
  }

  /**
   * In one sentence, a joint-committee session, a presentation of credentials or a handover of aid
   * is the event, and the meeting or reception words around it describe it; attending is
   * incidental when anything else happens close by.
   */
  private static List<List<Found>> precedence(List<List<Found>> groups, SentenceView s) {
    Set<String> families = new HashSet<>();
    for (List<Found> g : groups) for (Found f : g) families.add(Forms.family(f.trigger().form()));
    boolean strong = families.contains("committee") || families.contains("aid")
        || groups.stream().anyMatch(g -> g.stream().anyMatch(f -> f.trigger().form().equals("credentials")));
    List<List<Found>> out = new ArrayList<>();
    for (List<Found> g : groups) {
      String fam = Forms.family(g.get(0).trigger().form());
      boolean credentials = g.stream().anyMatch(f -> f.trigger().form().equals("credentials"));
      boolean remote = g.stream().anyMatch(f -> f.trigger().mode() != Mode.IN_PERSON);
      if (strong && fam.equals("meet") && !credentials && !remote) continue;
      if (fam.equals("ceremony") && closeToAnother(g, groups) && !attendsGathering(g, s)) continue;
      out.add(g);
    }
    return out.isEmpty() ? groups : out;
  }

  /**
   * Whether what is attended is a gathering of many states ("出席联合国大会期间会见…", "attending the
   * U.N. General Assembly"): taking part in it is an event of its own beside the meeting held there.
   */
  private static boolean attendsGathering(List<Found> g, SentenceView s) {
    String text = s.text();
    for (Found f : g) {
      // The trigger itself names the gathering ("峰会", "外长会", "summit").
      if (!s.lexicon().find("multilateral", f.span().of(text)).isEmpty()) return true;
      int from = f.span().end();
      String after = text.substring(from, Math.min(text.length(), from + 12));
      for (PhraseTrie.Match<String> m : s.lexicon().find("multilateral", after)) {
        String gap = after.substring(0, m.span().start()).strip();
        if (gap.isEmpty() || gap.equalsIgnoreCase("the") || gap.equalsIgnoreCase("la") || gap.equalsIgnoreCase("el")) return true;
      }
      if (attendedNameEndsInGathering(s.lexicon(), text, from)) return true;
    }
    return false;
  }

  /** How far (characters) the name of what is attended may run in an unspaced script. */
  static final int ATTENDED_REACH = 24;

  /**
   * In an unspaced script the attended gathering's name runs from the word to a mark or a word
   * that ends it ({@code attended_end}: "并", "期间", "时"); a gathering of many states is attended
   * when that name ends in a word for one ("出席第四届东方经济论坛", "出席此次论坛", "出席第74届联合国大会的
   * 中国代表团"), not when it names a ceremony of it ("出席论坛开幕式").
   */
  private static boolean attendedNameEndsInGathering(EventLexicon lex, String text, int from) {
    if (from >= text.length() || !amity.text.Scripts.isUnspacedScript(text.charAt(from))) return false;
    int limit = Math.min(text.length(), from + ATTENDED_REACH);
    int end = from;
    while (end < limit) {
      char c = text.charAt(end);
      if (!Character.isLetterOrDigit(c) && c != '“' && c != '”' && c != '"') break;
      if (lex.opensWith("attended_end", text.substring(end, limit))) break;
      end++;
    }
    String name = text.substring(from, end);
    return lex.endsWith("multilateral", name);
  }

  /**
   * {@return whether the trigger {@code t} names a gathering of many states}: attending one
   * ("出席联合国大会"), or a meeting word that is one ("la cumbre", "峰会")
   */
  static boolean gathering(TriggerMatch t, SentenceView s) {
    String fam = Forms.family(t.trigger().form());
    if (fam.equals("ceremony")) return attendsGathering(t, s);
    if (!fam.equals("meet") || t.trigger().mode() != Mode.IN_PERSON) return false;
    for (Span p : t.parts()) if (!s.lexicon().find("multilateral", p.of(s.text())).isEmpty()) return true;
    return false;
  }

  /** {@return whether the attending trigger {@code t} takes part in a gathering of many states} */
  static boolean attendsGathering(TriggerMatch t, SentenceView s) {
    List<Found> parts = new ArrayList<>();
    for (Span p : t.parts()) parts.add(new Found(t.trigger(), p));
    return attendsGathering(parts, s);
  }

  private static boolean closeToAnother(List<Found> g, List<List<Found>> groups) {
    for (List<Found> o : groups) {
      if (o == g) continue;
      for (Found a : g) {
        for (Found b : o) {
          int gap = a.span().start() < b.span().start() ? b.span().start() - a.span().end() : a.span().start() - b.span().end();
          if (gap <= GROUP_GAP) return true;
        }
      }
    }
    return false;
  }

  /**
   * "费萨尔亲王抵达德黑兰机场时说", "哈拉齐今天下午在抵达伊斯兰堡机场后": whether an official (a person named with
   * a title, or one the knowledge base knows) is the subject right before a word for going or
   * arriving, in its clause with a few words of time between: an official who arrives somewhere is
   * on a visit though the sentence tells no errand; trains, ships, teams and tourists are not.
   */
  private static boolean officialGoes(SentenceView s, Span verb) {
    String text = s.text();
    for (LinkedMention l : s.mentions()) {
      Mention m = l.mention();
      if (m.type() != EntityType.PERSON || m.span().end() > verb.start()) continue;
      boolean official = m.titleSpan() != null || l.entityId().matches("person:[a-z]{2}/.+");
      String between = text.substring(m.span().end(), verb.start());
      if (official && between.length() <= 6 && !ClauseBreaks.hasClauseBreak(text, m.span().end(), verb.start())) return true;
    }
    return false;
  }
}
