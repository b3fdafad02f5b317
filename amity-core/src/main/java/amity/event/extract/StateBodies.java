package amity.event.extract;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.mention.Gazetteer;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.text.Fold;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an organisation is a state's body — a ministry, party, parliament, government, agency
 * or international organisation — and whose. The knowledge base's kind says so where it knows the
 * body; else its name does: a word of state ("Ministry", "政府") makes it one, a word of business
 * makes it none, and a word shared by states' bodies and clubs ("Council", "Front") only with a
 * country or people named in it ("Palestinian self-rule Authority"). A word of nationality right
 * before the name says whose it is ("The Brazilian Senate").
 *
 * <p>Thread-safe: holds only the gazetteer and the title reader.
 */
final class StateBodies {
  /** What a body's name and kind say of it. */
  record Body(boolean political, @Nullable String country) {}

  private static final Set<String> STATE_KINDS = Set.of("international", "ministry", "party", "parliament", "government", "agency", "movement");

  private final Gazetteer gazetteer;
  private final TitleReader titles;

  StateBodies(Gazetteer gazetteer, TitleReader titles) {
    this.gazetteer = gazetteer;
    this.titles = titles;
  }

  /**
   * {@return whether {@code e} is an armed or separatist movement ("KDP", "UNITA")} Such a movement
   * is the other side of its state's conflict, of no country, as a rebel leader is.
   */
  static boolean movement(@Nullable KbEntry e) {
    return e != null && "movement".equals(e.kind());
  }

  /** {@return the country the knowledge base gives {@code l}'s entity, else the one its mention has, or null} */
  static @Nullable String countryOf(KnowledgeBase kb, LinkedMention l) {
    return kb.get(l.entityId()).map(KbEntry::country).orElse(l.mention().country());
  }

  /**
   * {@return whether the organisation {@code l} names is a state's body, and its country} {@code e}:
   * its knowledge-base entry, if any; {@code c}: the country known so far, kept if not null.
   */
  Body read(LinkedMention l, @Nullable KbEntry e, @Nullable String c, ActorWords w, String text) {
    boolean pol;
    if (e != null) {
      pol = e.kind() != null && STATE_KINDS.contains(e.kind());
    } else {
      String folded = Fold.fold(l.mention().text());
      Set<String> name = new HashSet<>();
      for (String part : folded.split("[\\s\\p{Punct}]+")) name.add(part);
      boolean company = name.stream().anyMatch(w.company()::contains) || containsAny(folded, w.company());
      boolean strong = name.stream().anyMatch(w.stateOrg()::contains) || containsAny(folded, w.stateOrg());
      // "Council", "Commission", "Front" name states' bodies and clubs alike: with a country
      // or people named in it ("Palestinian self-rule Authority"), it is a state's.
      boolean weak = name.stream().anyMatch(w.weakStateOrg()::contains) || containsAny(folded, w.weakStateOrg());
      boolean national = !gazetteer.countryCues(l.mention().text()).isEmpty()
          || gazetteer.findNames(l.mention().text()).stream().anyMatch(m -> m.values().get(0).entry().type() == EntityType.GPE);
      pol = !company && (strong || weak && national);
      if (c == null && national) {
        for (Gazetteer.CountryCue cue : gazetteer.countryCues(l.mention().text())) c = cue.country();
      }
    }
    // "The Brazilian Senate", "the Russian Duma": a word of nationality right before a body's
    // name says whose it is.
    if (c == null && !"international".equals(e == null ? null : e.kind())) c = titles.nationalityBefore(text, l.mention().span().start());
    return new Body(pol, c);
  }

  private static boolean containsAny(String folded, Set<String> words) {
    for (String x : words) if (x.length() >= 2 && !x.matches("[\\p{L}]+") && folded.contains(x)) return true;
    // Han words stand unspaced inside a name: 外交部, 政府.
    for (String x : words) if (amity.text.Scripts.isUnspacedScript(x.charAt(0)) && folded.contains(x)) return true;
    return false;
  }
}
