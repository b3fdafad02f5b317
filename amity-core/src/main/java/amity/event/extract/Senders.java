package amity.event.extract;

import amity.model.EntityType;
import amity.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Leaves out of a reading the person who sent an envoy that acts in it: "a ceasefire arranged last
 * week by President Boris Yeltsin's envoy Alexander Lebed", "visitó El Cairo como enviado de Barak"
 * — Lebed and Ben Ami act, Yeltsin and Barak do not. The words that make the sender are the pack's
 * {@code sender_after} (right after his name) and {@code sender_before} (right before it); the
 * sender stays where no other person would be left.
 *
 * <p>Stateless and thread-safe.
 */
final class Senders {
  private Senders() {}

  /** How far (characters) the words of a sender may stand from his name. */
  private static final int REACH = 30;

  /** {@return the readings, each without the senders of its envoys} */
  static List<Reading> without(SentenceView s, List<Reading> read) {
    List<Reading> out = new ArrayList<>();
    for (Reading r : read) {
      List<Participant> kept = new ArrayList<>();
      for (Participant p : r.actors()) if (!sender(s, p)) kept.add(p);
      boolean envoyLeft = kept.stream().anyMatch(p -> p.mention().mention().type() == EntityType.PERSON);
      out.add(kept.size() == r.actors().size() || !envoyLeft ? r : r.withActors(kept));
    }
    return out;
  }

  /** Whether {@code p} is a person named as the one who sent an envoy. */
  static boolean sender(SentenceView s, Participant p) {
    if (p.mention().mention().type() != EntityType.PERSON) return false;
    String text = s.text();
    Span name = p.mention().mention().span();
    if (!s.span().contains(name)) return false;
    String after = text.substring(name.end(), Math.min(s.span().end(), name.end() + REACH));
    if (s.lexicon().opensWith("sender_after", after)) return true;
    // "como enviado de Barak": the word for an envoy may have been read as the name's title.
    return s.lexicon().endsBefore("sender_before", text, p.mention().mention().fullSpan().start(), REACH)
        || s.lexicon().endsBefore("sender_before", text, name.start(), REACH);
  }
}
