package amity.event.extract;

import amity.event.extract.ArgumentReader.Arguments;
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
 * The first person a reported contact is done to is the one who reports it: "el primer ministro
 * de Holanda me telefoneó", añadió el gobernante portugués (the Dutch prime minister called
 * Guterres), "he called me", "给我打电话", "gọi cho tôi". A pronoun of the first person right before
 * the event's word ({@code speaker_object_before}: "me", "nos", "给我") or right after it
 * ({@code speaker_object_after}: "me", "tôi") stands for the person in the speaker's place of the
 * sentence, who is the side acted on; the side named before the word acts.
 *
 * <p>Stateless and thread-safe.
 */
final class SpeakerObject {
  private SpeakerObject() {}

  /** {@return {@code a} with the speaker as the side acted on, where a first-person object stands for him and fewer than two sides are named} */
  static Arguments withSpeaker(SentenceView s, TriggerMatch t, Clause clause, Arguments a, ActorGate.StoryActors actors) {
    if (a.actors().size() >= 2 || clause.speakers().isEmpty() || !firstPerson(s, t)) return a;
    LinkedMention speaker = speaker(s, clause);
    if (speaker == null || a.actors().stream().anyMatch(p -> p.entity().equals(speaker.entityId()))) return a;
    List<Participant> out = new ArrayList<>();
    for (Participant p : a.actors()) out.add(p.role() == Role.PARTICIPANT ? p.withRole(Role.SOURCE) : p);
    String country = actors.of(speaker.entityId()).country();
    out.add(new Participant(speaker, Role.TARGET, country));
    Set<String> countries = new LinkedHashSet<>(a.countries());
    if (country != null) countries.add(country);
    return new Arguments(out, a.location(), countries);
  }

  /** Whether a first-person pronoun stands right before the trigger or right after it. */
  private static boolean firstPerson(SentenceView s, TriggerMatch t) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    if (lex.endsBefore("speaker_object_before", text, t.span().start(), 8)) return true;
    int end = Math.min(s.span().end(), t.end());
    String after = text.substring(end, Math.min(s.span().end(), end + 16));
    String rest = after.stripLeading();
    return !rest.equals(after) && lex.opensWith("speaker_object_after", rest);
  }

  /** The person in a speaker's place of the sentence, or null. */
  private static @Nullable LinkedMention speaker(SentenceView s, Clause clause) {
    for (Span place : clause.speakers()) {
      for (LinkedMention m : s.mentions()) {
        if (place.contains(m.mention().span()) && m.mention().type() == EntityType.PERSON) return m;
      }
    }
    return null;
  }
}
