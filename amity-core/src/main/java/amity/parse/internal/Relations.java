package amity.parse.internal;

import java.util.Set;

/**
 * Which dependency relations the parser learns: the universal part of a UD relation ({@code
 * obl:tmod} is learnt as {@code obl}), except for a few subtypes that tell an event's roles apart
 * and that the four treebanks mark alike: passive subjects and auxiliaries, the agent of a passive,
 * and possessors ("Kohl's visit"). Stateless.
 */
public final class Relations {
  /** The subtypes kept whole. */
  public static final Set<String> KEPT = Set.of("nsubj:pass", "csubj:pass", "aux:pass", "obl:agent", "nmod:poss");

  /** The relation of the root token. */
  public static final String ROOT = "root";

  private Relations() {}

  /** {@return the relation as the parser learns it} */
  public static String normalise(String deprel) {
    if (KEPT.contains(deprel)) return deprel;
    return universal(deprel);
  }

  /** {@return the universal part of a relation, before any ':'} */
  public static String universal(String deprel) {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }
}
