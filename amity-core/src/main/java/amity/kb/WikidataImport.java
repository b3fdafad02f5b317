package amity.kb;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lexicon.Resources;
import amity.model.DateValue;
import amity.model.EntityType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Streams a Wikidata JSON dump (one entity a line, as in {@code latest-all.json}) into knowledge-
 * base lines (docs/KB.md): people who held a position amity knows (heads of state and government,
 * ministers, party leaders, …) with dated roles, countries with their ISO codes, cities,
 * international organisations and parties, with their names in amity's languages.
 *
 * <p>Two passes over the dump, each one entity at a time, so memory holds only positions and
 * countries, never the dump: the first learns countries (P297) and positions (items a P39 can
 * point to, with their jurisdiction P1001/P17), the second writes entries. The dump is opened
 * twice through {@code open}. Bad lines are reported to {@code warnings} and skipped.
 */
public final class WikidataImport {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The languages whose labels are imported: those of the bundled full language packs. */
  private static final List<String> LANGS = LanguagePacks.bundled().tags(LanguagePack.Level.FULL);
  /** Wikidata's label languages read as each of them: "zh" also reads "zh-hans" and "zh-cn" (the pack's {@code wikidata_labels}). */
  private static final Map<String, List<String>> LABEL_LANGS = labelLanguages();
  private static final Set<String> PERSON = Set.of("Q5");
  private static final Set<String> COUNTRY = Set.of("Q6256", "Q3624078", "Q7275");
  private static final Set<String> CITY = Set.of("Q515", "Q1549591", "Q5119", "Q1637706", "Q200250");
  private static final Set<String> ORG =
      Set.of("Q484652", "Q7278", "Q43229", "Q245065", "Q1752346", "Q11204", "Q327333", "Q35749");

  /** What the import wrote. */
  public record Counts(int people, int countries, int cities, int orgs, int skippedLines) {}

  private record Position(String label, @Nullable String jurisdiction) {}

  private record RoleRule(Pattern label, String role) {}

  private final List<RoleRule> rules = new ArrayList<>();

  public WikidataImport() {
    for (String[] r : Resources.tsv("amity/kb/wikidata-roles.tsv", 2)) {
      rules.add(new RoleRule(Pattern.compile(r[0], Pattern.CASE_INSENSITIVE), r[1]));
    }
  }

  /**
   * Reads the dump twice and writes KB lines to {@code out}.
   *
   * @param open opens the dump afresh (decompressed) for each pass
   * @param source the source note written on every entry, e.g. "Wikidata dump 2026-11-20"
   */
  public Counts run(Supplier<InputStream> open, Writer out, String source, Consumer<String> warnings) throws IOException {
    Map<String, String> iso = new HashMap<>();
    Map<String, Position> positions = new HashMap<>();
    int[] skipped = {0};
    each(open, warnings, skipped, e -> {
      String id = e.path("id").asText();
      String code = firstString(e, "P297");
      if (code != null && code.matches("[A-Z]{2}")) iso.put(id, code);
      String label = label(e, "en");
      if (label == null) return;
      for (RoleRule r : rules) {
        if (r.label().matcher(label).matches()) {
          String j = firstItem(e, "P1001");
          positions.put(id, new Position(label, j != null ? j : firstItem(e, "P17")));
          return;
        }
      }
    });
    int[] counts = new int[4];
    // The first pass already reported bad lines.
    each(open, m -> {}, new int[1], e -> {
      Set<String> kinds = items(e, "P31");
      ObjectNode entry = null;
      if (kinds.stream().anyMatch(PERSON::contains)) {
        entry = person(e, positions, iso, source);
        if (entry != null) counts[0]++;
      } else if (kinds.stream().anyMatch(COUNTRY::contains) && iso.containsKey(e.path("id").asText())) {
        entry = base(e, "country:" + iso.get(e.path("id").asText()), "GPE", iso.get(e.path("id").asText()), source);
        counts[1]++;
      } else if (kinds.stream().anyMatch(CITY::contains)) {
        entry = base(e, "wd:" + e.path("id").asText(), "GPE", iso.get(firstItem(e, "P17")), source);
        entry.put("kind", "city");
        counts[2]++;
      } else if (kinds.stream().anyMatch(ORG::contains)) {
        entry = base(e, "wd:" + e.path("id").asText(), "ORG", iso.get(firstItem(e, "P17")), source);
        counts[3]++;
      }
      if (entry != null && entry.has("name")) {
        try {
          out.write(JSON.writeValueAsString(entry));
          out.write('\n');
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      }
    });
    out.flush();
    return new Counts(counts[0], counts[1], counts[2], counts[3], skipped[0]);
  }

  private @Nullable ObjectNode person(JsonNode e, Map<String, Position> positions, Map<String, String> iso, String source) {
    ArrayNode roles = JSON.createArrayNode();
    for (JsonNode st : e.path("claims").path("P39")) {
      String pos = itemOf(st.path("mainsnak"));
      Position p = pos == null ? null : positions.get(pos);
      if (p == null) continue;
      String role = null;
      for (RoleRule r : rules) {
        if (r.label().matcher(p.label()).matches()) {
          role = r.role();
          break;
        }
      }
      ObjectNode ro = roles.addObject();
      ro.put("role", role);
      ro.put("country", p.jurisdiction() == null ? null : iso.get(p.jurisdiction()));
      ro.putNull("org");
      ro.put("from", time(st.path("qualifiers").path("P580")));
      ro.put("to", time(st.path("qualifiers").path("P582")));
      ro.put("source", source + ", " + e.path("id").asText() + " P39 " + pos + " (" + p.label() + ")");
    }
    if (roles.isEmpty()) return null;
    String country = iso.get(firstItem(e, "P27"));
    ObjectNode o = base(e, "wd:" + e.path("id").asText(), "PERSON", country, source);
    o.set("roles", roles);
    return o;
  }

  private static ObjectNode base(JsonNode e, String id, String type, @Nullable String country, String source) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", id);
    o.put("type", type);
    String name = label(e, "en");
    if (name == null) {
      for (String l : LANGS) if ((name = label(e, l)) != null) break;
    }
    if (name != null) o.put("name", name);
    ObjectNode names = o.putObject("names");
    for (String l : LANGS) {
      ArrayNode a = JSON.createArrayNode();
      for (String ll : LABEL_LANGS.get(l)) {
        String lab = label(e, ll);
        if (lab != null && !contains(a, lab)) a.add(lab);
        for (JsonNode al : e.path("aliases").path(ll)) {
          String v = nfc(al.path("value").asText());
          if (!v.isBlank() && !contains(a, v)) a.add(v);
        }
      }
      if (!a.isEmpty()) names.set(l, a);
    }
    o.put("country", country);
    o.put("source", source + ", " + e.path("id").asText());
    return o;
  }

  private static Map<String, List<String>> labelLanguages() {
    Map<String, List<String>> out = new HashMap<>();
    for (String l : LANGS) {
      LanguagePack pack = LanguagePacks.bundled().get(l).orElseThrow();
      out.put(l, pack.value("wikidata_labels").map(v -> List.of(v.split(" "))).orElse(List.of(l)));
    }
    return Map.copyOf(out);
  }

  private static boolean contains(ArrayNode a, String v) {
    for (JsonNode n : a) if (n.asText().equals(v)) return true;
    return false;
  }

  private static void each(Supplier<InputStream> open, Consumer<String> warnings, int[] skipped, Consumer<JsonNode> f)
      throws IOException {
    try (InputStream in = open.get();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.equals("[") || t.equals("]")) continue;
        if (t.endsWith(",")) t = t.substring(0, t.length() - 1);
        JsonNode e;
        try {
          e = JSON.readTree(t);
        } catch (IOException x) {
          skipped[0]++;
          warnings.accept("line " + n + ": not a JSON entity, skipped");
          continue;
        }
        if (e != null && e.isObject()) f.accept(e);
      }
    } catch (UncheckedIOException x) {
      throw x.getCause();
    }
  }

  private static @Nullable String label(JsonNode e, String lang) {
    JsonNode v = e.path("labels").path(lang).path("value");
    return v.isMissingNode() || v.asText().isBlank() ? null : nfc(v.asText());
  }

  private static Set<String> items(JsonNode e, String prop) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (JsonNode st : e.path("claims").path(prop)) {
      String id = itemOf(st.path("mainsnak"));
      if (id != null) out.add(id);
    }
    return out;
  }

  private static @Nullable String firstItem(JsonNode e, String prop) {
    for (JsonNode st : e.path("claims").path(prop)) {
      String id = itemOf(st.path("mainsnak"));
      if (id != null) return id;
    }
    return null;
  }

  private static @Nullable String firstString(JsonNode e, String prop) {
    for (JsonNode st : e.path("claims").path(prop)) {
      JsonNode v = st.path("mainsnak").path("datavalue").path("value");
      if (v.isTextual()) return v.asText();
    }
    return null;
  }

  private static @Nullable String itemOf(JsonNode snak) {
    JsonNode v = snak.path("datavalue").path("value");
    if (v.has("id")) return v.get("id").asText();
    if (v.has("numeric-id")) return "Q" + v.get("numeric-id").asText();
    return null;
  }

  /** A Wikidata time ("+2021-04-05T00:00:00Z", precision 9/10/11) as an ISO date of that precision. */
  static @Nullable String time(JsonNode qualifiers) {
    for (JsonNode q : qualifiers) {
      JsonNode v = q.path("datavalue").path("value");
      String t = v.path("time").asText("");
      int precision = v.path("precision").asInt(11);
      if (t.length() < 11) continue;
      String s = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
      try {
        int y = Integer.parseInt(s.substring(0, 4));
        int m = Integer.parseInt(s.substring(5, 7));
        int d = Integer.parseInt(s.substring(8, 10));
        if (precision >= 11 && m > 0 && d > 0) return new DateValue(y, m, d).iso();
        if (precision == 10 && m > 0) return DateValue.ofMonth(y, m).iso();
        return DateValue.ofYear(y).iso();
      } catch (RuntimeException x) {
        return null;
      }
    }
    return null;
  }

  private static String nfc(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  @Override
  public String toString() {
    return "WikidataImport[" + rules.size() + " position rules, languages " + String.join(",", LANGS).toLowerCase(Locale.ROOT) + "]";
  }
}
