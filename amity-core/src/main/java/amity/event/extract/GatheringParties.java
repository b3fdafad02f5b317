package amity.event.extract;

import amity.event.Forms;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Mode;
import amity.model.Span;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Whose gathering a meeting or attending trigger names: an international body's own meeting ("a
 * NATO meeting", "欧盟峰会", "the summit of the OAU"), one its members hold among themselves
 * ("Commonwealth foreign ministers are to meet"), a gathering of many states attended ("出席联合国
 * 大会"), or two countries the meeting's own name pairs ("la Cumbre Hispano-francesa", "日俄首脑会晤").
 * These are the trigger's parties, read from its words before the clause's names are weighed.
 *
 * <p>Stateless.
 */
final class GatheringParties {
  private GatheringParties() {}

  /**
   * The international body whose own gathering a word for a meeting names, or null: the body right
   * before the word ("a NATO meeting", "欧盟峰会"; a plain word {@value Trigger#BODY_BEFORE} also across
   * a few letters, "亚太经合组织贸易部长会议") or right after it ("Hội nghị Cấp cao ASEAN"), or
   * after it as its complement opened by a {@code gathering_link} word, with only words of office
   * between ("la reunión de ministros de Asuntos Exteriores de la OTAN", "the summit of the OAU").
   * Only a word a body alone may hold ({@code forum}) names one.
   */
  static @Nullable LinkedMention gatheringBody(TriggerMatch t, SentenceView s, Predicate<String> international) {
    if (!Forms.family(t.trigger().form()).equals("meet") || t.trigger().mode() != Mode.IN_PERSON) return null;
    String text = s.text();
    EventLexicon lex = s.lexicon();
    for (Span p : t.parts()) {
      if (lex.find("forum", p.of(text)).isEmpty()) continue;
      for (LinkedMention m : s.mentions()) {
        Span at = m.mention().span();
        if (at.end() <= p.start()) {
          if (international.test(m.entityId()) && (text.substring(at.end(), p.start()).isBlank()
              || t.trigger().requires().equals(Trigger.BODY_BEFORE) && TriggerFinder.bodyGap(s, at.end(), p.start()))) {
            return m;
          }
          continue;
        }
        if (at.start() < p.end()) continue;
        // The first name after the word decides: a person or place there is no body's gathering.
        if (m.mention().type() == EntityType.PERSON || m.mention().type() == EntityType.GPE) break;
        if (!international.test(m.entityId())) continue;
        String gap = text.substring(p.end(), at.start());
        if (gap.isBlank()) return m;
        String rest = gap.stripLeading();
        if (gap.length() > 60 || gap.matches("(?s).*[,;:.()\"“”«»，。；：、].*")) break;
        if (lex.opensWith("gathering_link", rest)) return m;
        break;
      }
    }
    return null;
  }

  /**
   * The two countries a meeting's own name pairs with a hyphen right after its word ("la XIII
   * Cumbre Hispano-francesa", "la Comisión Mixta de Cooperación Cuba-Panamá", "the Sino-Russian
   * summit"), or an empty list: the gathering is theirs. Only a few words, no punctuation, may
   * stand between the word and the pair.
   */
  static List<LinkedMention> pairedSides(TriggerMatch t, SentenceView s) {
    String family = Forms.family(t.trigger().form());
    if (!(family.equals("meet") || family.equals("committee")) || t.trigger().mode() != Mode.IN_PERSON) return List.of();
    String text = s.text();
    List<LinkedMention> ms = s.mentions();
    for (int i = 0; i + 1 < ms.size(); i++) {
      LinkedMention a = ms.get(i);
      LinkedMention b = ms.get(i + 1);
      Span at = a.mention().span();
      Span bt = b.mention().span();
      if (at.start() < t.end() || !EntityIds.isCountry(a.entityId()) || !EntityIds.isCountry(b.entityId())) continue;
      if (a.entityId().equals(b.entityId()) || bt.start() != at.end() + 1 || text.charAt(at.end()) != '-') continue;
      String gap = text.substring(t.end(), at.start());
      if (gap.length() > 40 || gap.matches("(?s).*[,;:.()\"“”«»].*")) return List.of();
      return List.of(a, b);
    }
    return List.of();
  }

  /**
   * The international body whose members' officials hold a meeting among themselves, named as its
   * subject, or null: the body right before words of its members ({@code body_members}) that stand
   * before the meeting's first word with no mark between ("Commonwealth foreign ministers are to
   * meet in London", "EU foreign ministers met"). "EU-based firms can meet" names no members.
   */
  static @Nullable LinkedMention membersBody(TriggerMatch t, SentenceView s, Predicate<String> international) {
    if (!Forms.family(t.trigger().form()).equals("meet") || t.trigger().mode() != Mode.IN_PERSON) return null;
    String text = s.text();
    int first = t.parts().stream().mapToInt(Span::start).min().orElse(t.span().start());
    for (LinkedMention m : s.mentions()) {
      Span at = m.mention().span();
      if (at.end() > first || !international.test(m.entityId())) continue;
      String gap = text.substring(at.end(), first);
      if (gap.length() > MEMBERS_REACH || gap.matches("(?s).*[,;:.()\"“”«»].*")) continue;
      if (s.lexicon().opensWith("body_members", gap.stripLeading())) return m;
    }
    return null;
  }

  /** How many characters may stand between a body and the word of its members' meeting ("foreign ministers are to "). */
  static final int MEMBERS_REACH = 40;

  /** How many characters of office or place may stand between two paired countries and their meeting's word ("美中北京首脑会晤", "中日外长会谈"). */
  static final int PAIR_GAP = 6;

  /**
   * The two countries a word for an in-person meeting is named by, written together right before
   * it with no space or mark between them ("日俄首脑会晤", "美中北京首脑会晤", "中日外长会谈"): the
   * two sides that meet; empty where there are none. Only a few characters of office or place,
   * with no mark, may stand between the pair and the word.
   */
  static List<LinkedMention> pairedBefore(TriggerMatch t, SentenceView s) {
    String family = Forms.family(t.trigger().form());
    if (!(family.equals("meet") || family.equals("committee")) || t.trigger().mode() != Mode.IN_PERSON) return List.of();
    String text = s.text();
    List<LinkedMention> ms = s.mentions();
    for (int i = ms.size() - 2; i >= 0; i--) {
      LinkedMention a = ms.get(i);
      LinkedMention b = ms.get(i + 1);
      Span at = a.mention().span();
      Span bt = b.mention().span();
      if (bt.end() > t.span().start()) continue;
      if (!EntityIds.isCountry(a.entityId()) || !EntityIds.isCountry(b.entityId()) || a.entityId().equals(b.entityId())) continue;
      if (bt.start() != at.end()) return List.of();
      String gap = text.substring(bt.end(), t.span().start());
      if (gap.length() > PAIR_GAP || !gap.matches("\\p{IsHan}*")) return List.of();
      return List.of(a, b);
    }
    return List.of();
  }

  /**
   * The international body whose gathering of many states an attending trigger names, or null: the
   * body after the verb, with a few words at most between, that the gathering's word opens or
   * follows ("出席联合国大会", "参加联大一般性辩论", "出席第74届联合国大会"), or right before a trigger that is itself such a word ("在联合国大会一般性辩论发言").
   */
  static @Nullable LinkedMention attendedBody(TriggerMatch t, SentenceView s, Predicate<String> international) {
    if (!Forms.family(t.trigger().form()).equals("ceremony") || !TriggerFinder.attendsGathering(t, s)) return null;
    String text = s.text();
    EventLexicon lex = s.lexicon();
    for (Span p : t.parts()) {
      boolean itself = !lex.find("multilateral", p.of(text)).isEmpty();
      for (LinkedMention m : s.mentions()) {
        Span at = m.mention().span();
        if (itself) {
          if (at.end() <= p.start() && text.substring(at.end(), p.start()).isBlank() && international.test(m.entityId())) return m;
          continue;
        }
        if (at.start() < p.end()) continue;
        // Only a few words of no clause of their own between ("第74届", "the").
        String gap = text.substring(p.end(), at.start());
        if (gap.length() > 10 || gap.matches("(?s).*[,;:.()\"“”«»，。；：、].*")) break;
        if (!international.test(m.entityId())) break;
        int to = Math.min(text.length(), at.end() + 8);
        for (PhraseTrie.Match<String> w : lex.find("multilateral", text.substring(at.start(), to))) {
          if (w.span().start() <= at.length()) return m;
        }
        break;
      }
    }
    return null;
  }
}
