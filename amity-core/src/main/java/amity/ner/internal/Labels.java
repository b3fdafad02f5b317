package amity.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BIO label set of a model: {@code O} first, then {@code B-X}, {@code I-X} for each entity
 * type, and which label may follow which. Immutable and thread-safe.
 */
public final class Labels {
  /** Entity types in their canonical order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  private final String[] names;
  private final Map<String, Integer> ids;
  private final boolean[] allowedStart;
  private final boolean[] allowed;

  /** Makes the label set of the given entity types. */
  public Labels(Collection<String> types) {
    List<String> ordered = new ArrayList<>();
    for (String t : TYPES) if (types.contains(t)) ordered.add(t);
    for (String t : types) {
      if (!TYPES.contains(t)) throw new IllegalArgumentException("unknown entity type: " + t);
    }
    names = new String[1 + 2 * ordered.size()];
    names[0] = "O";
    for (int i = 0; i < ordered.size(); i++) {
      names[1 + 2 * i] = "B-" + ordered.get(i);
      names[2 + 2 * i] = "I-" + ordered.get(i);
    }
    ids = new HashMap<>();
    for (int i = 0; i < names.length; i++) ids.put(names[i], i);
    int n = names.length;
    allowedStart = new boolean[n];
    allowed = new boolean[n * n];
    for (int to = 0; to < n; to++) {
      allowedStart[to] = !isInside(to);
      for (int from = 0; from < n; from++) {
        allowed[from * n + to] = !isInside(to) || type(from) == type(to);
      }
    }
  }

  /** {@return the number of labels} */
  public int size() {
    return names.length;
  }

  /** {@return the label with id {@code i}} */
  public String name(int i) {
    return names[i];
  }

  /** {@return the id of a label, or 0 (O) for a label outside the set} */
  public int id(String label) {
    return ids.getOrDefault(label, 0);
  }

  /** {@return the entity types, in order} */
  public List<String> types() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < names.length; i += 2) out.add(names[i].substring(2));
    return out;
  }

  /** {@return whether label {@code i} is an I- label} */
  public boolean isInside(int i) {
    return i > 0 && i % 2 == 0;
  }

  /** {@return the type index of label {@code i}: 0 for O, k for the k-th type} */
  public int type(int i) {
    return (i + 1) / 2;
  }

  /** {@return whether a sentence may start with label {@code to}} */
  public boolean allowedStart(int to) {
    return allowedStart[to];
  }

  /** {@return whether label {@code to} may follow label {@code from}} */
  public boolean allowed(int from, int to) {
    return allowed[from * names.length + to];
  }

  @Override
  public String toString() {
    return Arrays.toString(names);
  }
}
