package amity.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BIO tags: chunks by conlleval's rules, repair of IOB1 and of stray {@code I-} tags, and the
 * mapping of each corpus's entity types onto PER, LOC, ORG and MISC. Stateless and thread-safe.
 */
public final class Bio {
  private Bio() {}

  /**
   * An entity chunk.
   *
   * @param start first token, inclusive
   * @param end last token, exclusive
   * @param type entity type, e.g. {@code PER}
   */
  public record Chunk(int start, int end, String type) {}

  /** Corpus entity types that map onto ours; every other type becomes O. */
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("PER", "PER"),
          Map.entry("PERSON", "PER"),
          Map.entry("NAME", "PER"), // PhoNER_COVID19
          Map.entry("NR", "PER"),
          Map.entry("LOC", "LOC"),
          Map.entry("LOCATION", "LOC"), // PhoNER_COVID19
          Map.entry("GPE", "LOC"),
          Map.entry("NS", "LOC"),
          Map.entry("ORG", "ORG"),
          Map.entry("ORGANIZATION", "ORG"), // PhoNER_COVID19
          Map.entry("NT", "ORG"),
          Map.entry("MISC", "MISC"));

  /** {@return our type for a corpus entity type, or null when it is not one of ours} */
  public static String mapType(String corpusType) {
    return TYPES.get(corpusType.toUpperCase(Locale.ROOT));
  }

  /**
   * {@return tags mapped onto PER/LOC/ORG/MISC and made valid BIO} An {@code I-X} that does not
   * continue an {@code X} chunk starts one (this turns IOB1 into BIO and leaves BIO unchanged);
   * {@code E-}/{@code S-} tags are read as {@code I-}/{@code B-}; unknown types become O.
   */
  public static List<String> normalise(List<String> tags) {
    List<String> out = new ArrayList<>(tags.size());
    String prevType = null;
    for (String raw : tags) {
      String t = raw.strip();
      String prefix;
      String type;
      int dash = t.indexOf('-');
      if (t.equals("O") || t.isEmpty()) {
        prefix = "O";
        type = null;
      } else if (dash == 1) {
        prefix = t.substring(0, 1).toUpperCase(Locale.ROOT);
        type = mapType(t.substring(2));
      } else {
        prefix = "B"; // a bare type, e.g. "PER"
        type = mapType(t);
      }
      if (type == null || prefix.equals("O")) {
        out.add("O");
        prevType = null;
        continue;
      }
      boolean begins = switch (prefix) {
        case "B", "S", "U" -> true;
        default -> !type.equals(prevType);
      };
      out.add((begins ? "B-" : "I-") + type);
      prevType = prefix.equals("S") || prefix.equals("U") || prefix.equals("E") || prefix.equals("L") ? null : type;
    }
    return out;
  }

  /**
   * {@return the chunks of a tag sequence, by conlleval's rules} A chunk starts at {@code B-X}, or
   * at {@code I-X} after a tag of another type or O; it goes on while {@code I-X} follows.
   */
  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String t = i < tags.size() ? tags.get(i) : "O";
      String tp = t.length() > 2 && t.charAt(1) == '-' ? t.substring(2) : null;
      boolean inside = tp != null && t.charAt(0) == 'I' && tp.equals(type);
      if (inside) continue;
      if (type != null) out.add(new Chunk(start, i, type));
      if (tp != null && !t.startsWith("O")) {
        start = i;
        type = tp;
      } else {
        start = -1;
        type = null;
      }
    }
    return out;
  }
}
