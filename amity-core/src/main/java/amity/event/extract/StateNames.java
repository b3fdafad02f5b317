package amity.event.extract;

import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.LinkedMention;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Names a state that acts through its government as the page names it: "el Gobierno de Noruega ha
 * decidido aportar", "the government of Norway", "俄政府…与国际货币基金组织加紧谈判". The guide takes
 * the most specific name the page gives, as written; the actor stays the state (its entity and
 * country are unchanged), only its name becomes the phrase. A word of {@code state_group} with one
 * of {@code state_group_of} ("de", "of") right before the state's name, or, in a script without
 * spaces, a word of {@code state_group} running on from it, makes the phrase ({@code actors.tsv}).
 *
 * <p>Stateless and thread-safe.
 */
final class StateNames {
  private StateNames() {}

  /** {@return {@code r} with each state that acts named by the government phrase the page writes around it} */
  static Reading named(Reading r, String text, ActorWords words) {
    if (words.stateGroups().isEmpty()) return r;
    List<Participant> out = null;
    for (int i = 0; i < r.actors().size(); i++) {
      Participant p = r.actors().get(i);
      String name = phrase(p.mention(), text, words);
      if (name == null) continue;
      if (out == null) out = new ArrayList<>(r.actors());
      out.set(i, new Participant(new LinkedMention(p.mention().mention(), p.entity(), name), p.role(), p.country()));
    }
    return out == null ? r : r.withActors(out);
  }

  /** {@return the government phrase around the state named by {@code m}, or null} */
  static @Nullable String phrase(LinkedMention m, String text, ActorWords words) {
    if (m.mention().type() != EntityType.GPE || !EntityIds.isCountry(m.entityId())) return null;
    int start = m.mention().span().start();
    int end = m.mention().span().end();
    if (start < 0 || end > text.length() || !text.substring(start, end).equals(m.mention().text())) return null;
    // "俄政府": the noun runs on from the state's name.
    if (end < text.length() && Scripts.isUnspacedScript(text.charAt(end))) {
      for (String noun : words.stateGroups()) {
        if (text.startsWith(noun, end)) return text.substring(start, end + noun.length());
      }
      return null;
    }
    // "el Gobierno de Noruega", "the government of Norway".
    for (String noun : words.stateGroups()) {
      for (String of : words.stateGroupOf()) {
        String before = noun + " " + of + " ";
        int from = start - before.length();
        if (from < 0 || !text.regionMatches(true, from, before, 0, before.length())) continue;
        if (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1))) continue;
        return text.substring(from, end);
      }
    }
    return null;
  }
}
