package amity.event.extract;

import amity.mention.Gazetteer;
import amity.mention.PhraseTrie;
import amity.model.Span;

/**
 * Whether a person named is an official of an international body rather than of a state: "el
 * emisario especial de la UE", "el nuevo director gerente del Fondo Monetario Internacional (FMI),
 * Horst Koehler", "EU Commissioner Hans van den Broek". Such an official is of no state's home, so
 * {@link ActorGate} gives them no country from the story's dateline.
 *
 * <p>Thread-safe: holds only the gazetteer.
 */
final class BodyOfficials {
  private final Gazetteer gazetteer;

  BodyOfficials(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** {@return whether the title before or after {@code name} makes its bearer an international body's official} */
  boolean serves(String text, Span name) {
    return bodyAfter(text, name) || bodyBefore(text, name) || europeanOfficial(text, name);
  }

  private static final java.util.regex.Pattern EUROPEAN_OFFICE = java.util.regex.Pattern.compile(
      "(?iu)\\b(?:comisari[oa]s?\\s+europe[oa]s?|(?:European|EU)\\s+(?:Commissioner|commissioner))\\b[^.;:()]{0,40}$");

  /**
   * Whether the title before a name makes its bearer an official of the European Union ("el
   * comisario europeo de Competencia, Mario Monti", "EU Commissioner Hans van den Broek"): of no
   * member state's home.
   */
  private static boolean europeanOfficial(String text, Span name) {
    String before = text.substring(Math.max(0, name.start() - 60), name.start());
    return EUROPEAN_OFFICE.matcher(before).find();
  }

  private static final java.util.regex.Pattern OF_BODY =
      java.util.regex.Pattern.compile("^\\s+(?:\\p{Ll}+\\s+)?(?:of|de|del|for)\\s+(?:(?:the|la|el|los|las)\\s+)?");

  /**
   * Whether a title or name is that of an international body's official: the body follows as its
   * complement ("el emisario especial de la UE", "envoy of the United Nations").
   */
  private boolean bodyAfter(String text, Span name) {
    String tail = text.substring(name.end(), Math.min(text.length(), name.end() + 60));
    java.util.regex.Matcher m = OF_BODY.matcher(tail);
    if (!m.find()) return false;
    for (PhraseTrie.Match<Gazetteer.Hit> n : gazetteer.findNames(tail.substring(m.end()))) {
      if (n.span().start() != 0) continue;
      if ("international".equals(n.values().get(0).entry().kind())) return true;
    }
    return false;
  }

  /**
   * Whether the title right before a name is that of an international body's official: the body
   * ends the title ("el nuevo director gerente del Fondo Monetario Internacional (FMI), Horst
   * Koehler"), with only its short form in brackets and a comma between it and the name.
   */
  private boolean bodyBefore(String text, Span name) {
    String window = text.substring(Math.max(0, name.start() - TitleReader.DESCRIPTOR_REACH - 30), name.start());
    for (PhraseTrie.Match<Gazetteer.Hit> n : gazetteer.findNames(window)) {
      if (!"international".equals(n.values().get(0).entry().kind())) continue;
      String between = window.substring(n.span().end());
      if (!between.matches("(?s)\\s*(?:\\([^(),.;]{1,12}\\))?\\s*,?\\s*")) continue;
      if (TitleReader.OF_BEFORE.matcher(window.substring(0, n.span().start())).find()) return true;
    }
    return false;
  }
}
