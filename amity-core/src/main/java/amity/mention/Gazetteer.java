package amity.mention;

import amity.kb.KbEntry;
import amity.kb.KnowledgeBase;
import amity.lang.LanguagePack;
import amity.lang.LanguagePacks;
import amity.lexicon.NameRules;
import amity.model.DateValue;
import amity.model.EntityIds;
import amity.model.EntityType;
import amity.model.Mention;
import amity.model.Span;
import amity.text.Fold;
import amity.text.Scripts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds knowledge-base names in a text: countries, places, organisations and known people, in any
 * of their languages and scripts, plus demonyms ("Cuban", "cubana") as country cues.
 *
 * <p>Names in cased scripts must be capitalised in the text as in the knowledge base, and
 * all-capital abbreviations ("UN", "PCC") must be all capitals, so "china" the porcelain and "un"
 * the Spanish article are not taken for names. A one-word name glued to a capitalised word before
 * it ("Nguyễn Đức Hải") is part of some other name and is not taken for a place.
 *
 * <p>Immutable and thread-safe.
 */
public final class Gazetteer {
  /** A knowledge-base entry and the name form that matched. */
  public record Hit(KbEntry entry, String form) {}

  /** A demonym or country adjective: where, and which country. */
  public record CountryCue(Span span, String country) {}

  private final PhraseTrie<Hit> names = new PhraseTrie<>();
  private final PhraseTrie<String> demonyms = new PhraseTrie<>();
  private final PhraseTrie<String> regionDemonyms = new PhraseTrie<>();
  /** Folded country names, demonyms and compound short forms ("franco", "hispano"), by country. */
  private final Map<String, KbEntry> pairParts = new HashMap<>();
  private final KnowledgeBase kb;
  /** The words joining the capitalised parts of one name, in any pack ("de", "del", "of"). */
  private final Set<String> links;

  /** A gazetteer over {@code kb} with the name links of the bundled packs. */
  public Gazetteer(KnowledgeBase kb) {
    this(kb, LanguagePacks.bundled());
  }

  public Gazetteer(KnowledgeBase kb, LanguagePacks packs) {
    this.kb = kb;
    Set<String> ls = new HashSet<>();
    for (LanguagePack pack : packs.all()) NameRules.of(pack).ifPresent(r -> ls.addAll(r.nameLinks()));
    this.links = Set.copyOf(ls);
    for (KbEntry e : kb.entries()) {
      for (String n : e.allNames()) {
        if (usable(n)) names.add(n, new Hit(e, n));
      }
      // A region's demonym ("vasco", "catalán") is no country's cue: only its officials' (regionCues).
      PhraseTrie<String> cues = EntityIds.isCountry(e.id()) ? demonyms : regionDemonyms;
      for (Map.Entry<String, List<String>> d : e.demonyms().entrySet()) {
        for (String n : d.getValue()) if (usable(n) && e.country() != null) cues.add(n, e.country());
      }
      if (EntityIds.isCountry(e.id()) && e.country() != null) {
        List<String> parts = new ArrayList<>(e.allNames());
        e.demonyms().values().forEach(parts::addAll);
        e.abbr().values().forEach(parts::addAll);
        for (String n : parts) {
          String f = Fold.fold(n.strip());
          if (f.codePoints().allMatch(Character::isLetter) && f.length() >= 3) pairParts.putIfAbsent(f, e);
        }
      }
    }
  }

  public KnowledgeBase kb() {
    return kb;
  }

  private static final Pattern GROUP_OF_STATES = Pattern.compile("\\p{Lu}-?\\d{1,3}");

  private static boolean usable(String n) {
    String s = n.strip();
    if (s.isEmpty()) return false;
    if (Scripts.isHan(s.codePointAt(0))) return s.codePointCount(0, s.length()) >= 2;
    // A capital and a number name a group of states: "G7", "G-20", "G77".
    if (GROUP_OF_STATES.matcher(s).matches()) return true;
    long letters = s.codePoints().filter(Character::isLetter).count();
    // Two letters make a name when capitalised with a mark no English word has: "Mỹ", "Úc".
    boolean marked = letters == 2 && Character.isUpperCase(s.codePointAt(0)) && s.codePoints().anyMatch(c -> c > 0x7F);
    return letters >= 2 && (letters >= 3 || isAllCaps(s) || marked);
  }

  /** {@return knowledge-base names in {@code text}, longest first where they overlap} */
  public List<PhraseTrie.Match<Hit>> findNames(String text) {
    return findNames(names.text(text));
  }

  /** {@return knowledge-base names in a text folded once ({@link PhraseTrie.Text#folded}), longest first where they overlap} */
  public List<PhraseTrie.Match<Hit>> findNames(PhraseTrie.Text folded) {
    String text = folded.text();
    List<PhraseTrie.Match<Hit>> ok = new ArrayList<>();
    for (PhraseTrie.Match<Hit> m : names.findAll(folded)) {
      List<Hit> fitting = m.values().stream().filter(h -> caseFits(text, m.span(), h.form()) && marksFit(m.span().of(text), h.form())).toList();
      if (fitting.isEmpty() || gluedToName(text, m.span()) || syllableBeforeSyllable(text, m.span()) || amongProductCodes(text, m.span())) continue;
      if (fitting.stream().allMatch(h -> h.entry().type() != EntityType.PERSON) && insideLongerName(text, m.span(), fitting)) continue;
      ok.add(new PhraseTrie.Match<>(m.span(), rank(text, m.span(), fitting)));
    }
    return PhraseTrie.longestNonOverlapping(ok);
  }

  /** {@return mentions for the knowledge-base names in {@code text}} */
  public List<Mention> find(String text) {
    return find(text, null);
  }

  /**
   * {@return mentions for the knowledge-base names in {@code text}; a name several people share
   * ("罗斯": Dennis Ross, Wilbur Ross) is the one in office on {@code when}, the story's date, where
   * the first the names rank is out of office then}
   */
  public List<Mention> find(String text, DateValue when) {
    return find(names.text(text), when);
  }

  /** {@return {@link #find(String, DateValue)} of a text folded once ({@link PhraseTrie.Text#folded})} */
  public List<Mention> find(PhraseTrie.Text folded, DateValue when) {
    return find(folded.text(), findNames(folded), when);
  }

  /** {@return {@link #find(String, DateValue)} of {@code text}, whose names {@link #findNames(PhraseTrie.Text)} has found} */
  public List<Mention> find(String text, List<PhraseTrie.Match<Hit>> names, DateValue when) {
    List<Mention> out = new ArrayList<>();
    for (PhraseTrie.Match<Hit> m : names) {
      KbEntry e = inOffice(m.values(), when).entry();
      out.add(
          new Mention(
              m.span(), m.span().of(text), e.type(), "gazetteer", e.id(), List.of(), e.country(), null));
    }
    foreignBodies(text, out);
    pairs(text, out);
    return out;
  }

  /** The kinds of body a country's press names bare for its own state's ("Chính phủ", "Bộ Quốc phòng"). */
  private static final Set<String> BODY_KINDS = Set.of("government", "ministry", "parliament", "agency");

  /**
   * Drops a body's bare name that a foreign country's name follows: Vietnamese names its own
   * state's bodies bare ("Chính phủ", "Bộ Ngoại giao", "Quốc hội"), and another state's with the
   * country after ("Chính phủ Mỹ", "Bộ Quốc phòng Indonesia", "Quốc hội Mỹ"): that body is the
   * country's, not Vietnam's, and the country's name stands for it.
   */
  private void foreignBodies(String text, List<Mention> out) {
    List<Mention> drop = new ArrayList<>();
    for (Mention body : out) {
      if (body.type() != EntityType.ORG || body.country() == null || body.kbId() == null) continue;
      KbEntry e = kb.get(body.kbId()).orElse(null);
      if (e == null || e.kind() == null || !BODY_KINDS.contains(e.kind())) continue;
      for (Mention next : out) {
        if (next.type() != EntityType.GPE || next.kbId() == null || !EntityIds.isCountry(next.kbId())) continue;
        if (next.country() == null || next.country().equals(body.country())) continue;
        int gap = next.span().start() - body.span().end();
        if (gap == 1 && text.charAt(body.span().end()) == ' ') drop.add(body);
      }
    }
    out.removeAll(drop);
  }

  private static Hit inOffice(List<Hit> ranked, DateValue when) {
    Hit first = ranked.get(0);
    KbEntry e = first.entry();
    if (when == null || when.year() == null || e.type() != EntityType.PERSON || e.roles().isEmpty()
        || e.roles().stream().anyMatch(r -> r.heldOn(when))) {
      return first;
    }
    for (Hit h : ranked) {
      if (h.entry().type() == EntityType.PERSON && h.form().equals(first.form())
          && h.entry().roles().stream().anyMatch(r -> r.heldOn(when))) {
        return h;
      }
    }
    return first;
  }

  static final Pattern PAIR = Pattern.compile("(?<![\\p{L}-])(\\p{L}+)-(\\p{L}+)(?![\\p{L}]|-\\p{L})");

  /**
   * Adds the two countries of a hyphenated pair ("la Cumbre Hispano-francesa", "Comisión Mixta
   * Cuba-Panamá", "franco-india", "Sino-Russian") that names two countries by their names,
   * adjectives or compound short forms: each side a country of its own, where no other name
   * already covers it. A pair with a side that names no country ("Guinea-Bissau") adds nothing.
   */
  private void pairs(String text, List<Mention> out) {
    for (java.util.regex.MatchResult m : pairMatches(text)) {
      KbEntry a = pairParts.get(Fold.fold(m.group(1)));
      KbEntry b = pairParts.get(Fold.fold(m.group(2)));
      if (a == null || b == null || a.country().equals(b.country())) continue;
      for (int g = 1; g <= 2; g++) {
        Span span = new Span(m.start(g), m.end(g));
        if (out.stream().anyMatch(x -> x.span().overlaps(span))) continue;
        KbEntry c = g == 1 ? a : b;
        out.add(new Mention(span, span.of(text), EntityType.GPE, "gazetteer", c.id(), List.of(), c.country(), null));
      }
    }
    out.sort(Comparator.comparing(Mention::span));
  }

  /**
   * {@return the matches of {@link #PAIR} in {@code text}, as {@link Matcher#find()} gives them}
   * Only the start of the letters before each hyphen is tried: a match starts there or nowhere
   * near it (inside letters, or right after a hyphen, the lookbehind fails), and most texts have
   * few hyphens, where find() would read every word up to its end and back.
   */
  static List<java.util.regex.MatchResult> pairMatches(String text) {
    List<java.util.regex.MatchResult> out = new ArrayList<>();
    Matcher m = null;
    int from = 0;
    for (int h = text.indexOf('-'); h >= 0; h = text.indexOf('-', h + 1)) {
      int start = h;
      while (start > 0 && Character.isLetter(text.codePointBefore(start))) start -= Character.charCount(text.codePointBefore(start));
      if (start == h || start < from) continue;
      if (m == null) m = PAIR.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      m.region(start, text.length());
      if (!m.lookingAt()) continue;
      out.add(m.toMatchResult());
      from = m.end();
    }
    return out;
  }

  /** {@return demonyms of a country's regions in {@code text} ("el PP vasco"), each with the region's country} */
  public List<CountryCue> regionCues(String text) {
    List<CountryCue> out = new ArrayList<>();
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(regionDemonyms.findAll(text))) {
      out.add(new CountryCue(m.span(), m.values().get(0)));
    }
    return out;
  }

  /** {@return demonyms in {@code text}} */
  public List<CountryCue> countryCues(String text) {
    return countryCues(demonyms.text(text));
  }

  /** {@return demonyms in a text folded once ({@link PhraseTrie.Text#folded})} */
  public List<CountryCue> countryCues(PhraseTrie.Text folded) {
    List<CountryCue> out = new ArrayList<>();
    for (PhraseTrie.Match<String> m : PhraseTrie.longestNonOverlapping(demonyms.findAll(folded))) {
      out.add(new CountryCue(m.span(), m.values().get(0)));
    }
    return out;
  }

  /** Exact spelling first, then countries, places, organisations, people. */
  private static List<Hit> rank(String text, Span span, List<Hit> hits) {
    String surface = span.of(text);
    List<Hit> sorted = new ArrayList<>(hits);
    sorted.sort(
        Comparator.comparingInt((Hit h) -> h.form().equals(surface) ? 0 : 1)
            .thenComparingInt(h -> typeRank(h.entry())));
    return List.copyOf(sorted);
  }

  private static int typeRank(KbEntry e) {
    if ("country".equals(e.kind())) return 0;
    if (e.type() == EntityType.GPE) return e.capital() ? 1 : 2;
    if (e.type() == EntityType.ORG) return 3;
    if (e.type() == EntityType.LOC) return 4;
    return 5;
  }

  static boolean caseFits(String text, Span span, String form) {
    String f = form.strip();
    if (f.isEmpty() || !Character.isLetter(f.charAt(0)) || Scripts.isHan(f.charAt(0))) return true;
    if (isAllCaps(f)) {
      for (int i = span.start(); i < span.end(); i++) {
        if (Character.isLowerCase(text.charAt(i))) return false;
      }
      return true;
    }
    if (Character.isUpperCase(f.charAt(0))) return Character.isUpperCase(text.charAt(span.start()));
    return true;
  }

  /**
   * Whether the marks of a text written with them agree with the name's: "Bí" (of "Bí thư", a
   * party secretary) is not "Bỉ" (Belgium), where a Vietnamese tone is all that tells two words
   * apart. A text or name without marks ("Viet Nam", "Peru") fits either way, and where a tone
   * sits in the syllable ("Hoà", "Hòa") does not matter.
   */
  static boolean marksFit(String surface, String form) {
    String a = marks(surface);
    String b = marks(form.strip());
    return a.isEmpty() || b.isEmpty() || a.equals(b);
  }

  /** The combining marks of {@code s} in order, once decomposed. */
  private static String marks(String s) {
    String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      if (Character.getType(d.charAt(i)) == Character.NON_SPACING_MARK) out.append(d.charAt(i));
    }
    return out.toString();
  }

  /**
   * Whether the name at {@code span} is part of a longer capitalised name joined by a link word:
   * one it opens whose acronym in parentheses right after spells from its initials ("Unión Europea
   * de Fútbol (UEFA)", not the EU), or any such name around a territory known only by its CLDR name ("Real
   * Monasterio de Guadalupe" is in Spain, "Reunión de Ciudadanos Patriotas" a Haitian party).
   */
  private boolean insideLongerName(String text, Span span, List<Hit> hits) {
    int start = span.start();
    int end = span.end();
    boolean extended = false;
    // Capitalised words joined by links before ("Real Monasterio de") and after ("de Fútbol").
    while (true) {
      int s = wordBefore(text, start);
      if (s < 0 || !links.contains(text.substring(s, start).strip())) break;
      int w = wordBefore(text, s);
      if (w < 0 || !Character.isUpperCase(text.charAt(w)) || sentenceStartAt(text, w)) break;
      start = w;
      extended = true;
    }
    while (true) {
      int l = wordAfter(text, end);
      if (l < 0 || !links.contains(text.substring(end, l).strip())) break;
      int w = wordAfter(text, l);
      if (w < 0 || !Character.isUpperCase(text.charAt(skipSpace(text, l)))) break;
      end = w;
      extended = true;
    }
    if (!extended) return false;
    // Territories with no demonym in the knowledge base are those only CLDR names.
    if (hits.stream().allMatch(h -> EntityIds.isCountry(h.entry().id()) && h.entry().demonyms().isEmpty())) return true;
    // A name closing a longer one ("Banco de México (BM)") still gives its country; one opening it
    // is only the longer name's first words.
    return start == span.start() && acronymOf(text, start, end, span);
  }

  /** Whether "(ABC)" follows {@code end} and starts with the initials of the capitalised words of [start, end). */
  private static boolean acronymOf(String text, int start, int end, Span name) {
    Matcher m = ACRONYM.matcher(text);
    m.region(end, text.length());
    if (!m.lookingAt()) return false;
    String acronym = m.group(1);
    StringBuilder initials = new StringBuilder();
    for (String w : text.substring(start, end).split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) initials.append(w.charAt(0));
    }
    StringBuilder own = new StringBuilder();
    for (String w : name.of(text).split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) own.append(w.charAt(0));
    }
    return initials.length() > own.length() && acronym.startsWith(initials.toString());
  }

  private static final Pattern ACRONYM = Pattern.compile("\\s*\\((\\p{Lu}{2,})\\)");

  /** The start of the word ending at {@code at} (spaces between), or -1. */
  private static int wordBefore(String text, int at) {
    int i = at;
    while (i > 0 && text.charAt(i - 1) == ' ') i--;
    int e = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    return i == e ? -1 : i;
  }

  /** The end of the word starting after {@code at} (spaces between), or -1. */
  private static int wordAfter(String text, int at) {
    int i = skipSpace(text, at);
    int s = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
    return i == s ? -1 : i;
  }

  private static int skipSpace(String text, int at) {
    int i = at;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    return i;
  }

  /** Whether the word at {@code at} opens a sentence (a capital there says nothing). */
  private static boolean sentenceStartAt(String text, int at) {
    int k = at - 1;
    while (k >= 0 && text.charAt(k) == ' ') k--;
    return k < 0 || ".!?:\n\"“(".indexOf(text.charAt(k)) >= 0;
  }

  /** A single capitalised word right after another capitalised word belongs to a longer name. */
  private static final Pattern PRODUCT_CODE = Pattern.compile("(?<![\\p{L}\\d])(?:\\p{Lu}{1,3}\\d+|\\d+\\p{Lu}{1,3})(?![\\p{L}\\d])");

  /**
   * {@return whether a group of states' short name ("G7", "G20") stands among other codes of a
   * capital and a number} "Nokia G10 và G20", "HP 280 Pro G6 … ProDesk 400 G7": models, no states.
   */
  private static boolean amongProductCodes(String text, Span span) {
    if (!GROUP_OF_STATES.matcher(span.of(text)).matches()) return false;
    int from = Math.max(0, span.start() - 40);
    int to = Math.min(text.length(), span.end() + 40);
    Matcher m = PRODUCT_CODE.matcher(text).region(from, to);
    while (m.find()) {
      if (m.start() != span.start() && !GROUP_OF_STATES_WORDS.contains(m.group())) return true;
    }
    return false;
  }

  /** Codes that are themselves groups of states, so that "G7 và G20" stay groups. */
  private static final Set<String> GROUP_OF_STATES_WORDS = Set.of("G7", "G8", "G20", "G77", "G-7", "G-20", "G-77");

  private static boolean gluedToName(String text, Span span) {
    char first = text.charAt(span.start());
    if (!Character.isUpperCase(first) || span.of(text).contains(" ")) return false;
    int i = span.start() - 1;
    if (i < 0 || text.charAt(i) != ' ') return false;
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) i--;
    if (i == end) return false;
    if (!Character.isUpperCase(text.charAt(i))) return false;
    // The word before is capitalised; it only glues when it is not the first word of a sentence.
    int k = i - 1;
    while (k >= 0 && text.charAt(k) == ' ') k--;
    return k >= 0 && !(".!?:\n\"“(".indexOf(text.charAt(k)) >= 0);
  }

  /** One Vietnamese syllable, its marks folded away: an onset, one to three vowels, a coda. */
  private static final Pattern SYLLABLE =
      Pattern.compile("(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?");

  /**
   * Whether a one-syllable name ("Mỹ", "Anh", "Nga", "Đức") opens a Vietnamese name of two
   * syllables: followed by one more capitalised syllable and no further capitalised word, it is a
   * place or a person ("Mỹ Tho", "Mỹ Đình", "Nga Sơn", "Mỹ Tâm", "Anh Tuấn"), not the country. A
   * foreign name after a country is no Vietnamese syllable ("Tổng thống Nga Putin", "Mỹ Trump").
   */
  static boolean syllableBeforeSyllable(String text, Span span) {
    String name = span.of(text);
    if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || !syllable(name)) return false;
    int w = span.end();
    if (w + 1 >= text.length() || text.charAt(w) != ' ' || !Character.isUpperCase(text.charAt(w + 1))) return false;
    int e = w + 1;
    while (e < text.length() && Character.isLetter(text.charAt(e))) e++;
    if (!syllable(text.substring(w + 1, e))) return false;
    // No third capitalised word: "Đại sứ Anh Gareth Ward" names the country and then a person.
    int k = e;
    while (k < text.length() && text.charAt(k) == ' ') k++;
    return k == e || k >= text.length() || !Character.isUpperCase(text.charAt(k));
  }

  private static boolean syllable(String word) {
    String f = Fold.fold(word).toLowerCase(java.util.Locale.ROOT).replace('đ', 'd');
    return SYLLABLE.matcher(f).matches();
  }

  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) return false;
      }
    }
    return letter;
  }

  /** {@return whether two name forms are the same once folded} */
  static boolean sameName(String a, String b) {
    return Fold.same(a.strip(), b.strip());
  }
}
