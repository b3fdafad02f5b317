package amity.event.extract;

import amity.kb.KbEntry;
import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.model.Span;
import amity.text.Fold;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Delegations and official parties: the head of a delegation is an official of the country it is
 * from ("阮德钟先生将率领河内市工作代表团", "X led a Norwegian delegation"); a party that came at an
 * invitation is an official guest ("布克莱斯一行是应傅全有邀请…访问的"); a body named as a delegation
 * ("la delegación cubana") can be a visitor. The words come from {@link ActorWords}.
 *
 * <p>Thread-safe: holds only the gazetteer.
 */
final class Delegations {
  private final Gazetteer gazetteer;

  Delegations(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /**
   * What a delegation a person leads says of them ("阮德钟先生将率领河内市工作代表团", "X led a
   * Norwegian delegation"): the head of a delegation is an official, of the country it is from.
   */
  TitleReader.Descriptor leadsDelegation(String text, Span name, ActorWords w) {
    int from = name.end();
    String tail = text.substring(from, Math.min(text.length(), from + 40));
    for (PhraseTrie.Match<String> m : w.leads().findAll(tail)) {
      String gap = tail.substring(0, m.span().start());
      // The leading word stands right after the name (an honorific or "will" between at most).
      if (gap.length() > 6 || gap.matches("(?s).*[,，;；.。].*")) continue;
      String rest = tail.substring(m.span().end());
      int stop = rest.length();
      for (int i = 0; i < rest.length(); i++) if (",，;；.。".indexOf(rest.charAt(i)) >= 0) { stop = i; break; }
      String object = rest.substring(0, stop);
      var delegation = w.groups().findAll(object).stream().filter(g -> delegationWord(g.values().get(0))).findFirst();
      if (delegation.isEmpty()) continue;
      // Whose it is stands before the delegation word ("河内市工作代表团"), not where it goes.
      object = object.substring(0, delegation.get().span().end());
      String country = null;
      for (Gazetteer.CountryCue c : gazetteer.countryCues(object)) country = c.country();
      if (country == null) {
        for (var n : gazetteer.findNames(object)) {
          KbEntry e = n.values().get(0).entry();
          if (e.type() == EntityType.GPE && e.country() != null) country = e.country();
        }
      }
      return new TitleReader.Descriptor(true, false, false, country);
    }
    return new TitleReader.Descriptor(false, false, false, null);
  }

  /**
   * {@return whether the name heads the delegation named before it, and whose that delegation is}
   * ("una delegación noruega encabezada por Raymond Johansen", "a delegation from Norway led by
   * Deputy Foreign Minister …"): the words of leading ({@code led_by}) stand before the name, a title
   * between at most, and a delegation word before them in the same clause.
   */
  TitleReader.Descriptor ledBy(String text, Span name, ActorWords w) {
    int from = Math.max(0, name.start() - 60);
    String before = text.substring(from, name.start());
    for (PhraseTrie.Match<String> m : w.ledBy().findAll(before)) {
      // Only a title may stand between the words of leading and the name, no clause.
      String gap = before.substring(m.span().end());
      if (gap.length() > 40 || gap.matches("(?s).*[,，;；.。:()].*")) continue;
      int start = Math.max(0, from + m.span().start() - 50);
      String clause = text.substring(start, from + m.span().start());
      int cut = -1;
      for (int i = 0; i < clause.length(); i++) if (",，;；.。:()\n".indexOf(clause.charAt(i)) >= 0) cut = i;
      clause = clause.substring(cut + 1);
      var delegation = w.groups().findAll(clause).stream().filter(g -> delegationWord(g.values().get(0))).reduce((a, b) -> b);
      if (delegation.isEmpty()) continue;
      // Whose it is: a word of nationality or a country beside the delegation word, not a place
      // it went to after it ("a delegation to Moscow led by").
      String whose = clause.substring(0, delegation.get().span().end()) + afterDelegation(clause.substring(delegation.get().span().end()), w);
      String country = null;
      for (Gazetteer.CountryCue c : gazetteer.countryCues(whose)) country = c.country();
      if (country == null) {
        for (var n : gazetteer.findNames(whose)) {
          KbEntry e = n.values().get(0).entry();
          if (e.type() == EntityType.GPE && EntityIds.isCountry(e.id())) country = e.country();
        }
      }
      return new TitleReader.Descriptor(true, false, false, country);
    }
    return new TitleReader.Descriptor(false, false, false, null);
  }

  /**
   * The words after a delegation word up to the first word of where it went ({@code delegation_to}:
   * "noruega", "from Norway"; not "to Moscow").
   */
  private static String afterDelegation(String rest, ActorWords w) {
    int cut = rest.length();
    for (PhraseTrie.Match<String> m : w.delegationTo().findAll(rest)) cut = Math.min(cut, m.span().start());
    return rest.substring(0, cut);
  }

  /**
   * Whether the name heads a party ("X一行") that the sentence says came at an invitation ("应…邀请"):
   * an official guest, though no title or knowledge-base entry says so ("布克莱斯一行是应傅全有邀请…访问的").
   */
  static boolean invitedParty(String text, Span name, ActorWords w) {
    if (w.party().stream().noneMatch(p -> text.startsWith(p, name.end()))) return false;
    int from = name.start();
    while (from > 0 && "。！？!?\n".indexOf(text.charAt(from - 1)) < 0) from--;
    int to = name.end();
    while (to < text.length() && "。！？!?\n".indexOf(text.charAt(to)) < 0) to++;
    String sentence = text.substring(from, to);
    return w.invited().stream().anyMatch(sentence::contains);
  }

  /** Marks that end a clause: a delegation's head is named within its own. */
  private static final String CLAUSE_MARKS = ",，;；.。:：()（）、\n";
  /** How many characters may stand between a delegation's word and the words of its leading, or them and its head. */
  private static final int HEAD_GAP = 40;

  /**
   * {@return the readings with each delegation whose head the sentence names told by that head}
   * ("la presencia en Colombo … de una delegación noruega encabezada por Raymond Johansen", "X率领的
   * 中国政府代表团", "đoàn … do X dẫn đầu"): the guide's actor is the most specific name the page
   * gives, a person before the body. The head is the person the words of leading tie to the
   * delegation in one clause: after it with {@code led_by} of {@code actors.tsv} before the name
   * ("led by", "encabezada por"), or with {@code led_by} of {@code events.tsv} right after the name
   * ("率领的", "dẫn đầu"), the delegation after the name in Chinese, before it in Vietnamese.
   */
  static List<Reading> headed(SentenceView s, List<Reading> read, ActorWords w) {
    List<Reading> out = new ArrayList<>();
    for (Reading r : read) {
      List<Participant> actors = new ArrayList<>();
      boolean changed = false;
      for (Participant p : r.actors()) {
        LinkedMention head = delegation(p.mention().mention().text(), w) ? head(s, p.mention().mention().span(), w) : null;
        if (head == null) {
          actors.add(p);
          continue;
        }
        changed = true;
        boolean told = r.actors().stream().anyMatch(o -> o.entity().equals(head.entityId()))
            || actors.stream().anyMatch(o -> o.entity().equals(head.entityId()));
        if (!told) actors.add(new Participant(head, p.role(), p.country()));
      }
      out.add(changed ? r.withActors(actors) : r);
    }
    return out;
  }

  /** {@return the person the sentence names as the head of the delegation at {@code d}, or null} */
  private static @Nullable LinkedMention head(SentenceView s, Span d, ActorWords w) {
    String text = s.text();
    for (LinkedMention m : s.mentions()) {
      if (m.mention().type() != EntityType.PERSON) continue;
      Span name = m.mention().span();
      if (name.start() >= d.end() && name.start() - d.end() <= 2 * HEAD_GAP) {
        String between = text.substring(d.end(), name.start());
        // "una delegación noruega encabezada por Raymond Johansen", "a delegation led by Deputy Foreign Minister X".
        for (PhraseTrie.Match<String> l : w.ledBy().findAll(between)) {
          String before = between.substring(0, l.span().start());
          String after = between.substring(l.span().end());
          if (before.length() <= HEAD_GAP && after.length() <= HEAD_GAP && noMark(before) && noMark(after)) return m;
        }
        // "đoàn … do X dẫn đầu": the words of leading right after the name.
        if (between.length() <= HEAD_GAP && noMark(between) && leadsRightAfter(s, name)) return m;
      }
      // "X率领的中国政府代表团": the name, the words of leading, then the delegation.
      if (name.end() <= d.start() && d.start() - name.end() <= HEAD_GAP / 2 && noMark(text.substring(name.end(), d.start()))
          && leadsRightAfter(s, name)) {
        return m;
      }
    }
    return null;
  }

  private static boolean leadsRightAfter(SentenceView s, Span name) {
    String tail = s.text().substring(name.end(), Math.min(s.span().end(), name.end() + 12));
    return s.lexicon().find("led_by", tail).stream().anyMatch(x -> tail.substring(0, x.span().start()).isBlank());
  }

  private static boolean noMark(String gap) {
    for (int i = 0; i < gap.length(); i++) if (CLAUSE_MARKS.indexOf(gap.charAt(i)) >= 0) return false;
    return true;
  }

  private static boolean delegationWord(String word) {
    String f = Fold.fold(word);
    // "delegation", "delegates", "delegación" (folded "delegacion"), "代表团", "đoàn".
    return f.startsWith("delegat") || f.startsWith("delegac") || word.contains("代表团") || f.contains("doan");
  }

  /** Whether an organisation's name says it is a delegation ("俄滨海边疆区政府代表团", "la delegación cubana"). */
  static boolean delegation(String name, ActorWords w) {
    for (PhraseTrie.Match<String> m : w.groups().findAll(name)) {
      if (delegationWord(m.values().get(0))) return true;
    }
    return false;
  }
}
