package amity.ner.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The label set of a model: {@code O} first, then the labels of each entity type in the model's
 * {@link Scheme}, and which label may follow which. Whatever the scheme inside, tags go in and
 * come out as BIO ({@link #encode}, {@link #bio}). Immutable and thread-safe.
 */
public final class Labels {
  /** Entity types in their canonical order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  /**
   * How a name's tokens are labelled inside the model.
   *
   * <p>BIOES (also called BILOU) gives a name's last token ({@code E-X}) and a one-token name
   * ({@code S-X}) labels of their own, so that the weights can learn what ends a name and what
   * a name of one word looks like (Ratinov and Roth 2009 measured it better than BIO). It costs
   * twice as many labels, so scoring and decoding take longer.
   */
  public enum Scheme {
    BIO("BI"),
    BIOES("BIES");

    private final String prefixes;

    Scheme(String prefixes) {
      this.prefixes = prefixes;
    }
  }

  private final Scheme scheme;
  private final List<String> types;
  private final String[] names;
  private final String[] bio;
  private final int[] typeOf;
  private final char[] prefix;
  private final Map<String, Integer> ids;
  private final boolean[] allowedStart;
  private final boolean[] allowedEnd;
  private final boolean[] allowed;

  /** Makes the BIO label set of the given entity types. */
  public Labels(Collection<String> types) {
    this(types, Scheme.BIO);
  }

  /** Makes the label set of the given entity types in the given scheme. */
  public Labels(Collection<String> types, Scheme scheme) {
    this.scheme = scheme;
    List<String> ordered = new ArrayList<>();
    for (String t : TYPES) if (types.contains(t)) ordered.add(t);
    for (String t : types) {
      if (!TYPES.contains(t)) throw new IllegalArgumentException("unknown entity type: " + t);
    }
    this.types = List.copyOf(ordered);
    int per = scheme.prefixes.length();
    int n = 1 + per * ordered.size();
    names = new String[n];
    bio = new String[n];
    typeOf = new int[n];
    prefix = new char[n];
    names[0] = "O";
    bio[0] = "O";
    prefix[0] = 'O';
    for (int t = 0; t < ordered.size(); t++) {
      for (int k = 0; k < per; k++) {
        int y = 1 + per * t + k;
        char p = scheme.prefixes.charAt(k);
        names[y] = p + "-" + ordered.get(t);
        // B and S open a name, I and E continue it
        bio[y] = (p == 'B' || p == 'S' ? "B-" : "I-") + ordered.get(t);
        typeOf[y] = t + 1;
        prefix[y] = p;
      }
    }
    ids = new HashMap<>();
    for (int i = 0; i < n; i++) ids.put(names[i], i);
    allowedStart = new boolean[n];
    allowedEnd = new boolean[n];
    allowed = new boolean[n * n];
    for (int to = 0; to < n; to++) {
      allowedStart[to] = !continues(to);
      allowedEnd[to] = !open(to);
      for (int from = 0; from < n; from++) {
        allowed[from * n + to] = open(from) ? continues(to) && typeOf[from] == typeOf[to] : !continues(to) || (scheme == Scheme.BIO && typeOf[from] == typeOf[to]);
      }
    }
  }

  /** {@return whether label {@code y} continues a name (I, E)} */
  private boolean continues(int y) {
    return prefix[y] == 'I' || prefix[y] == 'E';
  }

  /** {@return whether label {@code y} leaves a name open that the next label must continue (BIOES's B and I)} */
  private boolean open(int y) {
    return scheme == Scheme.BIOES && (prefix[y] == 'B' || prefix[y] == 'I');
  }

  /** {@return the labelling scheme} */
  public Scheme scheme() {
    return scheme;
  }

  /** {@return the number of labels} */
  public int size() {
    return names.length;
  }

  /** {@return the label with id {@code i}, in the model's scheme} */
  public String name(int i) {
    return names[i];
  }

  /** {@return the BIO tag of label {@code i}} */
  public String bio(int i) {
    return bio[i];
  }

  /** {@return the BIO tags of a label sequence that the scheme allows} */
  public List<String> bio(int[] ids) {
    List<String> out = new ArrayList<>(ids.length);
    for (int id : ids) out.add(bio[id]);
    return out;
  }

  /** {@return the id of a label of the scheme, or 0 (O) for a label outside the set} */
  public int id(String label) {
    return ids.getOrDefault(label, 0);
  }

  /**
   * {@return the label ids of a BIO tag sequence}: in BIOES, a name's last token gets {@code E-X}
   * and a name of one token {@code S-X}. Tags of types outside the set become O.
   */
  public int[] encode(List<String> bioTags) {
    int n = bioTags.size();
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = id(bioTags.get(i));
    if (scheme == Scheme.BIO) return out;
    for (int i = 0; i < n; i++) {
      if (out[i] == 0) continue;
      boolean last = i + 1 == n || !bioTags.get(i + 1).equals("I-" + types.get(typeOf[out[i]] - 1));
      if (last) out[i] = id((prefix[out[i]] == 'B' ? "S-" : "E-") + types.get(typeOf[out[i]] - 1));
    }
    return out;
  }

  /** {@return the entity types, in order} */
  public List<String> types() {
    return types;
  }

  /** {@return whether label {@code i} continues a name (BIO's I-, BIOES's I- and E-)} */
  public boolean isInside(int i) {
    return continues(i);
  }

  /** {@return the type index of label {@code i}: 0 for O, k for the k-th type} */
  public int type(int i) {
    return typeOf[i];
  }

  /** {@return whether a sentence may start with label {@code to}} */
  public boolean allowedStart(int to) {
    return allowedStart[to];
  }

  /** {@return whether a sentence may end with label {@code y} (not BIOES's B- or I-)} */
  public boolean allowedEnd(int y) {
    return allowedEnd[y];
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
