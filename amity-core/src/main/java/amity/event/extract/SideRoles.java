package amity.event.extract;

import static amity.event.extract.ClauseBreaks.hasClauseBreak;

import amity.event.Forms;
import amity.model.EntityIds;
import amity.model.LinkedMention;
import amity.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides the side of each who acts in an event: with parties on both sides of the trigger, those
 * before it act and those after it are acted on, unless an {@code agent} word ("by") makes one
 * after it the actor; a word for the event with its holder and then a companion word ("talks by X
 * with Y", "las conversaciones que Johansen mantuvo … con …") makes those from the companion on
 * acted on; aid's receiver is acted on wherever it stands. With parties on one side only, all
 * take part alike; a tour's hosts are acted on.
 *
 * <p>Stateless and thread-safe.
 */
final class SideRoles {
  private SideRoles() {}

  /**
   * {@return the participants of the event, one per entity in the order {@code chosen} and then
   * {@code hosts} name them}
   *
   * @param chosen those who act in the event, in the order they were chosen
   * @param hosts the hosts of a tour or of meetings with several countries
   */
  static List<Participant> of(SentenceView s, TriggerMatch t, List<LinkedMention> chosen, List<LinkedMention> hosts,
      ActorGate.StoryActors profiles) {
    EventLexicon lex = s.lexicon();
    String text = s.text();
    boolean anyBefore = chosen.stream().anyMatch(a -> a.mention().span().start() < t.span().start());
    boolean anyAfter = chosen.stream().anyMatch(a -> a.mention().span().start() > t.span().start());
    // After a word for the event, the one who held it and then whom with ("las conversaciones que
    // Johansen mantuvo ayer con la presidenta …, Kadirgamar, y con Wickramasingue", "talks by X
    // with Y"): those from the first companion word on are acted on.
    int withAt = -1;
    if (!anyBefore && Forms.family(t.trigger().form()).equals("meet")) {
      List<LinkedMention> sorted = new ArrayList<>(chosen);
      sorted.sort(java.util.Comparator.comparing((LinkedMention l) -> l.mention().span()));
      for (int i = 1; i < sorted.size() && withAt < 0; i++) {
        int at = sorted.get(i).mention().fullSpan().start();
        if (lex.endsBefore("companion", text, at, 16) && !hasClauseBreak(text, sorted.get(i - 1).mention().span().end(), at - 5)) withAt = at;
      }
    }
    boolean received = anyBefore && anyAfter && AidSides.toldByReceiver(s, t);
    boolean visit = Forms.family(t.trigger().form()).equals("visit");
    Map<String, Participant> out = new LinkedHashMap<>();
    for (LinkedMention a : chosen) {
      Role role;
      int start = a.mention().fullSpan().start();
      if (AidSides.receives(s, t, a)) {
        role = Role.TARGET;
      } else if (received) {
        role = start < t.span().start() ? Role.TARGET : Role.SOURCE;
      } else if (withAt >= 0) {
        role = start >= withAt ? Role.TARGET : Role.SOURCE;
      } else if (!(anyBefore && anyAfter) && visit && destinationBody(lex, text, t, a)) {
        role = Role.TARGET;
      } else if (!(anyBefore && anyAfter)) {
        role = Role.PARTICIPANT;
      } else if (start < t.span().start()) {
        role = Role.SOURCE;
      } else if (lex.endsBefore("agent", text, start, 8)) {
        // "tham gia tìm kiếm tàu ngầm của Indonesia": help to a search ({@code searched}) goes to
        // whose is searched for; elsewhere the one after "của"/"by" acts.
        role = AidSides.searchedFor(s, t) ? Role.TARGET : Role.SOURCE;
      } else {
        role = Role.TARGET;
      }
      String c = EntityIds.isCountry(a.entityId()) ? EntityIds.countryCode(a.entityId()) : profiles.of(a.entityId()).country();
      out.putIfAbsent(a.entityId(), new Participant(a, role, c));
    }
    for (LinkedMention h : hosts) out.putIfAbsent(h.entityId(), new Participant(h, Role.TARGET, EntityIds.countryCode(h.entityId())));
    return List.copyOf(out.values());
  }

  /**
   * {@return whether {@code a}, a body right after the visit's word of destination ("đã tới Đại sứ
   * quán Việt Nam"), is where the visit goes} A body one goes to is the host or the venue, never the
   * one who travels; a person or a country there is left to the steps that read them.
   */
  private static boolean destinationBody(EventLexicon lex, String text, TriggerMatch t, LinkedMention a) {
    int start = a.mention().fullSpan().start();
    if (start < t.span().end() || a.mention().type() == amity.model.EntityType.PERSON || EntityIds.isCountry(a.entityId())) return false;
    return lex.endsBefore("destination", text, start, 16) && start - t.span().end() <= 16;
  }
}
