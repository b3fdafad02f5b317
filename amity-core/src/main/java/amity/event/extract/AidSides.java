package amity.event.extract;

import static amity.event.extract.ClauseBreaks.hasClauseBreak;

import amity.event.Forms;
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

/**
 * Decides who gives and who receives aid: the receiver is marked by a word of {@code recipient}
 * ("向", "cho", "to the Cuban people") wherever it stands, or is the place a disaster struck in a
 * clause before the aid; aid told by its receiver ("tiếp nhận … từ Anh, Mỹ và Pháp") has the
 * receiver first; aid that names only its givers goes to the one other state the sentence names.
 * Word order alone would make whoever stands first the giver, which aid sentences often invert.
 *
 * <p>Stateless and thread-safe.
 */
final class AidSides {
  private AidSides() {}

  private static boolean aid(TriggerMatch t) {
    return Forms.family(t.trigger().form()).equals("aid");
  }

  /**
   * {@return the countries of {@code countryActors} not yet {@code chosen} that aid goes to: after
   * the trigger, right after a word of {@code recipient}} "EU đã chuyển 100 triệu euro viện trợ
   * nhân đạo cho Ấn Độ": the country aid goes to is a party beside the body or person who gives it.
   * None when {@code t} is no aid or no one acts yet.
   */
  static List<LinkedMention> recipients(SentenceView s, TriggerMatch t, List<LinkedMention> chosen, List<LinkedMention> countryActors) {
    List<LinkedMention> out = new ArrayList<>();
    if (!aid(t) || chosen.isEmpty()) return out;
    EventLexicon lex = s.lexicon();
    for (LinkedMention c : countryActors) {
      if (!chosen.contains(c) && !out.contains(c) && c.mention().span().start() > t.span().start()
          && lex.endsBefore("recipient", s.text(), c.mention().fullSpan().start(), 8)) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * {@return whether {@code t} is aid told by its receiver ({@code receiving} right before the
   * trigger)} "Ấn Độ đã tiếp nhận hàng viện trợ từ Anh, Mỹ và Pháp": the receiver stands before it
   * and the givers after it.
   */
  static boolean toldByReceiver(SentenceView s, TriggerMatch t) {
    return aid(t) && s.lexicon().endsBefore("receiving", s.text(), t.span().start(), 16);
  }

  /**
   * {@return whether {@code a} receives the aid {@code t} tells, wherever it stands} "日本向越南提供援助",
   * "donated … to the Cuban people", or the place a disaster struck.
   */
  static boolean receives(SentenceView s, TriggerMatch t, LinkedMention a) {
    return aid(t) && (s.lexicon().endsBefore("recipient", s.text(), a.mention().fullSpan().start(), 8) || PartyCues.describedRecipient(s, a)
        || stricken(s.lexicon(), s.text(), a, t.span()) || modifiedRecipient(s.lexicon(), s.text(), a, t.span())
        || receiverOfGoods(s.lexicon(), s.text(), a, t.span()));
  }

  /**
   * {@return whether {@code t} is aid given to a search or a rescue ({@code searched} in its words:
   * "tham gia tìm kiếm", "hỗ trợ cứu hộ")} What is searched for or rescued, and whose it is, comes
   * after it: the receiver.
   */
  static boolean searchedFor(SentenceView s, TriggerMatch t) {
    return aid(t) && s.lexicon().anyIn("searched", t.surface());
  }

  /** How far after its receiver a word of {@code receiving} may stand, and how far before the aid's word. */
  private static final int RECEIVER_GAP = 16;
  private static final int RECEIVED_GOODS = 120;

  /**
   * Whether {@code a} is the subject of a word of {@code receiving} that the aid's word follows in
   * the same clause, the goods between them: "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An đã tiếp nhận
   * lô vắc-xin … do Covax viện trợ" — Nghệ An receives, whoever the goods are said to come from.
   */
  private static boolean receiverOfGoods(EventLexicon lex, String text, LinkedMention a, Span trigger) {
    int end = a.mention().span().end();
    if (end >= trigger.start() || trigger.start() - end > RECEIVED_GOODS) return false;
    for (PhraseTrie.Match<String> m : lex.find("receiving", text.substring(end, Math.min(trigger.start(), end + RECEIVER_GAP)))) {
      if (!hasClauseBreak(text, end, trigger.start())) return true;
    }
    return false;
  }

  /** How far before a name the word of {@code recipient} opening its modifier may stand. */
  private static final int MODIFIED_RECIPIENT = 30;

  /**
   * Whether a name before the aid's word is the receiver a modifier stands between: a word of
   * {@code recipient} opens the phrase and one of {@code recipient_modifier_end} closes the modifier
   * right before the name, in one clause ("向赴河内市各所高等院校留学的老挝大学生提供多项奖学金").
   */
  private static boolean modifiedRecipient(EventLexicon lex, String text, LinkedMention a, Span trigger) {
    int start = a.mention().fullSpan().start();
    if (start >= trigger.start() || !lex.endsBefore("recipient_modifier_end", text, start, 2)) return false;
    int from = Math.max(0, start - MODIFIED_RECIPIENT);
    for (PhraseTrie.Match<String> m : lex.find("recipient", text.substring(from, start))) {
      if (!hasClauseBreak(text, from + m.span().end(), start)) return true;
    }
    return false;
  }

  /**
   * Aid that names its givers and no receiver goes to the one other state the sentence names,
   * whoever says so or whatever of it is rescued ("Quân đội Indonesia cho biết Australia, Mỹ, Đức …
   * cũng đã đề nghị hỗ trợ", "điều các tàu cứu hộ để giải cứu tàu ngầm Indonesia").
   */
  static Arguments impliedRecipient(SentenceView s, TriggerMatch t, Arguments a) {
    if (!aid(t) || a.actors().isEmpty()) return a;
    Set<String> givers = new LinkedHashSet<>();
    for (Participant p : a.actors()) {
      if (p.role() == Role.TARGET || !EntityIds.isCountry(p.entity())) return a;
      givers.add(p.entity());
    }
    LinkedMention other = null;
    for (LinkedMention m : s.mentions()) {
      if (!EntityIds.isCountry(m.entityId()) || givers.contains(m.entityId())) continue;
      if (other != null && !other.entityId().equals(m.entityId())) return a;
      if (other == null) other = m;
    }
    if (other == null) return a;
    List<Participant> with = new ArrayList<>(a.actors());
    String c = EntityIds.countryCode(other.entityId());
    with.add(new Participant(other, Role.TARGET, c));
    Set<String> countries = new LinkedHashSet<>(a.countries());
    countries.add(c);
    return new Arguments(with, a.location(), countries);
  }

  /**
   * Whether a place named before an aid's word, in a clause of its own, is the one a disaster
   * struck ({@code affliction} right after it): "刚果（金）埃博拉疫情再度暴发，中方…全力驰援" — the aid is
   * for it.
   */
  private static boolean stricken(EventLexicon lex, String text, LinkedMention a, Span trigger) {
    if (a.mention().type() != EntityType.GPE) return false;
    int end = a.mention().span().end();
    if (end >= trigger.start() || !hasClauseBreak(text, end, trigger.start())) return false;
    String after = text.substring(end, Math.min(trigger.start(), end + 8));
    for (PhraseTrie.Match<String> m : lex.find("affliction", after)) {
      if (!hasClauseBreak(after, 0, m.span().start())) return true;
    }
    return false;
  }
}
