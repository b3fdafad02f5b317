package amity.kb;

import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.model.DateValue;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.text.Fold;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The knowledge base: every ISO 3166 country with its CLDR names in the pipeline's languages,
 * plus the bundled JSON Lines files under {@code amity/kb/} and any files a user adds.
 *
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.bundled();
 * kb.get("country:CU").get().namesIn("zh"); // [古巴]
 * }</pre>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class KnowledgeBase {
  /**
   * Languages whose CLDR names are loaded for every country: those of the bundled full language
   * packs ({@code amity/lang/languages.txt} and each folder's {@code language.tsv}).
   */
  public static final List<String> LANGUAGES = LanguagePacks.bundled().tags(LanguagePack.Level.FULL);

  static final List<String> BUNDLED_FILES =
      List.of("countries.jsonl", "places.jsonl", "orgs.jsonl", "people.jsonl");
  private static final Set<String> KEYS =
      Set.of(
          "id", "type", "name", "names", "country", "source", "demonyms", "abbr", "capital", "kind",
          "roles", "gender");
  private static final Set<String> ROLE_KEYS = Set.of("role", "country", "org", "from", "to", "source");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, KbEntry> byId;
  private final Map<String, List<KbEntry>> byFoldedName;

  private KnowledgeBase(Map<String, KbEntry> byId) {
    // In the order given, not Map.copyOf's: its order changes from one JVM to the next, and
    // byName and holders list entries in it (a Spark executor must choose as the driver does).
    this.byId = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byId));
    Map<String, List<KbEntry>> idx = new HashMap<>();
    for (KbEntry e : byId.values()) {
      for (String n : e.allNames()) {
        List<KbEntry> l = idx.computeIfAbsent(Fold.fold(n), k -> new ArrayList<>());
        if (!l.contains(e)) l.add(e);
      }
    }
    idx.replaceAll((k, v) -> List.copyOf(v));
    this.byFoldedName = Map.copyOf(idx);
  }

  /** {@return the countries from CLDR and the bundled files} */
  public static KnowledgeBase bundled() {
    return builder().addBundled().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Optional<KbEntry> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Collection<KbEntry> entries() {
    return byId.values();
  }

  /** {@return entries with a name that folds like {@code name}} */
  public List<KbEntry> byName(String name) {
    return byFoldedName.getOrDefault(Fold.fold(name), List.of());
  }

  /** {@return people who held {@code role} for {@code country} at a time within {@code when}} */
  public List<KbEntry> holders(String role, String country, DateValue when) {
    List<KbEntry> out = new ArrayList<>();
    for (KbEntry e : byId.values()) {
      if (e.type() != EntityType.PERSON) continue;
      for (Role r : e.roles()) {
        if (r.role().equals(role) && country.equals(r.country()) && r.heldOn(when)) {
          out.add(e);
          break;
        }
      }
    }
    return out;
  }

  public int size() {
    return byId.size();
  }

  /** Collects entries; later entries with an id already seen add their names to it. */
  public static final class Builder {
    private final Map<String, KbEntry> entries = new LinkedHashMap<>();
    private int withheldPeople;

    private Builder() {}

    /**
     * Leaves out of the built knowledge base the people (PERSON entries) whose id hashes into the
     * lowest {@code percent} of 100 buckets: 0 keeps all, 100 none. Countries, bodies and places
     * stay. Measures how the pipeline reads people it does not know; the share is deterministic.
     */
    public Builder withholdPeople(int percent) {
      if (percent < 0 || percent > 100) throw new IllegalArgumentException("a share of people is 0 to 100: " + percent);
      withheldPeople = percent;
      return this;
    }

    /** {@return the bucket 0..99 of an id, the same on every JVM (CRC-32 of its UTF-8 bytes)} */
    static int bucket(String id) {
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(id.getBytes(StandardCharsets.UTF_8));
      return (int) (crc.getValue() % 100);
    }

    /** Adds every ISO 3166 country with its CLDR names in {@link #LANGUAGES}, then the files. */
    public Builder addBundled() {
      addCldrCountries();
      for (String f : BUNDLED_FILES) {
        String path = "amity/kb/" + f;
        InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(path);
        if (in == null) continue;
        try (in) {
          read(in, path);
        } catch (IOException e) {
          throw new UncheckedIOException("bundled KB file " + path + " is broken", e);
        }
      }
      addCldrCities();
      return this;
    }

    /**
     * Adds the exemplar cities of CLDR's time zones ({@code Asia/Karachi}, {@code America/Sao_Paulo})
     * with their region as country, named in each of {@link #LANGUAGES}, where the entries so far
     * know none of their names. Left out: a zone of no state (Antarctica's stations, whose country is
     * the station's operator), sub-names with a comma or slash ("Knox, Indiana"), two-character Han
     * names (short transliterations recur inside longer ones: 道森 in 道森克里克, 卡宴 the car), and the
     * names listed in {@code amity/kb/cldr-cities-left-out.txt}: common words, given names and
     * surnames, and names that mostly mean another place ("San Juan", "Córdoba", 奥克兰 for Oakland).
     */
    public Builder addCldrCities() {
      Set<String> leftOut = new HashSet<>();
      String path = "amity/kb/cldr-cities-left-out.txt";
      try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(path)) {
        if (in != null) {
          BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
          for (String line; (line = r.readLine()) != null; ) {
            String t = line.replaceFirst("#.*", "").strip();
            if (!t.isEmpty()) leftOut.add(Fold.fold(nfc(t)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("bundled KB file " + path + " is broken", e);
      }
      Set<String> known = new HashSet<>();
      for (KbEntry e : entries.values()) for (String n : e.allNames()) known.add(Fold.fold(n));
      Map<String, TimeZoneNames> zoneNames = new LinkedHashMap<>();
      for (String lang : LANGUAGES) zoneNames.put(lang, TimeZoneNames.getInstance(new ULocale(lang)));
      String source = "CLDR " + VersionInfo.ICU_DATA_VERSION + " exemplar cities";
      for (String zone :
          TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
        String region = TimeZone.getRegion(zone);
        if (region == null || !region.matches("[A-Z]{2}") || NO_STATE.contains(region)) continue;
        Map<String, List<String>> names = new LinkedHashMap<>();
        // A zone named with a comma or slash in any language is a sub-name ("Knox, Indiana").
        boolean seen = false, subName = false;
        for (Map.Entry<String, TimeZoneNames> z : zoneNames.entrySet()) {
          String n = z.getValue().getExemplarLocationName(zone);
          if (n == null || n.isBlank()) continue;
          n = nfc(n.strip()).replace('\u2019', '\'');
          if (known.contains(Fold.fold(n))) seen = true;
          if (n.contains(",") || n.contains("/")) subName = true;
          if (leftOut.contains(Fold.fold(n))) continue;
          if (Character.UnicodeScript.of(n.codePointAt(0)) == Character.UnicodeScript.HAN && n.codePointCount(0, n.length()) <= 2) continue;
          names.put(z.getKey(), List.of(n));
        }
        if (seen || subName || names.isEmpty()) continue;
        String name = names.getOrDefault("en", names.values().iterator().next()).get(0);
        String slug = zone.substring(zone.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replace('_', '-');
        add(new KbEntry(
            "city:" + region.toLowerCase(Locale.ROOT) + "/" + slug, EntityType.GPE, name, names, region,
            Map.of(), Map.of(), List.of(), "city", false, source));
      }
      return this;
    }

    /** Regions of no state: a place there names no country to host or send anyone. */
    private static final Set<String> NO_STATE = Set.of("AQ");

    /** Adds the countries CLDR knows, named in each of {@link #LANGUAGES}. */
    public Builder addCldrCountries() {
      for (String code : ULocale.getISOCountries()) {
        ULocale region = new ULocale("und_" + code);
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
          String n = region.getDisplayCountry(new ULocale(lang));
          if (n != null && !n.isBlank() && !n.equals(code)) {
            names.put(lang, List.of(Normalizer.normalize(n, Normalizer.Form.NFC)));
          }
        }
        if (names.isEmpty()) continue;
        String en = names.getOrDefault("en", List.of(code)).get(0);
        add(
            new KbEntry(
                "country:" + code, EntityType.GPE, en, names, code, Map.of(), Map.of(), List.of(),
                "country", false, "CLDR " + VersionInfo.ICU_DATA_VERSION));
      }
      return this;
    }

    /**
     * Reads one JSON Lines file in the format of docs/KB.md.
     *
     * @throws KbFormatException naming the source and line of the first bad entry
     */
    public Builder read(InputStream in, String source) throws IOException {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("//")) continue;
        JsonNode node;
        try {
          node = JSON.readTree(t);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new KbFormatException(source, n, "not JSON: " + e.getOriginalMessage());
        }
        add(parse(node, source, n));
      }
      return this;
    }

    public Builder add(KbEntry e) {
      entries.merge(e.id(), e, KbEntry::mergedWith);
      return this;
    }

    public KnowledgeBase build() {
      if (withheldPeople == 0) return new KnowledgeBase(entries);
      Map<String, KbEntry> kept = new LinkedHashMap<>();
      entries.forEach((id, e) -> {
        if (e.type() != EntityType.PERSON || bucket(id) >= withheldPeople) kept.put(id, e);
      });
      return new KnowledgeBase(kept);
    }

    private static KbEntry parse(JsonNode n, String source, int line) throws KbFormatException {
      if (!n.isObject()) throw new KbFormatException(source, line, "expected a JSON object");
      List<String> unknown = new ArrayList<>();
      n.fieldNames().forEachRemaining(k -> { if (!KEYS.contains(k)) unknown.add(k); });
      if (!unknown.isEmpty()) throw new KbFormatException(source, line, "Unknown parameters: " + unknown);
      String id = text(n, "id", source, line, true);
      String typeName = text(n, "type", source, line, true);
      EntityType type;
      try {
        type = EntityType.valueOf(typeName);
      } catch (IllegalArgumentException e) {
        throw new KbFormatException(source, line, "type must be PERSON, ORG, GPE or LOC: " + typeName);
      }
      String name = nfc(text(n, "name", source, line, true));
      String country = text(n, "country", source, line, false);
      if (country != null && !country.matches("[A-Z]{2}")) {
        throw new KbFormatException(source, line, "country must be ISO 3166 alpha-2: " + country);
      }
      if (country == null) country = EntityIds.countryCode(id);
      List<Role> roles = new ArrayList<>();
      JsonNode rs = n.get("roles");
      if (rs != null) {
        if (!rs.isArray()) throw new KbFormatException(source, line, "roles must be an array");
        for (JsonNode r : rs) roles.add(role(r, source, line));
      }
      String src = text(n, "source", source, line, false);
      return new KbEntry(
          id,
          type,
          name,
          byLang(n, "names", source, line),
          country,
          byLang(n, "demonyms", source, line),
          byLang(n, "abbr", source, line),
          roles,
          text(n, "kind", source, line, false),
          n.path("capital").asBoolean(false),
          src == null ? source : src);
    }

    private static Role role(JsonNode r, String source, int line) throws KbFormatException {
      List<String> unknown = new ArrayList<>();
      r.fieldNames().forEachRemaining(k -> { if (!ROLE_KEYS.contains(k)) unknown.add(k); });
      if (!unknown.isEmpty()) {
        throw new KbFormatException(source, line, "Unknown role parameters: " + unknown);
      }
      String src = text(r, "source", source, line, false);
      return new Role(
          text(r, "role", source, line, true),
          text(r, "country", source, line, false),
          text(r, "org", source, line, false),
          date(r, "from", source, line),
          date(r, "to", source, line),
          src == null ? source : src);
    }

    private static @Nullable DateValue date(JsonNode n, String key, String source, int line)
        throws KbFormatException {
      String s = text(n, key, source, line, false);
      if (s == null) return null;
      try {
        return DateValue.parse(s);
      } catch (IllegalArgumentException e) {
        throw new KbFormatException(source, line, key + " is not an ISO date: " + s);
      }
    }

    private static Map<String, List<String>> byLang(JsonNode n, String key, String source, int line)
        throws KbFormatException {
      JsonNode m = n.get(key);
      if (m == null || m.isNull()) return Map.of();
      if (!m.isObject()) throw new KbFormatException(source, line, key + " must map languages to arrays");
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = m.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        List<String> l = new ArrayList<>();
        if (e.getValue().isTextual()) {
          l.add(nfc(e.getValue().asText()));
        } else if (e.getValue().isArray()) {
          for (JsonNode s : e.getValue()) if (!s.asText().isBlank()) l.add(nfc(s.asText()));
        } else {
          throw new KbFormatException(source, line, key + "." + e.getKey() + " must be an array of strings");
        }
        out.put(e.getKey().toLowerCase(Locale.ROOT), l);
      }
      return out;
    }

    private static @Nullable String text(JsonNode n, String key, String source, int line, boolean required)
        throws KbFormatException {
      JsonNode v = n.get(key);
      if (v == null || v.isNull()) {
        if (required) throw new KbFormatException(source, line, "missing '" + key + "'");
        return null;
      }
      if (!v.isTextual()) throw new KbFormatException(source, line, "'" + key + "' must be a string");
      return v.asText();
    }

    private static String nfc(String s) {
      return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
  }
}
